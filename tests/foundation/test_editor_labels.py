"""The admin's forms name their fields so that a communications officer understands them: an
image's description is its alternative text, and is required; the promote tab speaks of web
addresses and search results rather than slugs and meta tags."""

import re

import pytest
from django.urls import reverse

from tests.foundation.factories import ImageFactory
from tests.news.factories import NewsArticlePageFactory

pytestmark = pytest.mark.django_db

ALT_TEXT = "Alternative text (describes the image for people who cannot see it)"


def labels(html):
    """Field labels, and the headings of panels that hold a single field."""
    pattern = r'<label class="w-field__label"[^>]*>(.*?)<|<span data-panel-heading-text[^>]*>(.*?)<'
    return [" ".join("".join(found).split()) for found in re.findall(pattern, html, re.S)]


def test_an_images_description_is_its_required_alternative_text(client, admin_user):
    image = ImageFactory(title="IMG_0042.jpg", description="")
    client.force_login(admin_user)
    edit_url = reverse("wagtailimages:edit", args=[image.pk])
    html = client.get(edit_url).text
    assert ALT_TEXT in labels(html)
    assert "Name in the image library" in labels(html)

    data = {"title": "Kick-off in Seoul", "collection": image.collection_id, "tags": ""}
    refused = client.post(edit_url, {**data, "description": ""})
    assert refused.status_code == 200
    assert "This field is required." in refused.text
    image.refresh_from_db()
    assert image.title == "IMG_0042.jpg"

    described = "The Mayor of Seoul opens the forum on stage"
    assert client.post(edit_url, {**data, "description": described}).status_code == 302
    image.refresh_from_db()
    assert image.default_alt_text == described


def test_the_promote_tab_speaks_of_addresses_and_search_results(client, admin_user, site_tree):
    article = NewsArticlePageFactory(parent=site_tree.news)
    client.force_login(admin_user)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).text
    shown = labels(html)
    for label in (
        "Web address (slug)",
        "Title in search engine results",
        "Summary for search engines, social media and listings",
        "Go-live date and time (when an embargo lifts)",
        "Expiry date and time (when the page is taken offline)",
        "Date shown on the article",
    ):
        assert label in shown or f"{label}*" in shown, label
    # A box that changes none of the site's menus is not offered.
    assert "Show in menus" not in shown
