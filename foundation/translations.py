"""Where the same content lives in the other languages: for the language switcher, hreflang
alternates and the sitemap."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Subquery
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page

from .locales import active_locale


@dataclass
class LanguageLink:
    code: str
    name: str
    url: str
    current: bool
    translated: bool  # False: the page has no version in this language; the link goes home


def language_links(request, page=None):
    """A link per language of the site to what the visitor is looking at, in that language."""
    current = get_language()
    query = f"?{request.GET.urlencode()}" if request.GET else ""
    if page is None or not hasattr(page, "get_translations"):
        return [
            LanguageLink(
                code, name, translate_url(request.get_full_path(), code), code == current, True
            )
            for code, name in settings.LANGUAGES
        ]

    # The part of the address below the page itself: a member profile, a feed...
    page_url = page.get_url(request) or ""
    below = request.path[len(page_url) :] if request.path.startswith(page_url) else ""
    versions = {
        version.locale.language_code: version
        for version in page.get_translations(inclusive=True)
        .live()
        .public()
        .select_related("locale")
    }
    homes = None
    links = []
    for code, name in settings.LANGUAGES:
        version = versions.get(code)
        if version is not None:
            url = version.get_url(request) + below + query
            links.append(LanguageLink(code, name, url, code == current, True))
            continue
        if homes is None:
            homes = {
                home.locale.language_code: home
                for home in home_pages(page).select_related("locale")
            }
        home = homes.get(code) or homes.get(settings.LANGUAGE_CODE)
        links.append(
            LanguageLink(code, name, home.get_url(request) if home else "/", code == current, False)
        )
    return links


def localized(pages, locale=None, specific=True):
    """The pages in the given (or the visitor's) language where they are translated and live,
    the originals otherwise; one query whatever the number of pages.

    Links between pages (a lead story, featured programmes, menu entries) point to the
    original; wagtail-localize leaves them so, to be localised when shown."""
    pages = list(pages)
    locale = locale or active_locale()
    wanted = [page.translation_key for page in pages if page.locale_id != locale.pk]
    if not wanted:
        return pages
    translations = Page.objects.live().public().filter(locale=locale, translation_key__in=wanted)
    if specific:
        translations = translations.specific()
    found = {page.translation_key: page for page in translations}
    return [found.get(page.translation_key, page) for page in pages]


def home_pages(page):
    """The live home pages, one per language, of the site the page belongs to: the pages at the
    top of the tree (under its root) that translate the page's top ancestor."""
    top = page.path[: Page.steplen * 2]
    top_translation_key = Page.objects.filter(path=top).values("translation_key")[:1]
    return Page.objects.live().filter(depth=2, translation_key=Subquery(top_translation_key))
