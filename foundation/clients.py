"""The address a request comes from: one answer for every limit, throttle and log entry.

Behind TRUSTED_PROXY_COUNT proxies of our own, each appending the address it was reached from
to X-Forwarded-For, the client is the address the farthest of them saw: counted from the right,
where no client can write. Anything to its left was sent by the client and proves nothing."""

import ipaddress

from django.conf import settings
from django.core.cache import cache


def client_address(request):
    """The client's IP address, or None when the request names none that is valid."""
    if request is None:
        return None
    address = request.META.get("REMOTE_ADDR", "")
    trusted = settings.TRUSTED_PROXY_COUNT
    if trusted:
        hops = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        # Fewer hops than proxies: the request did not come through all of them.
        if len(hops) >= trusted:
            address = hops[-trusted]
    return valid_address(address)


def valid_address(address):
    try:
        return str(ipaddress.ip_address(address.strip().strip("[]")))
    except ValueError:
        return None


def exceeds_hourly_limit(request, purpose, limit):
    """Whether the client sent more than `limit` requests for `purpose` (a cache key prefix)
    this hour; this one counts."""
    key = f"{purpose}:{client_address(request) or 'unknown'}"
    cache.add(key, 0, 3600)
    return cache.incr(key) > limit
