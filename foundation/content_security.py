"""The Content-Security-Policy of every response: django-csp's middleware with the policy of
the settings (CONTENT_SECURITY_POLICY), plus the map's tile server when there is one, and
relaxed where, and only as far as, the Wagtail admin needs it."""

from urllib.parse import urlsplit

from csp.constants import HEADER, SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.conf import settings

ADMIN_PREFIX = "/admin/"
# Wagtail 8's admin and wagtail-localize's translation editor write inline scripts into their
# pages (inline panels, date pickers, the explorer, the editor's chooser addresses), insert more
# as forms are added, and style elements from their JavaScript (the rich text editor, the
# translation editor's styled components): none of them carries a nonce. (A nonce in the
# policy would make browsers ignore 'unsafe-inline', so the admin's policy has none.)
ADMIN_ADDITIONS = {"script-src": [UNSAFE_INLINE], "style-src": [UNSAFE_INLINE]}


def tile_server_source(tile_url):
    """The source that allows a Leaflet tile address template, e.g.
    https://{s}.tiles.example.org/{z}/{x}/{y}.png: its scheme and host, any of its servers."""
    address = urlsplit(tile_url.replace("{s}", "*"))
    return f"{address.scheme}://{address.netloc}"


class SiteCSPMiddleware(CSPMiddleware):
    def process_response(self, request, response):
        if response.get("X-Frame-Options") == "SAMEORIGIN":
            # Wagtail renders a preview by passing a request for the page's own address through
            # every middleware: the policy that counts is the framing admin view's.
            response.headers.pop(HEADER, None)
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        additions = {}
        if settings.MAP_TILE_URL:
            additions["img-src"] = [tile_server_source(settings.MAP_TILE_URL)]
        if request.path_info.startswith(ADMIN_PREFIX):
            additions |= ADMIN_ADDITIONS
            parts.nonce = None
        parts.update = {**additions, **(parts.update or {})}
        if response.get("X-Frame-Options") == "SAMEORIGIN":
            # A view that lets the site frame it (Wagtail's previews): frame-ancestors
            # overrides X-Frame-Options in browsers, so it must say the same.
            parts.replace = {"frame-ancestors": [SELF], **(parts.replace or {})}
        return parts
