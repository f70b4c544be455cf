"""Seven languages: addresses, switcher, alternates, right-to-left, local dates and names."""

import datetime
import re

import pytest
from wagtail.models import Locale

from home.initial_content.pages import translate
from tests.home.factories import build_site_tree
from tests.members.factories import MemberFactory
from tests.news.factories import NewsArticlePageFactory
from tests.query_counts import queries_for

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "ko", "es", "fr", "ru", "zh-hans", "ar"]


@pytest.fixture(scope="module")
def multilingual(module_transaction):
    """The site in seven languages; a press release translated into Korean and Spanish only.
    Built once for the module: its tests only read it."""
    site_tree = build_site_tree()
    release = NewsArticlePageFactory(
        parent=site_tree.news,
        slug="kick-off",
        title="WeGO opens 2022",
        press_release=True,
        date=datetime.date(2022, 2, 23),
        lead="A youth programme was launched in Seoul.",
    )
    for code in LANGUAGES[1:]:
        locale, _created = Locale.objects.get_or_create(language_code=code)
        translate(site_tree.home, locale, {"home": f"home-{code}"})
    for code, strings in {
        "ko": {
            "WeGO opens 2022": "WeGO, 2022년을 열다",
            "A youth programme was launched in Seoul.": "서울특별시에서 청년 프로그램이 출범했습니다.",
        },
        "es": {
            "WeGO opens 2022": "WeGO abre 2022",
            "A youth programme was launched in Seoul.": "Se lanzó un programa para jóvenes en Seúl.",
        },
    }.items():
        # The news index first, so that it is a translation rather than an alias copy.
        translate(site_tree.news, Locale.objects.get(language_code=code), {})
        translate(release, Locale.objects.get(language_code=code), strings)
    return site_tree, release


def links(html, pattern):
    return dict(re.findall(pattern, html))


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("ko-KR,ko;q=0.9,en;q=0.5", "/ko/"),
        ("es-MX,es;q=0.9", "/es/"),
        ("zh-CN,zh;q=0.9", "/zh-hans/"),
        ("ar", "/ar/"),
        ("fr-CA", "/fr/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("de-DE,de;q=0.9", "/en/"),
        ("", "/en/"),
    ],
)
def test_the_root_address_sends_visitors_to_their_language(
    client, multilingual, accept_language, expected
):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == expected


def test_the_switcher_leads_to_the_same_page_or_says_it_goes_home(client, multilingual):
    html = client.get("/ko/news/kick-off/").text
    switcher = html[html.index('class="language-switcher"') :]
    targets = links(switcher, r'<a href="([^"]+)" lang="([^"]+)"')
    by_language = {language: url for url, language in targets.items()}
    assert by_language["en"] == "/en/news/kick-off/"
    assert by_language["es"] == "/es/news/kick-off/"
    assert by_language["fr"] == "/fr/"
    assert by_language["ar"] == "/ar/"
    assert 'lang="ko" hreflang="ko" aria-current="true"' in switcher
    assert 'id="language-note-fr"' in switcher  # the untranslated ones say so
    assert 'id="language-note-es"' not in switcher


def test_hreflang_alternates_pair_up_across_translations(client, multilingual):
    def alternates(url):
        html = client.get(url).text
        return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))

    english = alternates("/en/news/kick-off/")
    korean = alternates("/ko/news/kick-off/")
    assert (
        english
        == korean
        == {
            "en": "http://testserver/en/news/kick-off/",
            "x-default": "http://testserver/en/news/kick-off/",
            "ko": "http://testserver/ko/news/kick-off/",
            "es": "http://testserver/es/news/kick-off/",
        }
    )


def test_the_sitemap_pairs_translations(client, multilingual):
    xml = client.get("/sitemap.xml").text
    entry = xml[xml.index("<loc>http://testserver/ko/news/kick-off/</loc>") :].split("</url>")[0]
    assert (
        '<xhtml:link rel="alternate" hreflang="en" href="http://testserver/en/news/kick-off/"/>'
        in entry
    )
    assert (
        '<xhtml:link rel="alternate" hreflang="es" href="http://testserver/es/news/kick-off/"/>'
        in entry
    )


@pytest.mark.parametrize(("language", "direction"), [("ar", "rtl"), ("ko", "ltr"), ("en", "ltr")])
def test_pages_declare_their_language_and_direction(client, multilingual, language, direction):
    html = client.get(f"/{language}/").text
    assert f'<html lang="{language}" dir="{direction}">' in html


@pytest.mark.parametrize(
    ("language", "date"),
    [("en", "23 February 2022"), ("ko", "2022년 2월 23일"), ("es", "23 de febrero de 2022")],
)
def test_dates_are_written_the_visitors_way(client, multilingual, language, date):
    assert date in client.get(f"/{language}/news/kick-off/").text


def test_interface_and_country_names_follow_the_language(client, multilingual):
    MemberFactory(name="Seoul", country="KR")
    korean_directory = multilingual[0].members.copy_for_translation(
        Locale.objects.get(language_code="ko"), copy_parents=True
    )
    korean_directory.save_revision().publish()
    html = client.get("/ko/members/").text
    assert "대한민국" in html
    assert "모든 권역" in html  # "All regions"
    assert "Seoul" in html  # member names stay as they are


def test_a_page_missing_in_a_language_is_not_found_there(client, multilingual):
    assert client.get("/fr/news/kick-off/").status_code == 404


def test_translated_pages_make_as_many_queries_as_english_ones(client, multilingual):
    for english, korean in (("/en/news/kick-off/", "/ko/news/kick-off/"), ("/en/", "/ko/")):
        assert len(queries_for(client, korean)) == len(queries_for(client, english))
