"""The secretariat issues access codes and reads the security log in the Wagtail admin
(Nexus → Access codes, Nexus → Security events)."""

import datetime
import re

import pytest
from django.core import mail

from extranet.core.models import AccessCode, SecurityEvent
from members.models import MemberContact
from tests.extranet.factories import AccessCodeFactory, SecurityEventFactory

pytestmark = pytest.mark.django_db

CODES = "/admin/nexus/access-codes/"
SECURITY = "/admin/nexus/security/"


@pytest.fixture
def secretariat_client(client, nexus):
    client.force_login(
        nexus.secretariat.user, backend="extranet.core.auth.NexusAuthenticationBackend"
    )
    return client


def test_the_secretariat_issues_one_code_and_it_is_emailed(
    secretariat_client, nexus, django_capture_on_commit_callbacks
):
    form = secretariat_client.get(f"{CODES}new/").text
    assert "Automatic: administrator if it is the organisation&#x27;s first account" in form
    with django_capture_on_commit_callbacks(execute=True):
        response = secretariat_client.post(
            f"{CODES}new/", {"member": nexus.abuja.pk, "email": "ict@abuja.example", "role": ""}
        )
    assert response.status_code == 302
    assert response["Location"] == CODES
    code = AccessCode.objects.get(email="ict@abuja.example")
    assert code.member == nexus.abuja
    assert code.role == "member_user"  # Abuja already has an administrator
    assert mail.outbox[-1].to == ["ict@abuja.example"]
    assert "/accounts/join/" in mail.outbox[-1].body
    assert SecurityEvent.objects.filter(kind="code_issued").exists()
    listing = secretariat_client.get(CODES).text
    assert "An access code is on its way to ict@abuja.example." in listing
    assert "ict@abuja.example" in secretariat_client.get(f"{CODES}?q=abuja").text
    assert "ict@abuja.example" not in secretariat_client.get(f"{CODES}?state=revoked").text
    assert secretariat_client.get(f"{CODES}inspect/{code.pk}/").status_code == 200


def test_only_active_members_are_offered(secretariat_client, nexus):
    nexus.abuja.active = False
    nexus.abuja.save()
    response = secretariat_client.post(
        f"{CODES}new/", {"member": nexus.abuja.pk, "email": "ict@abuja.example", "role": ""}
    )
    assert "Select a valid choice." in response.text
    assert not AccessCode.objects.exists()


def test_codes_for_every_active_member_at_once_skip_those_waiting(
    secretariat_client, nexus, django_capture_on_commit_callbacks
):
    MemberContact.objects.create(member=nexus.seoul, name="A", email="a@seoul.example")
    MemberContact.objects.create(member=nexus.abuja, name="B", email="b@abuja.example")
    assert f"{CODES}issue-to-all/" in secretariat_client.get(CODES).text
    # First the page says what will leave, and nothing does yet.
    confirmation = secretariat_client.get(f"{CODES}issue-to-all/").text
    assert "Access codes will be e-mailed to 2 contacts of 2 active members." in confirmation
    assert not AccessCode.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        response = secretariat_client.post(f"{CODES}issue-to-all/")
    assert response["Location"] == CODES
    assert sorted(code.email for code in AccessCode.objects.all()) == [
        "a@seoul.example",
        "b@abuja.example",
    ]
    with django_capture_on_commit_callbacks(execute=True):
        secretariat_client.post(f"{CODES}issue-to-all/")
    assert AccessCode.objects.count() == 2
    assert len(mail.outbox) == 2
    listing = secretariat_client.get(CODES).text
    assert "0 access codes sent. 0 active members have no contact yet." in listing
    assert "Issue and e-mail the codes" not in secretariat_client.get(f"{CODES}issue-to-all/").text


def test_codes_show_their_dates_and_times_in_seoul(secretariat_client, nexus):
    access_code = AccessCodeFactory(
        member=nexus.abuja,
        expires_at=datetime.datetime(2026, 12, 31, 15, 30, tzinfo=datetime.UTC),
    )
    assert "1 January 2027" in secretariat_client.get(CODES).text  # 00:30 in Seoul
    inspected = secretariat_client.get(f"{CODES}inspect/{access_code.pk}/").text
    assert "1 January 2027, 00:30" in inspected
    # Not redeemed: a dash, rather than "None".
    assert re.search(r"<dt>Redeemed by</dt>\s*<dd>\s*—\s*</dd>", inspected)


def test_the_security_log_reads_as_text(secretariat_client, nexus):
    event = SecurityEventFactory(kind="code_issued", details={"member": "Seoul", "to": "a@b.c"})
    assert "member: Seoul; to: a@b.c" in secretariat_client.get(SECURITY).text
    assert (
        "member: Seoul; to: a@b.c" in secretariat_client.get(f"{SECURITY}inspect/{event.pk}/").text
    )


def test_a_code_is_revoked_and_never_edited(secretariat_client, nexus):
    access_code = AccessCodeFactory(member=nexus.abuja)
    assert f"{CODES}revoke/{access_code.pk}/" in secretariat_client.get(CODES).text
    secretariat_client.post(f"{CODES}revoke/{access_code.pk}/")
    access_code.refresh_from_db()
    assert access_code.state == "revoked"
    assert SecurityEvent.objects.filter(kind="code_revoked").exists()
    assert f"{CODES}revoke/{access_code.pk}/" not in secretariat_client.get(CODES).text
    for address in (f"{CODES}edit/{access_code.pk}/", f"{CODES}delete/{access_code.pk}/"):
        assert secretariat_client.get(address).status_code in (302, 403)
        assert secretariat_client.post(address).status_code in (302, 403)
    assert AccessCode.objects.filter(pk=access_code.pk).exists()


def test_nobody_edits_or_deletes_an_issued_code_not_even_a_superuser(client, nexus, admin_user):
    access_code = AccessCodeFactory(member=nexus.abuja)
    client.force_login(admin_user, backend="extranet.core.auth.NexusAuthenticationBackend")
    assert client.get(f"{CODES}inspect/{access_code.pk}/").status_code == 200
    for address in (f"{CODES}edit/{access_code.pk}/", f"{CODES}delete/{access_code.pk}/"):
        assert client.get(address).status_code in (302, 403)
        assert client.post(address, {"email": "changed@example.org"}).status_code in (302, 403)
    access_code.refresh_from_db()
    assert access_code.email != "changed@example.org"
    assert AccessCode.objects.filter(pk=access_code.pk).exists()


def test_a_wrong_issue_form_is_explained(secretariat_client, nexus):
    response = secretariat_client.post(f"{CODES}new/", {"member": "99999", "email": "nope"})
    assert response.status_code == 200
    assert "Enter a valid email address." in response.text
    assert "Select a valid choice." in response.text
    assert not AccessCode.objects.exists()


def test_the_security_log_is_for_the_secretariat_only(secretariat_client, client, nexus):
    SecurityEventFactory(email="someone@example.org")
    SecurityEventFactory(kind="signed_in", email="other@example.org")
    html = secretariat_client.get(f"{SECURITY}?kind=sign_in_failed").text
    assert "someone@example.org" in html
    assert "other@example.org" not in html
    searched = secretariat_client.get(f"{SECURITY}?q=other@").text
    assert "other@example.org" in searched
    assert "someone@example.org" not in searched
    client.force_login(nexus.admin.user, backend="extranet.core.auth.NexusAuthenticationBackend")
    assert client.get(SECURITY).status_code in (302, 403)
    assert client.get(CODES).status_code in (302, 403)
    assert client.post(f"{CODES}new/", {"member": nexus.seoul.pk}).status_code in (302, 403)


@pytest.mark.parametrize("who", ["secretariat", "superuser"])
def test_nobody_edits_or_deletes_the_security_log(client, nexus, admin_user, who):
    event = SecurityEventFactory()
    user = nexus.secretariat.user if who == "secretariat" else admin_user
    client.force_login(user, backend="extranet.core.auth.NexusAuthenticationBackend")
    assert client.get(SECURITY).status_code == 200
    assert client.get(f"{SECURITY}inspect/{event.pk}/").status_code == 200
    listing = client.get(SECURITY).text
    assert f"{SECURITY}edit/" not in listing
    assert f"{SECURITY}delete/" not in listing
    for address in (
        f"{SECURITY}new/",
        f"{SECURITY}edit/{event.pk}/",
        f"{SECURITY}delete/{event.pk}/",
    ):
        assert client.get(address).status_code in (302, 403)
        assert client.post(address, {"kind": "signed_in"}).status_code in (302, 403)
    event.refresh_from_db()
    assert event.kind == "sign_in_failed"
