import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.contrib.auth.models import Group, Permission
from django.test import Client

from extranet.core.models import SecurityEvent
from tests.extranet.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def sign_in(client, email, password=PASSWORD):
    return client.post("/en/accounts/login/", {"login": email, "password": password})


def test_members_sign_in_with_their_email_and_land_in_nexus(client, nexus):
    response = sign_in(client, nexus.user.user.email)
    assert response.status_code == 302
    assert response["Location"] == "/en/nexus/"
    assert SecurityEvent.objects.filter(kind="signed_in", user=nexus.user.user).exists()


def test_an_unverified_address_cannot_sign_in(client, nexus):
    from allauth.account.models import EmailAddress

    EmailAddress.objects.filter(user=nexus.user.user).update(verified=False)
    response = sign_in(client, nexus.user.user.email)
    assert "/accounts/confirm-email/" in response["Location"]
    assert client.get("/en/nexus/").status_code == 302


def test_repeated_failures_lock_the_address_and_are_logged(client, nexus, settings):
    email = nexus.user.user.email
    for _attempt in range(settings.NEXUS_LOCKOUT_ATTEMPTS):
        response = sign_in(client, email, "wrong password")
        assert response.status_code == 200
    assert (
        SecurityEvent.objects.filter(kind="sign_in_failed", email=email).count()
        == settings.NEXUS_LOCKOUT_ATTEMPTS
    )
    assert SecurityEvent.objects.filter(kind="locked_out", email=email).count() == 1
    # Now even the right password is refused for a while.
    response = sign_in(client, email)
    assert response.status_code in (200, 429)
    assert client.get("/en/nexus/").status_code == 302


def test_deactivating_an_organisation_locks_its_people_out_at_once(client, as_role, nexus):
    client = as_role("user")
    assert client.get("/en/nexus/").status_code == 200
    nexus.seoul.active = False
    nexus.seoul.save()

    response = client.get("/en/nexus/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    # Signing in again is refused, and logged, while the organisation is inactive.
    again = Client()
    response = sign_in(again, nexus.user.user.email)
    assert response["Location"] == "/en/accounts/inactive/"
    assert again.get("/en/nexus/").status_code == 302
    assert SecurityEvent.objects.filter(
        kind="sign_in_refused", email=nexus.user.user.email
    ).exists()


def test_changing_the_password_ends_every_session(client, nexus):
    other_device = Client()
    other_device.force_login(
        nexus.user.user, backend="extranet.core.auth.NexusAuthenticationBackend"
    )
    client.force_login(nexus.user.user, backend="extranet.core.auth.NexusAuthenticationBackend")
    response = client.post(
        "/en/accounts/password/change/",
        {
            "oldpassword": PASSWORD,
            "password1": "a brand new passphrase 99",
            "password2": "a brand new passphrase 99",
        },
    )
    assert response.status_code == 302
    assert client.get("/en/nexus/").status_code == 302
    assert other_device.get("/en/nexus/").status_code == 302
    assert SecurityEvent.objects.filter(kind="password_changed", user=nexus.user.user).exists()


def test_the_secretariat_must_set_up_two_factor_authentication(client, nexus):
    Authenticator.objects.filter(user=nexus.secretariat.user).delete()
    client.force_login(
        nexus.secretariat.user, backend="extranet.core.auth.NexusAuthenticationBackend"
    )
    for url in ("/en/nexus/", "/ko/nexus/people/", "/admin/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].endswith("/accounts/2fa/totp/activate/")
    # The public site stays open to them meanwhile.
    assert client.get("/en/").status_code == 200
    # Setting it up is allowed (after confirming the password), not sent round in circles.
    setup = client.get("/en/accounts/2fa/totp/activate/")
    assert setup.status_code == 200 or "/accounts/reauthenticate/" in setup["Location"]


def test_with_two_factor_the_secretariat_signs_in_with_a_code(client, nexus):
    response = sign_in(client, nexus.secretariat.user.email)
    assert response["Location"] == "/en/accounts/2fa/authenticate/"
    counter = next(iter(yield_hotp_counters_from_time()))
    code = format_hotp_value(hotp_value(nexus.secretariat.totp_secret, counter))
    response = client.post("/en/accounts/2fa/authenticate/", {"code": code})
    assert response.status_code == 302
    assert client.get("/en/nexus/").status_code == 200
    assert client.get("/admin/").status_code == 200


def test_members_need_no_second_factor(as_role):
    assert as_role("admin").get("/en/nexus/").status_code == 200


def test_there_is_no_open_sign_up(client):
    response = client.get("/en/accounts/signup/")
    assert response.status_code == 200
    assert "Sign Up Closed" in response.text or "closed" in response.text.lower()


def admin_groups():
    return list(
        Group.objects.filter(permissions__codename="access_admin").values_list("name", flat=True)
    )


@pytest.mark.parametrize("account", ["superuser", "own permission", "each group"])
def test_every_account_that_can_use_the_admin_must_set_up_two_factor_authentication(
    client, site_tree, account
):
    if account == "each group":
        groups = admin_groups()
        # The groups of a fresh site (editors, reviewers, the secretariat): Wagtail's user
        # forms put people in them without ever setting is_staff.
        assert {"Communications editors", "Communications reviewers", "Secretariat"} <= set(groups)
        users = [UserFactory() for _name in groups]
        for user, name in zip(users, groups, strict=True):
            user.groups.add(Group.objects.get(name=name))
    else:
        user = UserFactory(is_superuser=account == "superuser")
        if account == "own permission":
            user.user_permissions.add(Permission.objects.get(codename="access_admin"))
        users = [user]

    for user in users:
        client.force_login(user, backend="extranet.core.auth.NexusAuthenticationBackend")
        for url in ("/admin/", "/admin/pages/", "/en/nexus/"):
            response = client.get(url)
            assert response.status_code == 302, (user.groups.first(), url)
            assert response["Location"].endswith("/accounts/2fa/totp/activate/")
        TOTP.activate(user, generate_totp_secret())
        assert client.get("/admin/").status_code == 200
        assert Authenticator.objects.filter(user=user).exists()


# Behind the site's own proxy: it connects from PROXY and appends the address it was reached from
# to whatever X-Forwarded-For the client sent.
PROXY = "10.0.0.2"


def through_proxy(address, forwarded_by_client=""):
    header = f"{forwarded_by_client}, {address}" if forwarded_by_client else address
    return Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=header)


def test_behind_a_proxy_failures_from_one_client_lock_out_only_that_client(nexus, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    attacker = through_proxy("203.0.113.7")
    for attempt in range(12):
        sign_in(attacker, f"guess{attempt}@example.org", "wrong password")
    sign_in(attacker, nexus.user.user.email)
    assert attacker.get("/en/nexus/").status_code == 302  # refused: too many failures
    colleague = through_proxy("198.51.100.20")
    assert sign_in(colleague, nexus.user.user.email).status_code == 302
    assert colleague.get("/en/nexus/").status_code == 200


def test_what_a_client_writes_in_forwarded_for_neither_escapes_limits_nor_enters_the_log(
    site_tree, settings
):
    settings.TRUSTED_PROXY_COUNT = 1
    for attempt in range(settings.NEXUS_CODE_ATTEMPTS_PER_HOUR):
        forged = f"192.0.2.{attempt}"
        through_proxy("203.0.113.7", forged).get(f"/en/accounts/join/WRONG-{attempt:04d}/")
    response = through_proxy("203.0.113.7", "192.0.2.200").get("/en/accounts/join/WRONG-9999/")
    assert response.status_code == 429
    logged = SecurityEvent.objects.filter(kind="code_rejected").values_list("ip_address", flat=True)
    assert set(logged) == {"203.0.113.7"}
    # Something that is no address at all is logged as unknown, never an error.
    garbage = Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="<script>, not-an-address")
    assert garbage.get("/en/accounts/join/WRONG-0000/").status_code == 404
    assert SecurityEvent.objects.filter(kind="code_rejected", ip_address=None).exists()
