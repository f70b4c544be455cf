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


def forget_locales(**kwargs):
    locale_for.cache_clear()
