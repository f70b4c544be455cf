"""What the member directory lists, and in how many queries, on members made for each test."""

import pytest
from wagtail.models import Locale

from tests.members.factories import MemberFactory, make_members
from tests.query_counts import queries_for

pytestmark = pytest.mark.django_db


def directory(client, site_tree, **query):
    response = client.get(site_tree.members.url, query)
    assert response.status_code == 200
    return response


def listed(response):
    return [member.name for member in response.context["members"]]


def test_the_status_line_counts_the_members_listed(client, site_tree, member_map):
    html = directory(client, site_tree).text
    assert '<p class="result-count" role="status" data-result-count>13 members</p>' in html
    html = directory(client, site_tree, region="africa").text
    assert '<p class="result-count" role="status" data-result-count>3 members</p>' in html


def test_inactive_and_translated_rows_are_not_listed_twice(client, site_tree):
    active = MemberFactory(name="Active city")
    MemberFactory(name="Former member", inactive=True)
    korean, _created = Locale.objects.get_or_create(language_code="ko")
    active.copy_for_translation(korean).save()
    assert listed(directory(client, site_tree)) == ["Active city"]


@pytest.mark.parametrize("size", [160, 2000])
def test_the_directory_uses_the_same_queries_for_160_and_2000_members(client, site_tree, size):
    make_members(size)
    baseline = queries_for(client, site_tree.members.url + "?region=asia_pacific&sort=joined")
    make_members(50)
    assert len(
        queries_for(client, site_tree.members.url + "?region=asia_pacific&sort=joined")
    ) == len(baseline)


def test_sorting_alone_is_not_a_filter_to_clear(client, site_tree):
    MemberFactory(name="Kampala")
    assert "Clear filters" not in directory(client, site_tree, sort="country").text
    assert "Clear filters" in directory(client, site_tree, sort="country", region="africa").text
