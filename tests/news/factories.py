import datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from home.initial_content.pages import translate
from news.models import MediaContact, NewsArticlePage, NewsIndexPage, NewsKind


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "News and media"
    slug = "news"

    class Meta:
        model = NewsIndexPage


class NewsArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda number: f"Article number {number}")
    kind = NewsKind.NEWS
    date = factory.Sequence(
        lambda number: datetime.date(2022, 1, 1) + datetime.timedelta(days=number)
    )
    lead = "What happened, in a sentence."

    class Meta:
        model = NewsArticlePage


class MediaContactFactory(factory.django.DjangoModelFactory):
    name = "Alizée Rousset"
    role = "Programme Officer"
    email = "press@example.org"

    class Meta:
        model = MediaContact


def korean_press_release(site_tree, title, lead, strings=None):
    """A press release in English and its Korean translation (with the Korean home page and
    news index above it); strings maps English text to its Korean translation."""
    korean, _created = Locale.objects.get_or_create(language_code="ko")
    translate(site_tree.home, korean, {"home": "home-ko"})
    translate(site_tree.news, korean, {})
    release = NewsArticlePageFactory(
        parent=site_tree.news, slug="kick-off", title=title, kind=NewsKind.PRESS_RELEASE, lead=lead
    )
    translate(release, korean, strings or {})
    return release
