"""The site's absolute addresses, from one place: the Wagtail Site record (Settings → Sites),
whose root Wagtail's own `page.full_url` uses. The Host header a request came with, or what a
proxy made of it, never changes them, and work done without a request (mail sent by the task
workers) builds the same addresses as the pages."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks
from django.db import DatabaseError
from wagtail.models import Site


def current_site(request=None):
    """The Site answering `request`, or the default Site without a request (None before the
    initial content has made one)."""
    site = Site.find_for_request(request) if request is not None else None
    return site or Site.objects.filter(is_default_site=True).first()


def site_root_url(request=None):
    """ "https://www.example.org", without the final slash; WAGTAILADMIN_BASE_URL while there
    is no Site yet."""
    site = current_site(request)
    if site is None:
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return site.root_url


def absolute_url(location, request=None):
    """The address of a path on this site ("/en/news/"); addresses that already name a host
    (files on another server, say) are returned as they are."""
    if urlsplit(location).netloc:
        return location
    return site_root_url(request) + location


def site_hostname(request=None):
    return urlsplit(site_root_url(request)).hostname


@checks.register(checks.Tags.database)
def check_admin_base_url(app_configs, databases=None, **kwargs):
    """Wagtail's own mail (moderation, workflow) takes its links from WAGTAILADMIN_BASE_URL,
    the rest of the site from the default Site: they must name the same address. Run by
    `migrate` and `manage.py check --database default`."""
    if not databases:
        return []
    try:
        site = Site.objects.filter(is_default_site=True).first()
    except DatabaseError:  # before the first migration
        return []
    admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    if site is None or site.root_url == admin_url:
        return []
    return [
        checks.Warning(
            f"WAGTAILADMIN_BASE_URL is {admin_url} but the default site's address is "
            f"{site.root_url}: admin mail would link to another host than the pages.",
            hint=(
                "Set WAGTAILADMIN_BASE_URL to the public address, and the default site's "
                "hostname and port (443 for https) under Settings → Sites to match it."
            ),
            id="foundation.W001",
        )
    ]
