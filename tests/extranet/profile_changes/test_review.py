"""The secretariat reviews the public profiles that member administrators propose."""

import pytest

from extranet.profile_changes.models import PublicProfileChange
from members.models import Member
from tests.extranet.factories import PublicProfileChangeFactory

pytestmark = pytest.mark.django_db


def test_a_public_profile_change_is_published_after_approval(as_role, nexus):
    admin = as_role("admin")
    admin.post(
        "/en/nexus/my-organisation/",
        {
            "propose_public": "1",
            "public-description": "A capital of smart mobility.",
            "public-website": "https://seoul.example",
        },
    )
    change = PublicProfileChange.objects.get()
    assert Member.objects.get(pk=nexus.seoul.pk).description == ""  # not yet public
    assert nexus.secretariat.user.nexus_notifications.filter(
        kind="profile_change_submitted"
    ).exists()

    secretariat = as_role("secretariat")
    secretariat.post(f"/en/nexus/secretariat/profile-changes/{change.pk}/", {"approve": "1"})
    seoul = Member.objects.get(pk=nexus.seoul.pk)
    assert seoul.description == "A capital of smart mobility."
    assert seoul.website == "https://seoul.example"
    assert nexus.admin.user.nexus_notifications.filter(kind="profile_approved").exists()
    assert "A capital of smart mobility." in secretariat.get("/en/members/seoul/").text


def test_the_review_list_puts_waiting_proposals_first_and_keeps_decisions(as_role, nexus):
    waiting = PublicProfileChangeFactory(member=nexus.seoul)
    PublicProfileChangeFactory(member=nexus.abuja, approved=True)
    rejected = PublicProfileChangeFactory(member=nexus.abuja, rejected=True)
    secretariat = as_role("secretariat")

    html = secretariat.get("/en/nexus/secretariat/profile-changes/").text
    waiting_part, decided_part = html.split("Recently reviewed")
    assert f"/en/nexus/secretariat/profile-changes/{waiting.pk}/" in waiting_part
    assert "Abuja: Approved" in decided_part
    assert "Abuja: Not approved" in decided_part
    assert "1 public profile change to review" in secretariat.get("/en/nexus/").text

    # A decision stands: the proposal cannot be approved afterwards.
    response = secretariat.post(
        f"/en/nexus/secretariat/profile-changes/{rejected.pk}/", {"approve": "1"}, follow=True
    )
    assert "This change was already reviewed." in response.text
    assert Member.objects.get(pk=nexus.abuja.pk).description == ""


def test_a_note_that_cannot_be_stored_is_refused_with_a_message(as_role, nexus):
    change = PublicProfileChangeFactory(member=nexus.seoul)
    secretariat = as_role("secretariat")
    address = f"/en/nexus/secretariat/profile-changes/{change.pk}/"

    response = secretariat.post(address, {"reject": "1", "note": "Blurred\x00logo"})
    assert response.status_code == 200
    assert "Null characters are not allowed." in response.text
    assert PublicProfileChange.objects.get(pk=change.pk).status == "pending"

    response = secretariat.post(address, {"reject": "1", "note": "x" * 1001})
    assert "Ensure this value has at most 1000 characters" in response.text
    assert PublicProfileChange.objects.get(pk=change.pk).status == "pending"

    secretariat.post(address, {"reject": "1", "note": "Please send a sharper logo."})
    rejected = PublicProfileChange.objects.get(pk=change.pk)
    assert (rejected.status, rejected.review_note) == ("rejected", "Please send a sharper logo.")
