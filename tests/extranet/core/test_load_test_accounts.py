import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from extranet.core.models import Profile

pytestmark = pytest.mark.django_db

PASSWORD = "load-run-password-9431"


def test_load_test_accounts_sign_in_with_the_given_password_and_find_notifications(nexus, settings):
    settings.DEBUG = True
    call_command("create_load_test_accounts", "3", "--password", PASSWORD)

    client = Client()
    response = client.post(
        "/en/accounts/login/", {"login": "load-member-3@example.org", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/nexus/"
    assert client.get("/en/nexus/").status_code == 200
    notifications = client.get("/en/nexus/notifications/")
    assert notifications.content.decode().count("Your role in Nexus is now: Member user.") == 3


def test_load_test_accounts_belong_to_members_and_are_not_duplicated(nexus, settings):
    settings.DEBUG = True
    call_command("create_load_test_accounts", "4", "--password", PASSWORD)
    call_command("create_load_test_accounts", "4", "--password", PASSWORD)

    accounts = Profile.objects.filter(user__email__startswith="load-member-")
    assert accounts.count() == 4
    assert {account.member for account in accounts} == {nexus.seoul, nexus.abuja}
    assert all(account.role == "member_user" for account in accounts)


def test_load_test_accounts_are_refused_in_production(nexus, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="outside production"):
        call_command("create_load_test_accounts", "2", "--password", PASSWORD)
    assert not Profile.objects.filter(user__email__startswith="load-member-").exists()
