"""The news feeds every page points feed readers to (autodiscovery)."""

from django import template
from django.conf import settings
from django.utils.translation import get_language

from foundation.locales import language_of
from news.models import NewsIndexPage

register = template.Library()


@register.inclusion_tag("news/feed_links.html")
def news_feed_links():
    """The feeds of all news in the visitor's language, or in the default language (marked with
    hreflang) where that language has no news yet."""
    languages = {get_language(), settings.LANGUAGE_CODE}
    indexes = {
        language_of(index): index
        for index in NewsIndexPage.objects.live()
        .public()
        .filter(locale__language_code__in=languages)
    }
    index = indexes.get(get_language()) or indexes.get(settings.LANGUAGE_CODE)
    if index is None:
        return {}
    language = language_of(index)
    return {
        "feeds": index.feed_links(kinds=False),
        "hreflang": language if language != get_language() else None,
    }
