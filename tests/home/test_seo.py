"""What search engines, social networks and other machines read."""

import json
import re

import pytest
from defusedxml import ElementTree

from tests.events.factories import EventPageFactory
from tests.members.factories import MemberFactory
from tests.news.factories import NewsArticlePageFactory

pytestmark = pytest.mark.django_db
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1, blocks
    return json.loads(blocks[0])


def test_the_sitemap_lists_live_pages_and_member_profiles_only(client, site_tree):
    article = NewsArticlePageFactory(parent=site_tree.news, slug="published")
    NewsArticlePageFactory(parent=site_tree.news, slug="draft", draft=True)
    MemberFactory(name="Seoul")
    MemberFactory(name="Closed city", inactive=True)

    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    locations = {
        element.text for element in ElementTree.fromstring(response.content).iter(f"{SITEMAP}loc")
    }
    assert f"http://testserver{article.url}" in locations
    assert "http://testserver/en/members/seoul/" in locations
    assert "http://testserver/en/news/draft/" not in locations
    assert "http://testserver/en/members/closed-city/" not in locations


def test_robots_txt_points_to_the_sitemap_and_keeps_robots_out_of_the_admin(client, site_tree):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in response.text
    assert "Sitemap: http://testserver/sitemap.xml" in response.text


def test_an_article_has_canonical_description_and_social_cards(client, site_tree):
    article = NewsArticlePageFactory(
        parent=site_tree.news, title="Launch of the index", lead='Cities "benchmark" <safely>.'
    )
    html = client.get(article.url + "?utm_source=newsletter").text

    assert f'<link rel="canonical" href="http://testserver{article.url}">' in html
    assert (
        '<meta name="description" content="Cities &quot;benchmark&quot; &lt;safely&gt;.">' in html
    )
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:title" content="Launch of the index">' in html
    assert '<meta name="twitter:card"' in html


def test_an_article_describes_itself_as_a_news_article(client, site_tree):
    article = NewsArticlePageFactory(
        parent=site_tree.news,
        press_release=True,
        title="WeGO opens 2022 </script><script>alert(1)</script>",
    )
    html = client.get(article.url).text
    data = json_ld(html)

    assert data["@type"] == "NewsArticle"
    assert data["headline"] == article.title
    assert data["datePublished"] == article.date.isoformat()
    assert data["publisher"]["name"] == "World Smart Sustainable Cities Organization"
    assert "<script>alert(1)</script>" not in html


def test_a_media_advisory_also_describes_its_event(client, site_tree):
    import datetime

    advisory = NewsArticlePageFactory(
        parent=site_tree.news,
        media_advisory=True,
        hybrid=True,
        starts_on=datetime.date(2022, 2, 23),
        start_time=datetime.time(15, 0),
    )
    article, event = json_ld(client.get(advisory.url).text)
    assert article["@type"] == "NewsArticle"
    assert event["@type"] == "Event"
    assert event["startDate"] == "2022-02-23T15:00:00+09:00"
    assert event["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert [location["@type"] for location in event["location"]] == ["Place", "VirtualLocation"]


def test_an_event_page_describes_the_event(client, site_tree):
    event = EventPageFactory(parent=site_tree.events, attendance_mode="in_person")
    data = json_ld(client.get(event.url).text)
    assert data["@type"] == "Event"
    assert data["name"] == event.title
    assert data["endDate"] == "2030-03-10T16:30:00+09:00"
    assert data["location"]["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "Seoul",
        "addressCountry": "KR",
    }


def test_the_home_page_describes_the_organisation(client, site_tree):
    data = json_ld(client.get(site_tree.home.url).text)
    assert data["@type"] == "NGO"
    assert data["alternateName"] == "WeGO"
    assert data["logo"]["url"] == "http://testserver/static/img/logo.png"


def test_unknown_addresses_get_the_site_404_page(client, site_tree):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.text
    assert "Skip to main content" in response.text


def test_the_500_page_renders_without_a_request():
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert "Something went wrong on our side" in html
