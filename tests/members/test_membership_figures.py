"""The association's member figures agree wherever they are shown: the home page, the
directory and the about page take them from the same records (MembershipCounts and the
members the directory lists)."""

import re
from html import unescape

import pytest

from members.choices import MemberType, Region
from members.models import MembershipCounts
from tests.home.factories import StandardPageFactory
from tests.members.factories import MemberFactory

pytestmark = pytest.mark.django_db

SUMMARY = (
    "3 local governments listed in the directory; the association also counts 35 "
    "corporations and 16 institutions, not listed yet."
)


@pytest.fixture
def association(site_tree):
    """Three local governments listed; 35 corporations and 16 institutions counted, none
    listed (as in the organisation's own data)."""
    for name, region in (
        ("Seoul", Region.ASIA_PACIFIC),
        ("Abuja", Region.AFRICA),
        ("Lima", Region.AMERICAS),
    ):
        MemberFactory(name=name, region=region)
    counts = MembershipCounts.load()
    counts.corporations = 35
    counts.institutions = 16
    counts.save()
    about = StandardPageFactory(
        parent=site_tree.home,
        title="About WeGO",
        slug="about",
        body=[("membership_figures", {"heading": "Our members"})],
    )
    site_tree.about = about
    return site_tree


def key_figures(html):
    """{label: figure} of the key figures in the page."""
    pairs = re.findall(
        r'key-figures__figure">(\d+)</span> <span class="key-figures__label">([^<]+)<', html
    )
    return {unescape(label): int(figure) for figure, label in pairs}


def text(html):
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html)))


def test_the_home_page_directory_and_about_page_give_the_same_figures(client, association):
    home = client.get(association.home.url).text
    about = client.get(association.about.url).text
    directory = client.get(association.members.url)

    figures = {"Local governments": 3, "Corporations": 35, "Institutions": 16}
    assert key_figures(home) == {
        **figures,
        "Africa": 1,
        "Europe": 0,
        "Middle East": 0,
        "Americas": 1,
        "Asia-Pacific": 1,
    }
    assert key_figures(about) == figures
    for html in (home, about, directory.text):
        assert SUMMARY in text(html)
    # The directory offers only the types it lists, with the counts it lists.
    assert [(value, total) for value, _label, total in directory.context["type_counts"]] == [
        (MemberType.LOCAL_GOVERNMENT, 3)
    ]
    assert "Corporation (0)" not in directory.text
    assert directory.context["members"].paginator.count == 3


def test_listed_members_of_a_type_count_towards_the_associations_figure(client, association):
    MemberFactory(name="Smart Tech", member_type=MemberType.CORPORATION)
    home = client.get(association.home.url).text
    directory = client.get(association.members.url)

    assert key_figures(home)["Corporations"] == 35
    expected = (
        "3 local governments and 1 corporation listed in the directory; the association also "
        "counts 34 corporations and 16 institutions, not listed yet."
    )
    assert expected in text(home)
    assert expected in text(directory.text)
    assert '<option value="corporation">Corporation (1)</option>' in directory.text


def test_the_directory_never_lists_more_than_the_figures_say(client, association):
    counts = MembershipCounts.load()
    counts.local_governments = 2  # out of date: three are listed
    counts.save()
    assert key_figures(client.get(association.about.url).text)["Local governments"] == 3


def test_a_type_chosen_in_the_address_stays_chosen_even_without_members(client, association):
    response = client.get(association.members.url, {"type": "institution"})
    assert '<option value="institution" selected>Institution (0)</option>' in response.text
    assert response.context["members"].paginator.count == 0
