"""The site's languages: a locale for each, and the initial content translated into them.

Korean and Spanish have the main pages of every section, every article and event, the about
pages, the people, the media contact, the menus and the footer; the site's other languages
have the home page and the member directory. What has no translation stays in English until
a translator takes it on in the admin."""

from collections import Counter

from django.conf import settings
from wagtail.models import Locale, Page

from . import events, members, menus, news, people, programs, site
from .pages import complete_translation, is_translated, translate
from .text import FULLY_TRANSLATED, translation_strings

SECTIONS = (site, news, events, programs, members)
TRANSLATED_PAGES = [page for section in SECTIONS for page in section.TRANSLATED_PAGES]
TRANSLATED_TEXTS = [
    text for section in (*SECTIONS, menus) for text in getattr(section, "TRANSLATED_TEXTS", [])
]
STRINGS = translation_strings(*TRANSLATED_PAGES, *TRANSLATED_TEXTS)
# What the site's other languages have: the home page, and the member directory with its map
# and profiles, whose texts are the interface's.
IN_EVERY_LANGUAGE = [site.HOME_PAGE, members.DIRECTORY_PAGE]


def ensure_locales():
    """Creates the locales that are missing; returns how many."""
    return sum(
        Locale.objects.get_or_create(language_code=code)[1]
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
    )


def translated_snippets(default_locale):
    """The snippets translated with the pages, each with its own strings by language (people's
    positions agree with them) beside the shared ones."""
    shared = [
        *menus.translated_snippets(default_locale),
        *news.translated_snippets(default_locale),
    ]
    return [*((snippet, {}) for snippet in shared), *people.translated_people(default_locale)]


def ensure_translations(default_locale):
    """Creates the translations that are missing and completes those made when the initial
    content had fewer texts translated; returns how many it created and completed."""
    outcomes = Counter()
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        if code == default_locale.language_code:
            continue
        locale = Locale.objects.get(language_code=code)
        # Home pages are siblings under the tree's root, so each needs a slug of its own (the
        # one wagtail-localize gives the copy it makes first).
        strings = {**STRINGS.get(code, {}), site.HOME_PAGE["slug"]: f"home-{code}"}
        if code in FULLY_TRANSLATED:
            # Snippets before pages: a page that shows one (the people on the governance page,
            # the media contact of a release) then shows its translation.
            for snippet, own_strings in translated_snippets(default_locale):
                own = {**strings, **own_strings.get(code, {})}
                outcomes[translate_or_complete(snippet, locale, own)] += 1
            slugs = [page["slug"] for page in TRANSLATED_PAGES]
        else:
            slugs = [page["slug"] for page in IN_EVERY_LANGUAGE]
        pages = Page.objects.filter(locale=default_locale, slug__in=slugs, depth__gt=1)
        # Deepest first: translating a page copies its parents into the language, and
        # translating those parents afterwards fills them in (the home page's lead story and
        # featured programmes then point to their translations).
        for page in pages.order_by("-depth", "path").specific():
            outcomes[translate_or_complete(page, locale, strings)] += 1
    return outcomes["created"], outcomes["completed"]


def translate_or_complete(instance, locale, strings):
    """What it did: "created", "completed" (texts added to an earlier translation) or None."""
    if not is_translated(instance, locale):
        translate(instance, locale, strings)
        return "created"
    return "completed" if complete_translation(instance, locale, strings) else None
