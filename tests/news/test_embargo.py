"""An embargoed release (Wagtail's scheduled publishing) stays invisible everywhere until its
go-live time: page, listing, home page, feeds, sitemap and search."""

import datetime

import feedparser
import pytest
from django.core.management import call_command
from django.utils import timezone

from news.models import NewsArticlePage
from tests.news.factories import NewsArticlePageFactory

pytestmark = pytest.mark.django_db

TITLE = "Embargoed announcement of the Seoul Smart City Prize"


def visible_places(client, site_tree, article, search_backend):
    search_backend.refresh_indexes()
    places = set()
    if client.get(f"/en/news/{article.slug}/").status_code == 200:
        places.add("page")
    if TITLE in client.get(site_tree.news.url).text:
        places.add("listing")
    if TITLE in client.get(site_tree.home.url).text:
        places.add("home page")
    feed = feedparser.parse(client.get(f"{site_tree.news.url}feed/rss/").content)
    if any(entry.title == TITLE for entry in feed.entries):
        places.add("feed")
    if f"/en/news/{article.slug}/" in client.get("/sitemap.xml").text:
        places.add("sitemap")
    if TITLE in client.get("/en/search/", {"query": "embargoed"}).text:
        places.add("search results")
    if search_backend.es.search(
        index=f"{search_backend.index_prefix}*", query={"match": {"title": "embargoed"}}
    )["hits"]["total"]["value"]:
        places.add("search index")
    return places


def test_an_embargoed_release_appears_nowhere_before_go_live(client, site_tree, search_backend):
    article = NewsArticlePageFactory.build(
        title=TITLE, slug="embargoed", press_release=True, draft=True
    )
    site_tree.news.add_child(instance=article)
    go_live = timezone.now() + datetime.timedelta(hours=2)
    article.go_live_at = go_live
    article.save_revision(approved_go_live_at=go_live).publish()

    article.refresh_from_db()
    assert not article.live
    assert visible_places(client, site_tree, article, search_backend) == set()

    # Time passes: the scheduled revision is due.
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision = article.latest_revision
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("publish_scheduled", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert NewsArticlePage.objects.get(pk=article.pk).live
    assert visible_places(client, site_tree, article, search_backend) == {
        "page",
        "listing",
        "home page",
        "feed",
        "sitemap",
        "search results",
        "search index",
    }
