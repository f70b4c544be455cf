"""The complete site (tests/home/complete_site.py) as the test client reads it: every page
type is valid HTML, and the pages say what the browser tests' visitors rely on. The site is
built once for the module; the browser tests walk their own copy of it."""

import re

import pytest

from tests.home.complete_site import PAGES_OF_EVERY_TYPE
from tests.html_checker import html_errors

pytestmark = pytest.mark.django_db


def test_every_page_type_is_valid_html(client, complete_site_to_read, tmp_path):
    documents = {}
    for name, url in PAGES_OF_EVERY_TYPE.items():
        response = client.get(url)
        assert response.status_code == (404 if name == "not found" else 200), url
        documents[name] = response.text
    assert html_errors(documents, tmp_path) == {}


def test_the_home_page_introduces_the_organisation(client, complete_site_to_read):
    html = client.get("/en/").text
    assert "<title>Smart sustainable cities for all · WeGO</title>" in html
    assert '<h1 id="home-title">Smart sustainable cities for all</h1>' in html
    assert '<p class="hero__lead">WeGO is an international association' in html
    main_menu = html[html.index('<nav class="main-nav"') :].split("</nav>")[0]
    assert '<a href="/en/members/">Members</a>' in main_menu


def test_the_home_page_leads_with_what_editors_chose(client, complete_site_to_read):
    html = client.get("/en/").text
    lead = html[html.index('<section class="lead-story"') :].split("</section>")[0]
    assert complete_site_to_read.release.title in lead
    programmes = html[html.index('id="programs-title"') :].split("</section>")[0]
    assert re.findall(r'class="card__title"><a href="[^"]+">([^<]+)<', programmes) == [
        "WeGO Smart City Champions",
        "WeGO Smart Cities Index",
        "WeGO Smart City Driver",
    ]
    assert "Smart Sustainable Cities Training" in html  # the upcoming event
    assert "Seoul National University" in html
    assert "A former sponsor" not in html  # a partner kept off the home page


def test_the_header_search_says_how_many_results_it_found_and_links_them(
    client, complete_site_to_read
):
    html = client.get("/en/search/", {"query": "Kampala"}).text
    # The page about Kampala and the member itself.
    assert re.search(r'role="status">\s*2 results for “Kampala”\s*</p>', html)
    assert (
        '<a href="/en/events/excom-meeting-2022/">WeGO Executive Committee Meeting 2022</a>' in html
    )
    assert '<a href="/en/members/kampala/">Kampala</a>' in html


def test_korean_visitors_read_the_site_and_the_release_in_korean(client, complete_site_to_read):
    home = client.get("/ko/").text
    assert '<html lang="ko" dir="ltr">' in home
    assert '<h1 id="home-title">모두를 위한 스마트 지속가능 도시</h1>' in home
    assert ">본문으로 건너뛰기</a>" in home  # the interface too
    main_menu = home[home.index('<nav class="main-nav" aria-label="주 메뉴">') :]
    assert '<a href="/ko/news/">뉴스와 미디어</a>' in main_menu.split("</nav>")[0]
    news = client.get("/ko/news/").text
    assert (
        '<a href="/ko/news/kick-off-2022-press-release/">'
        "WeGO, 청년 리더와 시민 중심 도시를 위한 프로그램으로 2022년을 열다</a>"
    ) in news
    release = client.get("/ko/news/kick-off-2022-press-release/").text
    assert '<time datetime="2022-02-23">2022년 2월 23일</time>' in release
    switcher = release[release.index('class="language-switcher"') :].split("</nav>")[0]
    assert '<a href="/es/news/kick-off-2022-press-release/" lang="es"' in switcher


def test_the_release_reads_in_spanish_too(client, complete_site_to_read):
    html = client.get("/es/news/kick-off-2022-press-release/").text
    assert "<h1>WeGO abre 2022 con programas para jóvenes líderes" in html


def test_arabic_visitors_get_their_home_page_in_arabic_right_to_left(client, complete_site_to_read):
    html = client.get("/ar/").text
    assert '<html lang="ar" dir="rtl">' in html
    assert '<h1 id="home-title">مدن ذكية ومستدامة للجميع</h1>' in html


def test_a_page_without_an_arabic_version_links_to_the_arabic_home_page_and_says_so(
    client, complete_site_to_read
):
    html = client.get("/en/news/").text
    switcher = html[html.index('class="language-switcher"') :].split("</nav>")[0]
    assert '<a href="/ar/" lang="ar" hreflang="ar" aria-describedby="language-note-ar">' in switcher
    assert (
        '<span class="visually-hidden" id="language-note-ar">'
        "This page is not translated into this language"
    ) in switcher
