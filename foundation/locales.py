"""Locales by language code, looked up once per process: pages ask for them many times per
request, and they change only when an administrator adds a language."""

import functools

from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Locale


@functools.cache
def locale_for(language_code):
    """The language's Locale or, until an administrator adds it, the default one: pages that
    are not Wagtail's (Nexus, search, sign-in) still show their menus in the default language."""
    try:
        return Locale.objects.get_for_language(language_code)
    except Locale.DoesNotExist:
        return Locale.get_default()


def active_locale():
    """The Locale of the visitor's language (the default one outside a request)."""
    return locale_for(get_language() or settings.LANGUAGE_CODE)


def default_locale_id():
    return locale_for(settings.LANGUAGE_CODE).pk


@functools.cache
def language_codes():
    """{locale id: language code} of every locale."""
    return dict(Locale.objects.values_list("pk", "language_code"))


def language_of_locale(locale_id):
    return language_codes().get(locale_id, settings.LANGUAGE_CODE)


def language_of(item):
    """The language `item` is written in: its locale's for translatable content, the default
    language for the rest (partners, tags, office names are entered in it)."""
    locale_id = getattr(item, "locale_id", None)
    return settings.LANGUAGE_CODE if locale_id is None else language_of_locale(locale_id)


def forget_locales():
    locale_for.cache_clear()
    language_codes.cache_clear()


def for_active_locale(queryset):
    """The translation for the visitor's language, or the default language's when there is none.
    Translatable snippets (menus, footers) are always looked up this way."""
    active = active_locale()
    candidates = queryset.filter(
        locale__language_code__in={active.language_code, settings.LANGUAGE_CODE}
    )
    found = {item.locale_id: item for item in candidates}
    return found.get(active.pk) or next(iter(found.values()), None)
