"""Whole-page caching of the public site for anonymous visitors.

Visitors without a session (no session cookie: not signed in, no password-protected page
opened) all see the same pages, so a rendered page is kept and served again until content
changes. Any change that can alter a public page (a page published, unpublished, moved or
deleted; a menu, snippet, member or setting saved) bumps a content version that is part of
every key, so stale pages are never served; a time limit bounds what depends on the clock
(upcoming events, roles held "today").

Pages live in a cache of their own ("pages", bounded, least recently used first out), never in
the default one, which keeps what must not be pushed out by visitors asking for many
addresses: sign-in lock-outs, rate limits, and the content version itself. Only addresses
whose query string the site understands are cached (a page number, the filters of a list):
any other parameter makes a page that is not worth keeping.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache, caches
from django.utils.http import urlencode

from .filters import QueryFilterSet

VERSION_KEY = "public-pages:version"
PAGES_CACHE = "pages"
# Understood by every list besides its filters.
PAGINATION_PARAMETER = "page"


def pages_cache():
    return caches[PAGES_CACHE]


def understood_parameters():
    """The page number and the filters of the site's lists (foundation.filters)."""
    filter_names = {
        name for filter_set in all_subclasses(QueryFilterSet) for name in filter_set.base_filters
    }
    return {PAGINATION_PARAMETER, *filter_names}


def all_subclasses(cls):
    for subclass in cls.__subclasses__():
        yield subclass
        yield from all_subclasses(subclass)


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
        response = pages_cache().get(key)
        if response is not None:
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)  # template responses are rendered by now
        if self.is_cacheable_response(response):
            response["X-Page-Cache"] = "miss"
            pages_cache().set(key, response, seconds)
        return response

    @staticmethod
    def is_cacheable_request(request):
        path = request.path
        return (
            request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not path.startswith(UNCACHED_PREFIXES)
            and not any(segment in path for segment in UNCACHED_SEGMENTS)
            and set(request.GET) <= understood_parameters()
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
        # The same page whatever the order of its parameters.
        query = urlencode(sorted(request.GET.lists()), doseq=True)
        address = f"{request.get_host()}{request.path}?{query}"
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
