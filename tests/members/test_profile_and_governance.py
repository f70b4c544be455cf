import datetime

import pytest
from wagtail.models import Locale

from members.choices import RoleKind
from tests.members.factories import GovernancePageFactory, MemberFactory, MemberRoleFactory
from tests.news.factories import NewsArticlePageFactory
from tests.programs.factories import FeasibilityStudyFactory, ProgramPageFactory
from tests.query_counts import queries_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def kampala(site_tree):
    member = MemberFactory(
        name="Kampala",
        country="UG",
        region="africa",
        website="https://www.kcca.go.ug/",
        description="Capital city of Uganda.",
        year_joined=2012,
    )
    MemberRoleFactory(member=member, starts_on=datetime.date(2022, 2, 1))
    FeasibilityStudyFactory(
        year=2019, city="Kampala", country="UG", title="Smart parking", member=member
    )
    NewsArticlePageFactory(
        parent=site_tree.news, title="EXCOM meets in Kampala", related_members=[member]
    )
    ProgramPageFactory(parent=site_tree.programs, title="Africa network", related_members=[member])
    return member


def test_a_profile_shows_the_member_its_roles_studies_news_and_programmes(
    client, site_tree, kampala
):
    response = client.get("/en/members/kampala/")
    assert response.status_code == 200
    html = response.text
    assert "<h1>Kampala</h1>" in html
    assert "Local government · Uganda · Africa" in html
    assert "Executive committee member" in html
    assert "since February 2022" in html
    assert "Smart parking" in html
    assert "EXCOM meets in Kampala" in html
    assert "Africa network" in html
    assert 'data-latitude="37.56667"' in html  # the small map


def test_the_profile_shows_the_description_in_the_visitors_language(client, site_tree, kampala):
    korean, _created = Locale.objects.get_or_create(language_code="ko")
    translation = kampala.copy_for_translation(korean)
    translation.description = "우간다의 수도."
    translation.save()
    korean_directory = site_tree.members.copy_for_translation(korean, copy_parents=True)
    korean_directory.save_revision().publish()

    assert "우간다의 수도." in client.get("/ko/members/kampala/").text
    assert "Capital city of Uganda." in client.get("/en/members/kampala/").text


def test_inactive_and_unknown_members_have_no_profile(client, site_tree):
    MemberFactory(name="Former", inactive=True)
    assert client.get("/en/members/former/").status_code == 404
    assert client.get("/en/members/no-such-member/").status_code == 404


def test_a_profile_uses_the_same_queries_with_more_roles_and_news(client, site_tree, kampala):
    baseline = queries_for(client, "/en/members/kampala/")
    for year in range(2010, 2016):
        MemberRoleFactory(
            member=kampala, starts_on=datetime.date(year, 1, 1), ends_on=datetime.date(year, 6, 1)
        )
    assert len(queries_for(client, "/en/members/kampala/")) == len(baseline)


def test_the_governance_page_shows_the_roles_held_on_a_chosen_day(client, site_tree):
    governance = GovernancePageFactory(parent=site_tree.home)
    mexico = MemberFactory(name="Mexico City", country="MX", region="americas")
    chengdu = MemberFactory(name="Chengdu", country="CN")
    MemberRoleFactory(
        member=mexico,
        kind=RoleKind.VICE_PRESIDENT_CITY,
        starts_on=datetime.date(2022, 2, 1),
        ends_on=datetime.date(2023, 1, 1),
    )
    MemberRoleFactory(
        member=chengdu, kind=RoleKind.VICE_PRESIDENT_CITY, starts_on=datetime.date(2023, 1, 1)
    )
    MemberRoleFactory(
        member=chengdu,
        regional_office=True,
        office_name="East Asia",
        starts_on=datetime.date(2022, 2, 1),
    )

    in_2022 = client.get(governance.url, {"on": "2022-06-01"}).context
    assert [role.member.name for role in in_2022["vice_president_cities"]] == ["Mexico City"]
    today = client.get(governance.url)
    assert [role.member.name for role in today.context["vice_president_cities"]] == ["Chengdu"]
    assert [role.office_name for role in today.context["regional_offices"]] == ["East Asia"]
    # Earlier terms stay visible, with their dates.
    assert "February 2022" in today.text
    assert "January 2023" in today.text
    assert 'href="/en/members/mexico-city/"' in today.text


def test_a_wrong_date_is_reported_and_today_is_shown(client, site_tree):
    governance = GovernancePageFactory(parent=site_tree.home)
    response = client.get(governance.url, {"on": "<script>"})
    assert "“&lt;script&gt;” is not a date; showing today." in response.text
    assert response.context["on"] == datetime.date.today()
