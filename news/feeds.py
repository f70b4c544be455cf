"""RSS 2.0 and Atom feeds of the news index: everything, or one kind of article. Each language
has its own news index, so its own feeds: their titles in that language, its articles only, ids
of their own."""

import datetime
import uuid

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from foundation.addresses import absolute_url
from foundation.locales import language_of
from foundation.structured_data import ORGANISATION_NAME

from .choices import NewsKind

FEED_LENGTH = 30


class ArticleFeed(Feed):
    def __init__(self, index_page, syndication, kind=None):
        super().__init__()
        self.index_page = index_page
        self.syndication = syndication
        self.kind = kind
        self.feed_type = Atom1Feed if syndication == "atom" else Rss201rev2Feed

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        if self.kind:
            return _("WeGO: %(kind)s") % {"kind": NewsKind(self.kind).label}
        return _("WeGO: news")

    def link(self):
        return self.index_page.get_full_url(self.request)

    def description(self):
        return self.index_page.introduction or _("News from WeGO")

    subtitle = description

    def feed_url(self):
        return absolute_url(self.request.path, self.request)

    # Atom requires an author for the feed or for every entry: the organisation writes them.
    def author_name(self):
        return f"{ORGANISATION_NAME} (WeGO)"

    def author_link(self):
        return absolute_url("/", self.request)

    def item_author_name(self, article):
        return self.author_name()

    def item_author_link(self, article):
        return self.author_link()

    def feed_guid(self):
        # Atom's feed id: the feed's own address on the site (without it, Django would use the
        # index's, the same for all news and for each kind).
        return self.link() + self.index_page.feed_path(self.syndication, self.kind)

    def items(self):
        articles = self.index_page.articles()
        if self.kind:
            articles = articles.filter(kind=self.kind)
        return articles.prefetch_related("tagged_items__tag")[:FEED_LENGTH]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return article.lead or article.search_description

    def item_link(self, article):
        return article.get_full_url(self.request)

    def item_guid(self, article):
        """An id per article and language: translations are distinct entries, and a reader
        following two languages must not take one for the other. Articles in the default
        language keep the ids they have always had."""
        language = language_of(article)
        if language == settings.LANGUAGE_CODE:
            return f"urn:uuid:{article.translation_key}"
        return f"urn:uuid:{uuid.uuid5(article.translation_key, language)}"

    item_guid_is_permalink = False

    def item_pubdate(self, article):
        # The article's date at noon in the site's time zone: the published date readers see.
        return timezone.make_aware(datetime.datetime.combine(article.date, datetime.time(12)))

    def item_updateddate(self, article):
        return article.last_published_at

    def item_categories(self, article):
        return [article.get_kind_display(), *(item.tag.name for item in article.tagged_items.all())]
