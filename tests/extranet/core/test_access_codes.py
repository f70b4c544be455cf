import re

import pytest
from django.core import mail

from extranet.core.models import AccessCode, Profile, Role, SecurityEvent
from extranet.core.services import CodeAlreadyUsed, create_access_code, create_account
from tests.extranet.factories import AccessCodeFactory
from tests.members.factories import MemberFactory

pytestmark = pytest.mark.django_db

JOIN = {
    "name": "Min-jun Park",
    "password1": "a long and unusual password 7",
    "password2": "a long and unusual password 7",
}


def link_in(message):
    return re.search(r"https?://testserver(/\S+/accounts/join/\S+/)", message.body).group(1)


@pytest.fixture
def member(site_tree):
    return MemberFactory(name="Kampala", slug="kampala", country="UG", region="africa")


def issue(member, email="contact@kampala.example", **kwargs):
    return create_access_code(member, email, issued_by=None, **kwargs)


def test_a_code_creates_an_account_for_its_organisation_and_the_first_one_runs_it(client, member):
    access_code, code = issue(member)
    response = client.post(
        f"/en/accounts/join/{code}/", {**JOIN, "email": "contact@kampala.example"}
    )

    assert response.status_code == 302
    assert response["Location"] == "/en/nexus/profile/"
    profile = Profile.objects.get(user__email="contact@kampala.example")
    assert (profile.member, profile.role, profile.name) == (
        member,
        Role.MEMBER_ADMIN,
        "Min-jun Park",
    )
    access_code.refresh_from_db()
    assert access_code.state == "redeemed"
    assert SecurityEvent.objects.filter(kind="code_redeemed", user=profile.user).exists()
    # Signed in at once: the invitation reached this address.
    assert client.get("/en/nexus/").status_code == 200


def test_the_next_accounts_are_member_users_unless_said_otherwise(client, member):
    _first, code = issue(member, "first@kampala.example")
    client.post(f"/en/accounts/join/{code}/", {**JOIN, "email": "first@kampala.example"})
    client.logout()
    assert issue(member, "second@kampala.example")[0].role == Role.MEMBER_USER
    assert (
        issue(member, "third@kampala.example", role=Role.MEMBER_ADMIN)[0].role == Role.MEMBER_ADMIN
    )


def test_another_address_must_be_confirmed_first(
    client, member, django_capture_on_commit_callbacks
):
    _access_code, code = issue(member)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/en/accounts/join/{code}/", {**JOIN, "email": "personal@elsewhere.example"}
        )
    assert "We sent a confirmation link to personal@elsewhere.example" in response.text
    assert client.get("/en/nexus/").status_code == 302  # not signed in
    assert "personal@elsewhere.example" in mail.outbox[-1].to


@pytest.mark.parametrize(
    ("state", "status", "message"),
    [
        ({"redeemed": True}, 410, "already used"),
        ({"revoked": True}, 410, "was revoked"),
        ({"expired": True}, 410, "has expired"),
        ({"member__active": False}, 410, "access to Nexus is suspended"),
    ],
)
def test_a_spoilt_code_is_refused_clearly_and_creates_nothing(
    client, site_tree, state, status, message
):
    access_code = AccessCodeFactory(**state)
    accounts = Profile.objects.count()

    for method in ("get", "post"):
        response = getattr(client, method)(
            f"/en/accounts/join/{access_code.code}/", {**JOIN, "email": "x@example.org"}
        )
        assert response.status_code == status
        assert message in response.text
    assert Profile.objects.count() == accounts
    assert SecurityEvent.objects.filter(kind="code_rejected").count() == 2


@pytest.mark.parametrize(
    "code",
    [
        "AAAA-BBBB-CCCC",
        "' OR 1=1 --",
        "<script>alert(1)</script>",
        "..%2F..%2Fetc%2Fpasswd",
        "x" * 300,
    ],
)
def test_an_unknown_code_is_not_found(client, member, code):
    response = client.get(f"/en/accounts/join/{code}/")
    assert response.status_code in (404,)
    assert "<script>alert(1)</script>" not in response.text


def test_guessing_codes_is_throttled(client, member, settings):
    _access_code, good_code = issue(member)
    for attempt in range(settings.NEXUS_CODE_ATTEMPTS_PER_HOUR):
        assert client.get(f"/en/accounts/join/WRONG-CODE-{attempt:04d}/").status_code == 404
    # Even the right code waits now: the address is refused for a while.
    response = client.get(f"/en/accounts/join/{good_code}/")
    assert response.status_code == 429
    assert "Too many wrong codes" in response.text


def test_only_a_hash_of_the_code_is_stored(member):
    access_code, code = issue(member)
    assert code not in access_code.code_hash
    assert AccessCode.for_code(code.lower().replace("-", " ")) == access_code


def test_a_code_cannot_be_redeemed_twice_even_by_two_people_at_once(client, member):
    access_code, _code = issue(member)
    create_account(access_code, {**JOIN, "email": "one@example.org"})
    with pytest.raises(CodeAlreadyUsed):
        create_account(access_code, {**JOIN, "email": "two@example.org"})


def test_joining_with_an_address_that_has_an_account_says_nothing_of_it(
    client, member, nexus, django_capture_on_commit_callbacks
):
    access_code, code = issue(member)
    existing = nexus.user.user.email
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/en/accounts/join/{code}/", {**JOIN, "email": existing})
        new_address = client.post(
            f"/en/accounts/join/{issue(member, 'x@kampala.example')[1]}/",
            {**JOIN, "email": "nobody.yet@kampala.example"},
        )
    # The same answer as for an address nobody has yet.
    assert response.status_code == new_address.status_code == 200
    for answer in (response, new_address):
        assert "extranet/core/join_confirm_email.html" in [t.name for t in answer.templates]
    assert "already" not in response.text
    assert not Profile.objects.filter(member=member, user__email=existing).exists()
    access_code.refresh_from_db()
    assert access_code.state == "usable"
    # The account's holder is told, and how to sign in.
    told = [message for message in mail.outbox if message.to == [existing]]
    assert [message.subject for message in told] == ["Your WeGO Nexus account"]
    assert "has a Nexus account already" in told[0].body
    assert "/en/accounts/login/" in told[0].body


def test_the_holder_is_told_in_the_language_they_chose(
    as_role, nexus, django_capture_on_commit_callbacks
):
    holder = nexus.other_admin
    holder.preferred_language = "ko"
    holder.save()
    with django_capture_on_commit_callbacks(execute=True):
        as_role("admin").post(
            "/en/nexus/my-organisation/invite/",
            {"email": holder.user.email, "role": "member_user"},
        )
    [told] = [message for message in mail.outbox if message.to == [holder.user.email]]
    assert told.subject == "회원님의 WeGO Nexus 계정"
    assert "/ko/accounts/login/" in told.body


def test_sending_the_join_form_over_and_over_is_throttled(client, member, settings):
    _access_code, code = issue(member)
    mismatched = {**JOIN, "email": "contact@kampala.example", "password2": "not the same 1"}
    for _attempt in range(settings.NEXUS_JOIN_SUBMISSIONS_PER_HOUR):
        assert client.post(f"/en/accounts/join/{code}/", mismatched).status_code == 200
    response = client.post(f"/en/accounts/join/{code}/", {**JOIN, "email": "a@kampala.example"})
    assert response.status_code == 429
    assert "sent too many times" in response.text
    assert not Profile.objects.filter(member=member).exists()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"password2": "something else entirely 8"}, "The two passwords differ."),
        ({"password1": "short", "password2": "short"}, "This password is too short."),
        ({"name": ""}, "This field is required."),
        ({"email": "not-an-address"}, "Enter a valid email address."),
    ],
)
def test_join_form_errors_are_explained(client, member, fields, message):
    _access_code, code = issue(member)
    response = client.post(
        f"/en/accounts/join/{code}/", {**JOIN, "email": "contact@kampala.example", **fields}
    )
    assert response.status_code == 200
    assert message in response.text
    assert not Profile.objects.filter(member=member).exists()


def test_a_member_administrator_invites_a_colleague_who_joins(
    client, as_role, nexus, django_capture_on_commit_callbacks
):
    admin_client = as_role("admin")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            "/en/nexus/my-organisation/invite/",
            {"email": "Colleague@Seoul.example", "role": "member_user"},
        )
        assert not mail.outbox  # the invitation leaves once the code is committed
    assert response.status_code == 302
    invitation = mail.outbox[-1]
    assert invitation.to == ["colleague@seoul.example"]
    assert "Seoul" in invitation.subject

    admin_client.logout()
    joined = client.post(link_in(invitation), {**JOIN, "email": "colleague@seoul.example"})
    assert joined.status_code == 302
    new = Profile.objects.get(user__email="colleague@seoul.example")
    assert (new.member, new.role) == (nexus.seoul, Role.MEMBER_USER)
    # The administrator is told.
    assert nexus.admin.user.nexus_notifications.filter(kind="invitation_accepted").exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"email": "", "role": "member_user"}, "This field is required."),
        ({"email": "someone@example.org", "role": "secretariat"}, "Select a valid choice."),
        ({"email": "<script>@x", "role": "member_user"}, "Enter a valid email address."),
    ],
)
def test_invitation_errors_are_explained(
    as_role, data, message, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = as_role("admin").post("/en/nexus/my-organisation/invite/", data)
    assert response.status_code == 200
    assert message in response.text
    assert not mail.outbox


def test_inviting_ones_own_address_is_refused(as_role, nexus, django_capture_on_commit_callbacks):
    own = nexus.admin.user.email.upper()
    with django_capture_on_commit_callbacks(execute=True):
        response = as_role("admin").post(
            "/en/nexus/my-organisation/invite/", {"email": own, "role": "member_user"}
        )
    assert "This is your own address: invite a colleague." in response.text
    assert not AccessCode.objects.exists()
    assert not mail.outbox


def test_inviting_an_address_that_has_an_account_says_nothing_of_it(
    as_role, nexus, django_capture_on_commit_callbacks
):
    admin = as_role("admin")
    existing = nexus.other_admin.user.email
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(
            "/en/nexus/my-organisation/invite/", {"email": existing, "role": "member_user"}
        )
    assert response.status_code == 302
    page = admin.get(response["Location"]).text
    assert f"The invitation is on its way to {existing}." in page
    assert nexus.seoul.access_codes.filter(email=existing).exists()
    # Its holder gets no code, but word that the address has an account.
    (told,) = mail.outbox
    assert told.to == [existing]
    assert "has a Nexus account already" in told.body
    assert "/accounts/join/" not in told.body


def test_a_mail_server_that_refuses_never_fails_the_invitation(
    as_role, nexus, settings, django_capture_on_commit_callbacks, caplog
):
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 9  # the discard port: nobody listens
    admin_client = as_role("admin")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            "/en/nexus/my-organisation/invite/",
            {"email": "colleague@seoul.example", "role": "member_user"},
        )
    assert response.status_code == 302
    assert nexus.seoul.access_codes.filter(email="colleague@seoul.example").exists()
    assert not mail.outbox
    # The operator finds the failure in the log, with what failed.
    failures = [r for r in caplog.records if r.levelname == "ERROR" and r.name == "django_tasks"]
    assert ["deliver_queued_email" in r.getMessage() for r in failures] == [True]


def test_an_address_with_an_invitation_waiting_is_not_invited_twice(as_role, nexus):
    admin = as_role("admin")
    invitation = {"email": "yuna.choi@seoul.example", "role": "member_user"}
    admin.post("/en/nexus/my-organisation/invite/", invitation)
    again = admin.post("/en/nexus/my-organisation/invite/", {**invitation, "role": "member_admin"})
    assert again.status_code == 200
    assert "An invitation to this address is waiting already" in again.text
    assert nexus.seoul.access_codes.filter(email="yuna.choi@seoul.example").count() == 1
