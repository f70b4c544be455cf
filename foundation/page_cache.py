"""Whole-page caching of the public site for anonymous visitors.

Visitors without a session (no session cookie: not signed in, no password-protected page
opened) all see the same pages, so a rendered page is kept and served again until content
changes. Any change that can alter a public page (a page published, unpublished, moved or
deleted; a menu, snippet, member or setting saved) bumps a content version that is part of
every key, so stale pages are never served; a time limit bounds what depends on the clock
(upcoming events, roles held "today").
"""

import hashlib

from django.conf import settings
from django.core.cache import cache

VERSION_KEY = "public-pages:version"
# Never cached: the admin, documents and media (they can be private), the search (per query,
# and fast enough), embargoed previews (secret links) and whatever sits behind a sign-in.
UNCACHED_PREFIXES = ("/admin/", "/documents/", "/static/", "/media/")
UNCACHED_SEGMENTS = ("/search/", "/embargo/", "/nexus/", "/accounts/")


def content_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY, 1)
    return version


def content_changed():
    """Every cached page is out of date from now on."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not set yet, or evicted
        cache.set(VERSION_KEY, 2, timeout=None)


class PublicPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PUBLIC_PAGE_CACHE_SECONDS
        if not seconds or not self.is_cacheable_request(request):
            return self.get_response(request)
        key = self.key(request)
        response = cache.get(key)
        if response is not None:
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)  # template responses are rendered by now
        if self.is_cacheable_response(response):
            response["X-Page-Cache"] = "miss"
            cache.set(key, response, seconds)
        return response

    @staticmethod
    def is_cacheable_request(request):
        path = request.path
        return (
            request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not path.startswith(UNCACHED_PREFIXES)
            and not any(segment in path for segment in UNCACHED_SEGMENTS)
        )

    @staticmethod
    def is_cacheable_response(response):
        cache_control = response.get("Cache-Control", "")
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "private" not in cache_control
            and "no-store" not in cache_control
        )

    @staticmethod
    def key(request):
        address = f"{request.get_host()}{request.get_full_path()}"
        digest = hashlib.sha256(address.encode()).hexdigest()
        return f"public-pages:{content_version()}:{digest}"


# Models whose records public pages show; saving or deleting one changes the content version.
_shown_on_public_pages = set()


def shown_on_public_pages(model):
    """Class decorator: pages show this model's records, so cached pages are out of date once
    one is saved or deleted."""
    _shown_on_public_pages.add(model)
    return model


def is_shown_on_public_pages(instance):
    return isinstance(instance, tuple(_shown_on_public_pages))


def model_shown_on_public_pages(model):
    return issubclass(model, tuple(_shown_on_public_pages))
