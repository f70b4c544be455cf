import feedparser
import pytest

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


def test_the_home_page_advertises_the_news_feeds_of_its_language(client, site_tree, articles):
    html = client.get(site_tree.home.url).text
    head = html[: html.index("</head>")]
    for syndication in ("rss", "atom"):
        assert (
            f'<link rel="alternate" type="application/{syndication}+xml" '
            f'title="All news ({syndication.upper()})" '
            f'href="{site_tree.news.url}feed/{syndication}/">'
        ) in head
