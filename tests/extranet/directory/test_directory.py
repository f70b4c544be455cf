"""The directory of people and organisations: filters, who is listed, what is shown."""

import pytest

from extranet.core.models import OrganisationProfile, Visibility
from tests.extranet.core.test_profiles import XSS, profile_data

pytestmark = pytest.mark.django_db


def test_every_profile_field_is_shown_escaped(as_role, nexus):
    as_role("user").post(
        "/en/nexus/profile/",
        profile_data(name=XSS, position=XSS, biography=XSS, phone=XSS[:40], expertise=XSS[:50]),
    )
    for role in ("user", "admin", "other_admin", "secretariat"):
        client = as_role(role)
        for url in (
            f"/en/nexus/people/{nexus.user.pk}/",
            "/en/nexus/people/",
            "/en/nexus/organisations/seoul/",
        ):
            html = client.get(url).text
            assert "<script>alert" not in html, (role, url)
            assert "<img src=x" not in html, (role, url)


@pytest.mark.parametrize(
    ("visibility", "sees"),
    [
        (
            Visibility.MEMBERS,
            {"user": True, "admin": True, "other_admin": True, "secretariat": True},
        ),
        (
            Visibility.ORGANISATION,
            {"user": True, "admin": True, "other_admin": False, "secretariat": True},
        ),
        (
            Visibility.NOBODY,
            {"user": True, "admin": False, "other_admin": False, "secretariat": True},
        ),
    ],
)
def test_contact_details_follow_the_persons_choice(as_role, nexus, visibility, sees):
    nexus.user.contact_visibility = visibility
    nexus.user.phone = "+82 2 123 4567"
    nexus.user.save()
    for role, expected in sees.items():
        html = as_role(role).get(f"/en/nexus/people/{nexus.user.pk}/").text
        assert ("+82 2 123 4567" in html) == expected, role


def test_the_people_directory_filters(as_role, nexus):
    nexus.user.expertise.add("open data")
    nexus.other_admin.expertise.add("mobility")
    client = as_role("user")

    def names(**query):
        return [person.name for person in client.get("/en/nexus/people/", query).context["people"]]

    assert names(topic="open data") == ["Seoul colleague"]
    assert names(region="africa") == ["Abuja administrator"]
    assert names(country="KR") == ["Seoul administrator", "Seoul colleague"]
    assert names(q="abuja") == ["Abuja administrator"]
    assert "Secretariat officer" in names()
    # Wrong filter values are reported, and nothing breaks.
    response = client.get("/en/nexus/people/", {"region": "<script>", "country": "ZZ"})
    assert response.status_code == 200
    assert "Select a valid choice." in response.text


def test_closed_and_deactivated_people_are_not_listed(as_role, nexus):
    nexus.user.user.is_active = False
    nexus.user.user.save()
    client = as_role("admin")
    names = [p.name for p in client.get("/en/nexus/people/").context["people"]]
    assert "Seoul colleague" not in names
    assert client.get(f"/en/nexus/people/{nexus.user.pk}/").status_code == 404


def test_the_organisation_directory_filters_by_priority(as_role, nexus):
    OrganisationProfile.objects.create(member=nexus.abuja).priorities.add("smart parking")
    response = as_role("user").get("/en/nexus/organisations/", {"topic": "smart parking"})
    assert [member.name for member in response.context["organisations"]] == ["Abuja"]
