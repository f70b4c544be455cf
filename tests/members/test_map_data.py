import pytest

from tests.members.factories import MemberFactory, make_members
from tests.query_counts import queries_for

pytestmark = pytest.mark.django_db


def feature_collection(client, site_tree, **query):
    response = client.get(site_tree.members.url + "map-data/", query)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json"
    return response.json()


def test_the_map_data_is_valid_geojson_with_links_to_profiles(client, site_tree):
    MemberFactory(name="Seoul", country="KR", latitude=37.56667, longitude=126.97806)
    MemberFactory(name="Abuja", country="NG", region="africa", latitude=9.05785, longitude=7.49508)
    MemberFactory(name="Unplaced", country="NG", region="africa", unplaced=True)

    data = feature_collection(client, site_tree)

    assert data["type"] == "FeatureCollection"
    by_name = {feature["properties"]["name"]: feature for feature in data["features"]}
    assert set(by_name) == {"Seoul", "Abuja"}
    seoul = by_name["Seoul"]
    assert seoul["type"] == "Feature"
    assert seoul["geometry"] == {"type": "Point", "coordinates": [126.97806, 37.56667]}
    assert seoul["properties"]["url"] == "/en/members/seoul/"
    assert seoul["properties"]["country"] == "South Korea"
    for feature in data["features"]:
        longitude, latitude = feature["geometry"]["coordinates"]
        assert -180 <= longitude <= 180
        assert -90 <= latitude <= 90
    # Countries are counted with members that have no position yet, by ISO numeric code.
    assert data["countryCounts"] == {"410": 1, "566": 2}


def test_the_map_follows_the_directory_filters(client, site_tree):
    MemberFactory(name="Seoul", country="KR")
    MemberFactory(name="Abuja", country="NG", region="africa")
    data = feature_collection(client, site_tree, region="africa")
    assert [feature["properties"]["name"] for feature in data["features"]] == ["Abuja"]


def test_names_are_data_not_markup(client, site_tree):
    MemberFactory(name='<img src=x onerror="alert(1)">')
    data = feature_collection(client, site_tree)
    assert data["features"][0]["properties"]["name"] == '<img src=x onerror="alert(1)">'


@pytest.mark.parametrize("size", [160, 2000])
def test_the_map_data_uses_the_same_queries_whatever_the_number_of_members(client, site_tree, size):
    make_members(size)
    baseline = queries_for(client, site_tree.members.url + "map-data/")
    make_members(50)
    assert len(queries_for(client, site_tree.members.url + "map-data/")) == len(baseline)
