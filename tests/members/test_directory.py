"""The member directory's counts and filters on the organisation's own member data."""

import io

import pytest
from django.core.management import call_command

from tests.home.factories import build_site_tree

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def real_members(module_transaction):
    """The organisation's 160 members and their roles, imported once for the module: its tests
    only read them."""
    site_tree = build_site_tree()
    call_command("import_members", "members/data/members.csv", stdout=io.StringIO())
    call_command("import_governance", "members/data/governance.csv", stdout=io.StringIO())
    return site_tree


def directory(client, site_tree, **query):
    response = client.get(site_tree.members.url, query)
    assert response.status_code == 200
    return response


def counts(response):
    return {str(label): total for _value, label, total in response.context["region_counts"]}


def listed(response):
    return [member.name for member in response.context["members"]]


def test_counts_per_region_match_the_organisations_figures(client, real_members):
    response = directory(client, real_members)
    assert counts(response) == {
        "Africa": 47,
        "Europe": 17,
        "Middle East": 8,
        "Americas": 14,
        "Asia-Pacific": 74,
    }
    assert response.context["members"].paginator.count == 160
    # The directory lists no corporations or institutions yet: their types are not offered.
    types = {str(label): total for _v, label, total in response.context["type_counts"]}
    assert types == {"Local government": 160}
    assert '<option value="corporation"' not in response.text


def test_filters_combine_and_counts_follow_them(client, real_members):
    response = directory(client, real_members, country="NG")
    assert counts(response)["Africa"] == 12
    assert counts(response)["Europe"] == 0
    assert "Abuja" in listed(response)

    by_region = directory(client, real_members, region="middle_east")
    assert sorted(listed(by_region)) == sorted(
        ["Abu Dhabi", "Erbil", "Hebron", "Isfahan", "Muscat", "Ramallah", "Shiraz", "Tabriz"]
    )
    # Each facet ignores its own filter, so the other regions still show what they hold.
    assert counts(by_region)["Africa"] == 47


def test_the_text_filter_matches_names_cities_and_country_names(client, real_members):
    assert listed(directory(client, real_members, q="seoul")) == ["Seoul"]
    assert set(listed(directory(client, real_members, q="Mongolia"))) == {
        "Altai",
        "Choibalsan",
        "Erdenet",
        "Sainshand",
        "Ulaanbaatar",
    }


def test_the_role_filter_shows_current_holders(client, real_members):
    assert set(listed(directory(client, real_members, role="vice_president_city"))) == {
        "Beyoğlu",
        "Chengdu",
        "Makati",
        "Moscow",
        "Seberang Perai",
    }
    assert listed(directory(client, real_members, role="president_city")) == ["Seoul"]


def test_sorting_and_pagination_keep_the_filters_in_the_address(client, real_members):
    response = directory(client, real_members, region="asia_pacific", sort="country")
    assert listed(response)[0] == "Ghazni"  # Afghanistan comes first
    assert 'href="?region=asia_pacific&amp;sort=country&amp;page=2"' in response.text
    assert len(listed(directory(client, real_members, region="asia_pacific", page="2"))) == 26


@pytest.mark.parametrize(
    ("query", "message"),
    [
        (
            {"region": "<script>alert(1)</script>"},
            "“&lt;script&gt;alert(1)&lt;/script&gt;” is not a filter value.",
        ),
        ({"country": "ZZ"}, "“ZZ” is not a country code."),
        ({"type": "' OR 1=1 --"}, "“&#x27; OR 1=1 --” is not a filter value."),
    ],
)
def test_wrong_filter_values_are_reported_and_ignored(client, real_members, query, message):
    response = directory(client, real_members, **query)
    assert message in response.text
    assert response.context["members"].paginator.count == 160
