import feedparser
import pytest
from wagtail.models import Locale

from home.initial_content.pages import translate
from tests.news.factories import NewsArticlePageFactory

pytestmark = pytest.mark.django_db


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return response, feed


@pytest.fixture
def articles(site_tree):
    release = NewsArticlePageFactory(
        parent=site_tree.news, press_release=True, title="Kick-off release", tags=["youth"]
    )
    news = NewsArticlePageFactory(parent=site_tree.news, title="Embassy visit")
    NewsArticlePageFactory(parent=site_tree.news, title="Unpublished draft", draft=True)
    return release, news


@pytest.mark.parametrize(("syndication", "content_type"), [("rss", "rss"), ("atom", "atom")])
def test_the_feeds_parse_and_list_only_live_articles(
    client, site_tree, articles, syndication, content_type
):
    response, feed = parse(client, f"{site_tree.news.url}feed/{syndication}/")

    assert content_type in response["Content-Type"]
    assert {entry.title for entry in feed.entries} == {"Kick-off release", "Embassy visit"}
    release = next(entry for entry in feed.entries if entry.title == "Kick-off release")
    assert release.link == f"http://testserver{articles[0].url}"
    assert {tag.term for tag in release.tags} == {"Press release", "youth"}
    assert release.summary == articles[0].lead


def test_a_feed_per_kind(client, site_tree, articles):
    _response, feed = parse(client, f"{site_tree.news.url}feed/press-releases/rss/")
    assert [entry.title for entry in feed.entries] == ["Kick-off release"]


@pytest.mark.parametrize("path", ["feed/json/", "feed/unknown-kind/rss/", "feed/../rss/"])
def test_unknown_feeds_are_not_found(client, site_tree, path):
    assert client.get(f"{site_tree.news.url}{path}").status_code == 404


def test_the_news_index_advertises_its_feeds(client, site_tree, articles):
    html = client.get(site_tree.news.url).text
    assert (
        f'type="application/rss+xml" title="All news (RSS)" href="{site_tree.news.url}feed/rss/"'
        in html
    )


def test_the_atom_feed_names_its_author(client, site_tree, articles):
    _response, feed = parse(client, f"{site_tree.news.url}feed/atom/")
    assert feed.feed.author_detail.name == "World Smart Sustainable Cities Organization (WeGO)"
    assert feed.feed.author_detail.href == "http://testserver/"
    assert all(entry.author == feed.feed.author for entry in feed.entries)


@pytest.fixture
def korean_news(site_tree, articles):
    """The news index and the release in Korean too; the embassy visit in English only."""
    korean = Locale.objects.create(language_code="ko")
    translate(site_tree.home, korean, {"home": "home-ko"})
    translate(site_tree.news, korean, {"News and media": "뉴스와 미디어"})
    translate(articles[0], korean, {"Kick-off release": "출범 보도자료"})
    return korean


@pytest.mark.parametrize("syndication", ["rss", "atom"])
def test_each_language_has_feeds_of_its_own(client, site_tree, articles, korean_news, syndication):
    _response, english = parse(client, f"/en/news/feed/{syndication}/")
    _response, korean = parse(client, f"/ko/news/feed/{syndication}/")

    assert korean.feed.title == "WeGO: 뉴스"
    assert [entry.title for entry in korean.entries] == ["출범 보도자료"]
    assert korean.entries[0].link == "http://testserver/ko/news/kick-off-release/"
    english_release = next(e for e in english.entries if e.title == "Kick-off release")
    # A reader following both languages gets the release twice, once in each.
    assert korean.entries[0].id != english_release.id
    assert english_release.id == f"urn:uuid:{articles[0].translation_key}"  # as before


def test_feed_ids_differ_by_language_and_kind(client, site_tree, articles, korean_news):
    ids = {
        url: parse(client, url)[1].feed.id
        for url in (
            "/en/news/feed/atom/",
            "/en/news/feed/press-releases/atom/",
            "/ko/news/feed/atom/",
            "/ko/news/feed/press-releases/atom/",
        )
    }
    assert len(set(ids.values())) == 4, ids
    assert ids["/ko/news/feed/atom/"] == "http://testserver/ko/news/feed/atom/"


def test_pages_point_feed_readers_to_the_news_in_their_language(client, site_tree, korean_news):
    korean_home = client.get("/ko/").text
    assert (
        '<link rel="alternate" type="application/rss+xml" title="모든 뉴스 (RSS)" '
        'href="/ko/news/feed/rss/">'
    ) in korean_home
    assert 'href="/ko/news/feed/atom/"' in korean_home
    assert 'href="/en/news/feed/rss/"' not in korean_home
    assert 'type="application/atom+xml" title="All news (ATOM)" href="/en/news/feed/atom/">' in (
        client.get("/en/").text
    )

    # A language without news of its own points to the English feeds, and says they are.
    french = Locale.objects.create(language_code="fr")
    translate(site_tree.home, french, {"home": "home-fr"})
    assert 'href="/en/news/feed/rss/" hreflang="en">' in client.get("/fr/").text
