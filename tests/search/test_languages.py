"""Search answers in the visitor's language; Korean words are found inside longer ones."""

import pytest
from wagtail.models import Locale

from tests.members.factories import MemberFactory
from tests.news.factories import korean_press_release

pytestmark = pytest.mark.django_db


@pytest.fixture
def releases(site_tree, search_backend):
    release = korean_press_release(
        site_tree,
        title="Youth programme launched in Seoul",
        lead="The programme starts in March.",
        strings={
            "Youth programme launched in Seoul": "서울특별시에서 청년 프로그램 출범",
            "The programme starts in March.": "프로그램은 3월에 시작합니다.",
        },
    )
    MemberFactory(name="Seoul")
    search_backend.refresh_indexes()
    return release


def titles(client, language, query, **extra):
    response = client.get(f"/{language}/search/", {"query": query, **extra})
    assert response.status_code == 200
    return [page.title for page in response.context["search_results"]]


def test_a_korean_word_is_found_inside_a_longer_one(client, releases):
    # "서울" is only part of "서울특별시" in the text.
    assert titles(client, "ko", "서울") == ["서울특별시에서 청년 프로그램 출범"]
    assert titles(client, "ko", "청년") == ["서울특별시에서 청년 프로그램 출범"]


def test_results_stay_in_the_visitors_language(client, releases):
    assert titles(client, "en", "programme") == ["Youth programme launched in Seoul"]
    assert titles(client, "ko", "programme") == []
    assert titles(client, "en", "서울") == []


def test_every_language_when_asked(client, releases):
    found = titles(client, "en", "서울 OR Seoul", languages="all")
    assert set(found) >= {"서울특별시에서 청년 프로그램 출범"}
    both = titles(client, "en", "programme 프로그램", languages="all")
    assert set(both) == {"Youth programme launched in Seoul", "서울특별시에서 청년 프로그램 출범"}


def test_members_are_found_in_every_language_and_named_as_they_are(client, releases, site_tree):
    korean_directory = site_tree.members.copy_for_translation(
        Locale.objects.get(language_code="ko")
    )
    korean_directory.save_revision().publish()
    response = client.get("/ko/search/", {"query": "Seoul"})
    assert [member.name for member in response.context["member_results"]] == ["Seoul"]
    assert 'href="/ko/members/seoul/"' in response.text


def test_the_summary_counts_the_members_found_and_the_directory_shows_them_all(
    client, site_tree, search_backend
):
    for number in range(10):
        MemberFactory(name=f"Busan District {number}", country="KR")
    search_backend.refresh_indexes()

    html = client.get("/en/search/", {"query": "Busan"}).text

    summary = html[html.index('class="search-summary"') :].split("</p>")[0]
    assert "10 results for “Busan”" in summary  # no page, ten members
    assert html.count('class="member-list__meta"') == 8
    assert '<a class="more-link" href="/en/members/?q=Busan">See all 10 members found' in html
