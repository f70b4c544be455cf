"""Anonymous visitors get cached pages; any content change shows at once."""

import copy

import pytest
from django.core.cache import caches
from django.test import Client, override_settings
from wagtail.models import PageViewRestriction

from tests.extranet.factories import PASSWORD, UserFactory
from tests.members.factories import MemberFactory
from tests.news.factories import NewsArticlePageFactory
from tests.query_counts import queries_for

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


@pytest.fixture
def page_cache(settings):
    for alias in ("default", "pages"):
        caches[alias].clear()
    settings.PUBLIC_PAGE_CACHE_SECONDS = 600
    yield
    for alias in ("default", "pages"):
        caches[alias].clear()


def test_a_second_anonymous_visit_is_served_from_the_cache_without_queries(client, site_tree):
    first = client.get(site_tree.news.url)
    assert first["X-Page-Cache"] == "miss"
    assert queries_for(client, site_tree.news.url) == []
    assert client.get(site_tree.news.url)["X-Page-Cache"] == "hit"


def test_publishing_shows_at_once(client, site_tree):
    client.get(site_tree.news.url)
    NewsArticlePageFactory(parent=site_tree.news, title="Fresh release", press_release=True)
    response = client.get(site_tree.news.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Fresh release" in response.text


def test_unpublishing_and_member_changes_show_at_once(client, site_tree):
    article = NewsArticlePageFactory(parent=site_tree.news, title="Soon withdrawn")
    assert "Soon withdrawn" in client.get(site_tree.news.url).text
    article.unpublish()
    assert "Soon withdrawn" not in client.get(site_tree.news.url).text

    assert "New member city" not in client.get(site_tree.members.url).text
    MemberFactory(name="New member city")
    assert "New member city" in client.get(site_tree.members.url).text


def test_a_page_made_private_is_no_longer_served_from_the_cache(client, site_tree):
    article = NewsArticlePageFactory(parent=site_tree.news, title="Board minutes")
    # The first visit creates the site settings, which counts as a change of content.
    for _visit in range(3):
        cached = client.get(article.url)
    assert cached["X-Page-Cache"] == "hit"
    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(article.url)
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_signed_in_people_are_never_served_from_the_cache(client, admin_user, site_tree):
    client.get(site_tree.news.url)
    client.force_login(admin_user)
    assert "X-Page-Cache" not in client.get(site_tree.news.url)


def test_errors_and_searches_are_never_cached(client, site_tree):
    for _visit in range(2):
        assert "X-Page-Cache" not in client.get("/en/no-such-page/")
        assert "X-Page-Cache" not in client.get("/en/search/", {"query": "smart"})


@override_settings(PUBLIC_PAGE_CACHE_SECONDS=0)
def test_the_cache_can_be_switched_off(client, site_tree):
    client.get(site_tree.news.url)
    assert "X-Page-Cache" not in client.get(site_tree.news.url)


def test_only_addresses_the_site_understands_are_cached_whatever_the_order(client, site_tree):
    news = site_tree.news.url
    client.get(news)  # the first visit makes the pictures' renditions, which changes content
    assert client.get(news, {"page": "2", "kind": "media_advisory"})["X-Page-Cache"] == "miss"
    assert client.get(f"{news}?kind=media_advisory&page=2")["X-Page-Cache"] == "hit"
    # Invented parameters (trackers, robots, someone filling the cache) are served, not kept.
    for _visit in range(2):
        response = client.get(news, {"utm_source": "newsletter"})
        assert response.status_code == 200
        assert "X-Page-Cache" not in response


def sign_in(client, email, password):
    return client.post("/en/accounts/login/", {"login": email, "password": password})


def test_visitors_asking_for_many_addresses_never_lift_a_lock_out(site_tree, settings):
    """Pages fill a cache of their own: however many are cached, lock-outs stay."""
    person = UserFactory()
    attacker = Client()
    for _attempt in range(settings.NEXUS_LOCKOUT_ATTEMPTS):
        sign_in(attacker, person.email, "wrong password")
    # More distinct pages than the test caches hold (Django's default of 300 entries).
    for number in range(320):
        assert attacker.get("/robots.txt", {"page": number}).status_code == 200
    refused = Client()
    sign_in(refused, person.email, PASSWORD)
    assert refused.get("/en/nexus/").status_code == 302


def test_the_page_cache_keeps_at_most_its_number_of_pages(client, site_tree, settings):
    bounded = copy.deepcopy(settings.CACHES)
    bounded["pages"]["OPTIONS"] = {"MAX_ENTRIES": 20}
    with override_settings(CACHES=bounded):
        for number in range(60):
            assert client.get("/robots.txt", {"page": number})["X-Page-Cache"] == "miss"
        assert len(caches["pages"]._cache) <= 20
        # The most recent ones are still there.
        assert client.get("/robots.txt", {"page": 59})["X-Page-Cache"] == "hit"
