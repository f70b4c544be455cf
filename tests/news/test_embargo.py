"""An embargoed release (Wagtail's scheduled publishing) stays invisible everywhere until its
go-live time: page, listing, home page, feeds, sitemap, search, its documents and images."""

import datetime

import feedparser
import pytest
from django.core.management import call_command
from django.utils import timezone

from foundation.models import LISTING_IMAGE_FILTER
from news.models import ArticleDownload, NewsArticlePage
from tests.foundation.factories import DocumentFactory, ImageFactory
from tests.news.factories import NewsArticlePageFactory

pytestmark = pytest.mark.django_db

TITLE = "Embargoed announcement of the Seoul Smart City Prize"


def opens(client, url):
    response = client.get(url)
    if response.streaming:
        b"".join(response.streaming_content)
    return response.status_code == 200


def visible_places(client, site_tree, article, search_backend, files=()):
    search_backend.refresh_indexes()
    places = {name for name, url in files if opens(client, url)}
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


def test_an_embargoed_release_appears_nowhere_before_go_live(
    client, site_tree, search_backend, django_capture_on_commit_callbacks
):
    press_kit = DocumentFactory(title="Press kit")
    photo = ImageFactory(title="The prize winners")
    article = NewsArticlePageFactory.build(
        title=TITLE, slug="embargoed", press_release=True, draft=True, listing_image=photo
    )
    article.downloads = [ArticleDownload(document=press_kit, label="Press kit")]
    with django_capture_on_commit_callbacks(execute=True):  # as when the editor saves it
        site_tree.news.add_child(instance=article)
    go_live = timezone.now() + datetime.timedelta(hours=2)
    article.go_live_at = go_live
    article.save_revision(approved_go_live_at=go_live).publish()
    # The editor's preview made the picture of the news list's card.
    card_picture = photo.get_rendition(LISTING_IMAGE_FILTER)
    files = [
        ("document", press_kit.url),
        ("image", card_picture.url),
        ("original image", photo.file.url),
    ]

    article.refresh_from_db()
    assert not article.live
    assert visible_places(client, site_tree, article, search_backend, files) == set()

    # Time passes: the scheduled revision is due.
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision = article.latest_revision
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("publish_scheduled", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert NewsArticlePage.objects.get(pk=article.pk).live
    assert card_picture.url in client.get(site_tree.news.url).text
    assert visible_places(client, site_tree, article, search_backend, files) == {
        "document",
        "image",
        "page",
        "listing",
        "home page",
        "feed",
        "sitemap",
        "search results",
        "search index",
    }
