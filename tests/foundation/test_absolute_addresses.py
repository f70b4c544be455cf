"""Every absolute link names the site's address (the Wagtail Site record), whatever Host header
the request came with: pages, sitemap, feeds, schema.org data and calendar files. Mail:
tests/extranet/core/test_mail_links.py."""

import datetime
import json
import re

import feedparser
import pytest
from django.core.checks import run_checks

from tests.addresses import (
    OTHER_HOST,
    SITE,
    assert_all_on_site,
    move_site_to_public_address,
)
from tests.events.factories import EventPageFactory
from tests.events.icalendar_parser import parse_calendar
from tests.news.factories import NewsArticlePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def public_site(site_tree):
    move_site_to_public_address()
    return site_tree


def test_a_page_names_the_site_in_canonical_hreflang_open_graph_and_schema_org(client, public_site):
    article = NewsArticlePageFactory(parent=public_site.news, title="Kick-off")
    html = client.get(article.url, **OTHER_HOST).text

    assert f'<link rel="canonical" href="{SITE}{article.url}">' in html
    assert f'<meta property="og:url" content="{SITE}{article.url}">' in html
    assert f'hreflang="en" href="{SITE}{article.url}"' in html
    data = json.loads(re.search(r'application/ld\+json">(.*?)</script>', html).group(1))
    assert data["mainEntityOfPage"] == f"{SITE}{article.url}"
    assert data["publisher"]["url"] == f"{SITE}/"
    assert data["publisher"]["logo"]["url"] == f"{SITE}/static/img/logo.png"
    head = html[: html.index("</head>")]
    assert_all_on_site(head)


def test_the_sitemap_and_robots_txt_name_the_site(client, public_site):
    NewsArticlePageFactory(parent=public_site.news, title="Kick-off")
    sitemap = client.get("/sitemap.xml", **OTHER_HOST).text
    assert_all_on_site(sitemap)
    robots = client.get("/robots.txt", **OTHER_HOST).text
    assert f"Sitemap: {SITE}/sitemap.xml" in robots


@pytest.mark.parametrize("syndication", ["rss", "atom"])
def test_feeds_name_the_site_in_links_and_ids(client, public_site, syndication):
    article = NewsArticlePageFactory(parent=public_site.news, title="Kick-off")
    response = client.get(f"{public_site.news.url}feed/{syndication}/", **OTHER_HOST)
    feed = feedparser.parse(response.content)

    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.link == f"{SITE}{public_site.news.url}"
    assert feed.entries[0].link == f"{SITE}{article.url}"
    assert_all_on_site(response.content.decode())


def test_calendar_files_name_the_site_and_read_in_a_strict_parser(client, public_site):
    timed = EventPageFactory(
        parent=public_site.events,
        title="서울 스마트시티 포럼, 2030; 개막식과 전문가 토론이 이어지는 긴 행사 제목",
        summary="A line\nand another, with a comma; and a semicolon\\ and a backslash",
        hybrid=True,
    )
    all_day = EventPageFactory(
        parent=public_site.events,
        all_day=True,
        starts_on=datetime.date(2030, 12, 30),
        ends_on=datetime.date(2031, 1, 2),
    )

    [entry] = parse_calendar(client.get(f"{timed.url}calendar/", **OTHER_HOST).content)
    assert entry["URL"] == f"{SITE}{timed.url}"
    assert entry["UID"] == f"{timed.translation_key}@www.wego.example"
    assert (entry["SUMMARY"], entry["DESCRIPTION"]) == (timed.title, timed.summary)
    assert entry["DTSTART"] == datetime.datetime(2030, 3, 10, 6, 0, tzinfo=datetime.UTC)
    [whole_days] = parse_calendar(client.get(f"{all_day.url}calendar/", **OTHER_HOST).content)
    assert whole_days["URL"] == f"{SITE}{all_day.url}"
    assert (whole_days["DTSTART"], whole_days["DTEND"]) == (
        datetime.date(2030, 12, 30),
        datetime.date(2031, 1, 3),
    )


def test_checks_warn_when_admin_mail_would_name_another_host(public_site, settings):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
    warnings = run_checks(databases=["default"])
    assert "foundation.W001" in [warning.id for warning in warnings]

    settings.WAGTAILADMIN_BASE_URL = SITE
    assert "foundation.W001" not in [warning.id for warning in run_checks(databases=["default"])]
