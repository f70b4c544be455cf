"""Where the same content lives in the other languages: for the language switcher, hreflang
alternates and the sitemap; and which parts of a translation still show its source."""

import functools
from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef, Q, Subquery
from django.urls import translate_url
from django.utils.translation import get_language
from modelcluster.models import get_all_child_relations
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail_localize.models import StringSegment, StringTranslation

from .locales import active_locale, language_of, language_of_locale, locale_for


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
    versions = live_versions(page)
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


def in_language_or_default(pages, locale):
    """`pages` narrowed to those in `locale` and, for those without a translation among `pages`,
    their originals in the default language: what a language's home page shows, so that a
    language with little content of its own still shows the site's news, events and
    programmes, each in the visitor's language where it can. Still one query."""
    default_id = locale_for(settings.LANGUAGE_CODE).pk
    if locale.pk == default_id:
        return pages.filter(locale=locale)
    translated = pages.filter(locale=locale).values("translation_key")
    return pages.filter(
        Q(locale=locale) | (Q(locale_id=default_id) & ~Q(translation_key__in=translated))
    )


def home_pages(page):
    """The live home pages, one per language, of the site the page belongs to: the pages at the
    top of the tree (under its root) that translate the page's top ancestor."""
    top = page.path[: Page.steplen * 2]
    top_translation_key = Page.objects.filter(path=top).values("translation_key")[:1]
    return Page.objects.live().filter(depth=2, translation_key=Subquery(top_translation_key))


def live_versions(page):
    """{language code: the page in that language} for its live, public versions, the page
    itself included; one query, made once per page object."""
    if "_live_versions" not in page.__dict__:
        page._live_versions = {
            language_of(version): version
            for version in page.get_translations(inclusive=True).live().public()
        }
    return page._live_versions


TEXT_FIELDS = (models.CharField, models.TextField, RichTextField, StreamField)
NOT_TEXT_FIELDS = (models.URLField, models.EmailField, models.SlugField)
# Identifiers kept in text fields: an event's time zone ("Asia/Seoul") reads the same anywhere.
IDENTIFIERS = {"time_zone"}


@dataclass(frozen=True)
class TranslationGaps:
    """What a page translated with wagtail-localize still shows of its source: the parts (a
    field's name, a StreamField block's id) wholly untranslated, and whether anything is,
    wholly or in part. `source_language` is None for a page that translates nothing."""

    source_language: str | None = None
    untranslated: frozenset = frozenset()
    incomplete: bool = False


def translation_gaps(page):
    """The parts of `page` that wagtail-localize fills from its source because a translator
    published before translating them; one query, made once per page object. Only what the
    page shows as text counts: the title and its own text fields and blocks, not the slug, the
    SEO fields, choices or identifiers."""
    if "_translation_gaps" in page.__dict__:
        return page._translation_gaps
    shown = shown_text_fields(type(page))
    translated = StringTranslation.objects.filter(
        translation_of=OuterRef("string_id"),
        context=OuterRef("context_id"),
        locale_id=page.locale_id,
    )
    segments = (
        StringSegment.objects.filter(
            source__object_id=page.translation_key,
            source__translations__target_locale_id=page.locale_id,
            source__translations__enabled=True,
        )
        .annotate(translated=Exists(translated))
        .values_list("source__locale_id", "context__path", "string__data", "translated")
    )
    children = translatable_children(type(page))
    done_by_part = {}
    source_locale_id = None
    for locale_id, path, text, done in segments:
        source_locale_id = locale_id
        if not any(character.isalpha() for character in text):
            continue  # the same in every language (figures, dates)
        field, *rest = path.split(".")
        if field in children:
            # A child object (a programme's phase) is a part of its own: "phases.<key>".
            if len(rest) < 2 or rest[1] not in shown_text_fields(children[field]):
                continue
            part = child_part(field, rest[0])
        elif field in shown:
            # A block of a StreamField is a part of its own; other fields are parts whole.
            part = rest[0] if rest and shown[field] else field
        else:
            continue  # not shown as text
        done_by_part.setdefault(part, set()).add(done)
    page._translation_gaps = TranslationGaps(
        source_language=source_locale_id and language_of_locale(source_locale_id),
        untranslated=frozenset(part for part, done in done_by_part.items() if done == {False}),
        incomplete=any(False in done for done in done_by_part.values()),
    )
    return page._translation_gaps


def child_part(relation, translation_key):
    """How translation_gaps names a translatable child object of a page: its relation and the
    translation key it shares with its translations."""
    return f"{relation}.{translation_key}"


@functools.cache
def translatable_children(model):
    """{relation name: model} of the page's child objects translated with it (phases,
    downloads)."""
    return {
        relation.get_accessor_name(): relation.related_model
        for relation in get_all_child_relations(model)
        if issubclass(relation.related_model, TranslatableMixin)
    }


@functools.cache
def shown_text_fields(model):
    """{name: is a StreamField} of the fields of `model` whose text pages show."""
    return {
        field.name: isinstance(field, StreamField)
        for field in model._meta.concrete_fields
        if (field.model is not Page or field.name == "title")
        and isinstance(field, TEXT_FIELDS)
        and not isinstance(field, NOT_TEXT_FIELDS)
        and not field.choices
        and field.name not in IDENTIFIERS
    }
