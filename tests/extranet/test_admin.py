"""The secretariat issues access codes and reads the security log in the Wagtail admin."""

import pytest
from django.core import mail

from extranet.models import AccessCode, SecurityEvent
from members.models import MemberContact

pytestmark = pytest.mark.django_db


@pytest.fixture
def secretariat_client(client, nexus):
    from django.contrib.auth.models import Group

    nexus.secretariat.user.groups.add(Group.objects.get(name="Secretariat"))
    client.force_login(nexus.secretariat.user, backend="extranet.auth.NexusAuthenticationBackend")
    return client


def test_the_secretariat_issues_one_code_and_it_is_emailed(secretariat_client, nexus):
    response = secretariat_client.post(
        "/admin/nexus/access-codes/",
        {"action": "issue", "member": nexus.abuja.pk, "email": "ict@abuja.example", "role": ""},
    )
    assert response.status_code == 302
    code = AccessCode.objects.get(email="ict@abuja.example")
    assert code.member == nexus.abuja
    assert code.role == "member_user"  # Abuja already has an administrator
    assert mail.outbox[-1].to == ["ict@abuja.example"]
    assert "/accounts/join/" in mail.outbox[-1].body
    assert SecurityEvent.objects.filter(kind="code_issued").exists()


def test_codes_for_every_active_member_at_once_skip_those_waiting(secretariat_client, nexus):
    MemberContact.objects.create(member=nexus.seoul, name="A", email="a@seoul.example")
    MemberContact.objects.create(member=nexus.abuja, name="B", email="b@abuja.example")
    secretariat_client.post("/admin/nexus/access-codes/", {"action": "issue_all"})
    assert sorted(code.email for code in AccessCode.objects.all()) == [
        "a@seoul.example",
        "b@abuja.example",
    ]
    secretariat_client.post("/admin/nexus/access-codes/", {"action": "issue_all"})
    assert AccessCode.objects.count() == 2
    assert len(mail.outbox) == 2


def test_a_code_is_revoked(secretariat_client, nexus):
    access_code, _code = AccessCode.issue(nexus.abuja, "x@abuja.example", None)
    secretariat_client.post(
        "/admin/nexus/access-codes/", {"action": "revoke", "code": access_code.pk}
    )
    access_code.refresh_from_db()
    assert access_code.state == "revoked"


def test_a_wrong_issue_form_is_explained(secretariat_client, nexus):
    response = secretariat_client.post(
        "/admin/nexus/access-codes/", {"action": "issue", "member": "99999", "email": "nope"}
    )
    assert response.status_code == 200
    assert "Enter a valid email address." in response.text
    assert "Select a valid choice." in response.text


def test_the_security_log_is_for_the_secretariat_only(secretariat_client, client, nexus):
    SecurityEvent.objects.create(kind="sign_in_failed", email="someone@example.org")
    html = secretariat_client.get("/admin/nexus/security/?kind=sign_in_failed").text
    assert "someone@example.org" in html
    client.force_login(nexus.admin.user, backend="extranet.auth.NexusAuthenticationBackend")
    assert client.get("/admin/nexus/security/").status_code in (302, 403)
    assert client.get("/admin/nexus/access-codes/").status_code in (302, 403)
