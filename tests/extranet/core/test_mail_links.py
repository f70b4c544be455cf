"""Links in the mail Nexus sends, from a request or from a task worker, name the site's
address (the Wagtail Site record), not the Host header of the request that caused it."""

import pytest
from django.core import mail

from extranet.core.models import EmailFrequency
from extranet.core.services import notify
from tests.addresses import OTHER_HOST, assert_all_on_site, move_site_to_public_address

pytestmark = pytest.mark.django_db


@pytest.fixture
def public_site(site_tree):
    move_site_to_public_address()
    return site_tree


def test_an_access_code_mail_names_the_site(
    as_role, nexus, public_site, django_capture_on_commit_callbacks
):
    admin = as_role("admin")
    with django_capture_on_commit_callbacks(execute=True):
        admin.post(
            "/en/nexus/my-organisation/invite/",
            {"email": "colleague@seoul.example", "role": "member_user"},
            **OTHER_HOST,
        )
    assert_all_on_site(mail.outbox[-1].body)


def test_a_notification_mail_sent_by_a_worker_names_the_site(
    nexus, public_site, django_capture_on_commit_callbacks
):
    nexus.user.email_frequency = EmailFrequency.IMMEDIATELY
    nexus.user.save()
    with django_capture_on_commit_callbacks(execute=True):
        notify(nexus.user.user, "role_changed", role="Member user")
    assert_all_on_site(mail.outbox[-1].body)


def test_a_password_reset_mail_names_the_site(
    client, nexus, public_site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/accounts/password/reset/", {"email": nexus.user.user.email}, **OTHER_HOST)
    body = mail.outbox[-1].body
    assert_all_on_site(body)
    assert "localhost" not in body
