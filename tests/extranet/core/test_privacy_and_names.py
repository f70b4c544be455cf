"""What others learn about a person by default, and how Nexus names people: a new account keeps
its sign-in address to itself, one's data export holds only one's own addresses, invited
people are greeted by name and their invitation says who sent it."""

import json
import re

import pytest
from django.core import mail
from django.test import Client
from wagtail.admin.utils import get_user_display_name

from extranet.core.models import Profile, SecurityEvent
from tests.extranet.factories import PASSWORD, png_file

pytestmark = pytest.mark.django_db

JOIN = {
    "name": "Min-jun Park",
    "password1": "a long and unusual password 7",
    "password2": "a long and unusual password 7",
}


def invite_and_join(admin_client, capture, email="colleague@seoul.example"):
    """The Seoul administrator invites a colleague, who joins with the link; the mail."""
    with capture(execute=True):
        admin_client.post(
            "/en/nexus/my-organisation/invite/", {"email": email, "role": "member_user"}
        )
    invitation = mail.outbox[-1]
    link = re.search(r"https?://testserver(/\S+/accounts/join/\S+/)", invitation.body).group(1)
    newcomer = Client()
    assert newcomer.post(link, {**JOIN, "email": email}).status_code == 302
    return invitation, newcomer


def test_a_new_accounts_sign_in_address_is_not_shown_to_members(
    as_role, nexus, django_capture_on_commit_callbacks
):
    invite_and_join(as_role("admin"), django_capture_on_commit_callbacks)
    newcomer = Profile.objects.get(user__email="colleague@seoul.example")
    assert newcomer.contact_email == ""
    page = as_role("other_admin").get(f"/en/nexus/people/{newcomer.pk}/")
    assert page.status_code == 200
    assert "Min-jun Park" in page.text
    assert "colleague@seoul.example" not in page.text


def test_the_data_export_holds_no_address_of_anyone_else(client, as_role, nexus):
    colleague = nexus.user.user
    client.post(
        "/en/accounts/login/",
        {"login": colleague.email, "password": PASSWORD},
        REMOTE_ADDR="198.51.100.2",
    )
    admin = Client()
    admin.force_login(nexus.admin.user, backend="extranet.core.auth.NexusAuthenticationBackend")
    admin.post(
        f"/en/nexus/my-organisation/people/{nexus.user.pk}/role/",
        {"role": "member_admin"},
        REMOTE_ADDR="203.0.113.7",
    )

    exported = client.get("/en/nexus/account/data/")
    events = {event["event"]: event for event in json.loads(exported.content)["security_events"]}
    assert events["signed_in"]["ip_address"] == "198.51.100.2"
    assert events["role_changed"]["ip_address"] is None
    assert events["role_changed"]["done_by_you"] is False
    assert "203.0.113.7" not in exported.text


def test_an_invited_member_is_greeted_by_name_not_by_an_internal_username(
    as_role, nexus, django_capture_on_commit_callbacks
):
    _invitation, newcomer = invite_and_join(as_role("admin"), django_capture_on_commit_callbacks)
    newcomer.logout()
    signed_in = newcomer.post(
        "/en/accounts/login/",
        {"login": "colleague@seoul.example", "password": JOIN["password1"]},
        follow=True,
    )
    assert "Successfully signed in as Min-jun Park." in signed_in.text
    user = Profile.objects.get(user__email="colleague@seoul.example").user
    assert user.username not in signed_in.text
    # The admin names people the same way (page history, workflow, users, the security log).
    assert get_user_display_name(user) == "Min-jun Park"
    secretariat = Client()
    secretariat.force_login(
        nexus.secretariat.user, backend="extranet.core.auth.NexusAuthenticationBackend"
    )
    event = SecurityEvent.objects.get(kind="code_redeemed", user=user)
    inspected = secretariat.get(f"/admin/nexus/security/inspect/{event.pk}/").text
    assert "Min-jun Park &lt;colleague@seoul.example&gt;" in inspected
    assert user.username not in inspected

    newcomer.post("/en/nexus/profile/", {**profile_fields(), "name": "Min-jun Park-Lee"})
    user.refresh_from_db()
    assert get_user_display_name(user) == "Min-jun Park-Lee"


def profile_fields():
    return {
        "name": "Min-jun Park",
        "contact_visibility": "members",
        "email_frequency": "daily",
        "preferred_language": "en",
    }


def test_a_member_administrators_invitation_says_who_invites(
    as_role, nexus, django_capture_on_commit_callbacks
):
    invitation, _newcomer = invite_and_join(as_role("admin"), django_capture_on_commit_callbacks)
    assert "Seoul administrator of Seoul invites you to WeGO Nexus" in invitation.body
    assert "secretariat" not in invitation.body.lower()
    assert invitation.body.rstrip().endswith("Seoul administrator, Seoul")


def test_the_photo_field_is_one_control_without_a_stored_name(as_role, nexus, private_media):
    nexus.user.photo.save("face.png", png_file("face.png"), save=True)
    html = as_role("user").get("/en/nexus/profile/").text
    field = re.search(r'<div class="image-input">.*?</div>', html, re.S).group(0)
    assert f'src="/en/nexus/people/{nexus.user.pk}/photo/"' in field
    assert field.count('type="checkbox"') == 1
    assert "Remove my photo" in field
    assert html.count("Remove my photo") == 1
    assert "Currently" not in html
    assert nexus.user.photo.name.rsplit("/", 1)[-1].split(".")[0] not in html
