"""What the directory's map says around itself, before any script runs: the members it cannot
show, its legend, and the addresses of its marker images."""

import pytest
from bs4 import BeautifulSoup

from tests.members.factories import MemberFactory

pytestmark = pytest.mark.django_db


def directory(client, site_tree, **query):
    response = client.get(site_tree.members.url, query)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def unplaced_note(page):
    note = page.select_one(".map-unplaced")
    if note is None:
        return None
    return note.p.get_text(" ", strip=True), [
        (link.get_text(strip=True), link["href"]) for link in note.select("li a")
    ]


def test_the_map_says_which_members_it_cannot_show_under_the_filters(client, site_tree, member_map):
    MemberFactory(name="Zhejiang Province", country="CN", unplaced=True)
    MemberFactory(name="Former unplaced city", country="CN", unplaced=True, inactive=True)

    assert unplaced_note(directory(client, site_tree)) == (
        "2 members are not on the map:",
        [("Erbil", "/en/members/erbil/"), ("Zhejiang Province", "/en/members/zhejiang-province/")],
    )
    assert unplaced_note(directory(client, site_tree, region="middle_east")) == (
        "1 member is not on the map:",
        [("Erbil", "/en/members/erbil/")],
    )
    assert unplaced_note(directory(client, site_tree, region="europe")) is None


def test_the_legend_explains_markers_clusters_and_shading(client, site_tree, member_map):
    legend = directory(client, site_tree).select_one("[data-map-legend]")
    # Shown by the map's script, with the map: without it there is no map to explain.
    assert legend.has_attr("hidden")
    assert legend.h2.get_text(strip=True) == "Map legend"
    items = [item.get_text(" ", strip=True) for item in legend.select("li")]
    assert items[0].startswith("A member:")
    assert items[1].startswith("3 12 100 Members close together")
    assert "Countries shaded by their number of members" in items[2]
    assert items[3] == "No member listed in the country."


def test_the_map_script_is_given_its_marker_images(client, site_tree, member_map):
    script = directory(client, site_tree).select_one("script[data-marker-icon]")
    assert script["src"] == "/static/js/member-map.js"
    assert script["data-marker-icon"] == "/static/vendor/leaflet/images/marker-icon.png"
    assert script["data-marker-icon-retina"] == "/static/vendor/leaflet/images/marker-icon-2x.png"
    assert script["data-marker-shadow"] == "/static/vendor/leaflet/images/marker-shadow.png"
