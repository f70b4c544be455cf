"""For tests of absolute links: the site at a public address, requests under another host."""

import re

from wagtail.models import Site

SITE = "https://www.wego.example"
# Allowed by the test settings, and not the Site's hostname.
OTHER_HOST = {"HTTP_HOST": "localhost:8107"}
# Addresses that name vocabularies, not pages.
VOCABULARIES = (
    "https://schema.org",
    "http://www.w3.org",
    "http://www.sitemaps.org",
    "http://purl.org/dc/",
)


def move_site_to_public_address():
    Site.objects.filter(is_default_site=True).update(hostname="www.wego.example", port=443)


def absolute_links(text):
    """Every http(s) address in the text but those of schema.org and XML namespaces."""
    links = re.findall(r"https?://[^\s\"'<>]+", text)
    return [link for link in links if not link.startswith(VOCABULARIES)]


def assert_all_on_site(text):
    links = absolute_links(text)
    assert links
    assert [link for link in links if not link.startswith(f"{SITE}/")] == []
