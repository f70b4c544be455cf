"""Fault: the mail server is down. Every request that sends mail still succeeds with its usual
message and commits its change; the mail waits in the task queue, its failed attempts on
record, and leaves once the server is back. Real components: the database queue, the task
worker of django-tasks-db, Django's SMTP backend aimed at a port where nothing listens."""

import datetime
import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.mail import send_mail
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from extranet.core.models import AccessCode, Profile, SecurityEvent
from extranet.core.services import create_access_code
from extranet.profile_changes.models import ChangeStatus, PublicProfileChange
from foundation.tasks import RETRY_DELAYS
from members.models import Member
from tests.extranet.factories import PASSWORD, png_bytes
from tests.faults.conftest import retries_due, run_worker, unused_port

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

MAIL_TASKS = (
    "foundation.mail.deliver_queued_email",
    "extranet.core.notifications.email_notifications",
)


@pytest.fixture
def mail_server_down(settings, tmp_path, database_queue):
    """The production set-up (a database queue, SMTP delivery), with no mail server."""
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", unused_port(), 5
    settings.MEDIA_ROOT = str(tmp_path)

    def back():
        """The server answers again, and the retries' time has come."""
        settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
        retries_due()
        run_worker()

    return back


def mail_attempts():
    return DBTaskResult.objects.filter(task_path__in=MAIL_TASKS)


def assert_mail_failed_and_waits():
    """Each attempt so far failed on the closed port, and another one of each is due later."""
    failed = mail_attempts().filter(status="FAILED")
    assert failed.exists()
    assert {attempt.exception_class_path for attempt in failed} == {
        "builtins.ConnectionRefusedError"
    }
    retries = mail_attempts().filter(status="READY")
    assert retries.exists()
    assert all(retry.run_after > timezone.now() for retry in retries)
    assert not mail.outbox


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def propose_logo(as_role):
    logo = SimpleUploadedFile("logo.png", png_bytes((120, 60)), "image/png")
    as_role("admin").post(
        "/en/nexus/my-organisation/",
        {"propose_public": "1", "public-description": "Smart mobility.", "public-logo": logo},
    )
    return PublicProfileChange.objects.get()


def test_approving_a_proposed_logo(as_role, nexus, mail_server_down, settings):
    change = propose_logo(as_role)
    run_worker()  # the secretariat's notification: its e-mail fails too
    mail_attempts().delete()

    response = as_role("secretariat").post(
        f"/en/nexus/secretariat/profile-changes/{change.pk}/", {"approve": "1"}, follow=True
    )

    assert response.status_code == 200
    assert messages_of(response) == ["Published on the public member page."]
    change.refresh_from_db()
    assert change.status == ChangeStatus.APPROVED
    logo = Member.objects.get(pk=nexus.seoul.pk).logo
    assert (logo.width, logo.height) == (120, 60)
    run_worker()
    assert_mail_failed_and_waits()

    mail_server_down()
    assert [message.to for message in mail.outbox] == [[nexus.admin.user.email]]


def test_rejecting_a_proposed_logo(as_role, nexus, mail_server_down, tmp_path):
    change = propose_logo(as_role)
    proposed_file = tmp_path / change.logo.name
    run_worker()
    mail_attempts().delete()

    response = as_role("secretariat").post(
        f"/en/nexus/secretariat/profile-changes/{change.pk}/",
        {"reject": "1", "note": "A white background, please."},
        follow=True,
    )

    assert messages_of(response) == ["The member is told the change was not published."]
    change.refresh_from_db()
    assert (change.status, change.logo.name) == (ChangeStatus.REJECTED, "")
    assert not proposed_file.exists()
    run_worker()
    assert_mail_failed_and_waits()

    mail_server_down()
    assert [message.to for message in mail.outbox] == [[nexus.admin.user.email]]
    assert "A white background, please." in mail.outbox[0].body


def test_changing_a_colleagues_role(as_role, nexus, mail_server_down):
    response = as_role("admin").post(
        f"/en/nexus/my-organisation/people/{nexus.user.pk}/role/",
        {"role": "member_admin"},
        follow=True,
    )

    assert response.status_code == 200
    assert messages_of(response) == ["Seoul colleague's role is changed."]
    assert Profile.objects.get(pk=nexus.user.pk).role == "member_admin"
    assert SecurityEvent.objects.filter(kind="role_changed", user=nexus.user.user).exists()
    run_worker()
    assert_mail_failed_and_waits()

    mail_server_down()
    assert [message.to for message in mail.outbox] == [[nexus.user.user.email]]


def test_inviting_a_colleague(as_role, nexus, mail_server_down, client):
    response = as_role("admin").post(
        "/en/nexus/my-organisation/invite/",
        {"email": "colleague@seoul.example", "role": "member_user"},
        follow=True,
    )

    assert response.status_code == 200
    assert messages_of(response) == ["The invitation is on its way to colleague@seoul.example."]
    assert AccessCode.objects.filter(email="colleague@seoul.example").exists()
    run_worker()
    assert_mail_failed_and_waits()

    mail_server_down()
    (invitation,) = mail.outbox
    assert invitation.to == ["colleague@seoul.example"]
    link = re.search(r"https?://[^/\s]+(/\S+/accounts/join/\S+/)", invitation.body).group(1)
    client.logout()
    assert client.get(link).status_code == 200  # the code in the late mail works


def test_joining_with_another_address(client, nexus, mail_server_down):
    access_code, code = create_access_code(nexus.seoul, "contact@seoul.example", issued_by=None)

    response = client.post(
        f"/en/accounts/join/{code}/",
        {
            "email": "min-jun@seoul.example",
            "name": "Min-jun Park",
            "password1": "a long and unusual password 7",
            "password2": "a long and unusual password 7",
        },
    )

    assert response.status_code == 200
    assert "min-jun@seoul.example" in response.text  # "confirm your address" page
    assert Profile.objects.filter(user__email="min-jun@seoul.example").exists()
    access_code.refresh_from_db()
    assert access_code.state == "redeemed"
    run_worker()
    assert_mail_failed_and_waits()

    mail_server_down()
    recipients = sorted(message.to for message in mail.outbox)
    # The address to confirm, and the administrator told that the invitation was accepted.
    assert recipients == sorted([["min-jun@seoul.example"], [nexus.admin.user.email]])


def test_asking_for_a_password_reset(client, nexus, mail_server_down):
    response = client.post(
        "/en/accounts/password/reset/", {"email": nexus.user.user.email}, follow=True
    )

    assert response.status_code == 200
    assert "We have sent you an email" in response.text
    run_worker()
    assert_mail_failed_and_waits()

    mail_server_down()
    (reset,) = mail.outbox
    link = re.search(r"https?://[^/\s]+(/\S+/password/reset/key/\S+/)", reset.body).group(1)
    form = client.get(link, follow=True)
    assert form.status_code == 200
    changed = client.post(
        form.redirect_chain[-1][0] if form.redirect_chain else link,
        {"password1": "a brand new password 8", "password2": "a brand new password 8"},
    )
    assert changed.status_code == 302
    assert client.login(email=nexus.user.user.email, password="a brand new password 8")
    assert not client.login(email=nexus.user.user.email, password=PASSWORD)


def test_mail_is_tried_a_bounded_number_of_times_waiting_longer_each_time(mail_server_down, caplog):
    send_mail("Your access code", "A link.", None, ["ict@abuja.example"])
    waits = []
    for _attempt in range(len(RETRY_DELAYS) + 1):
        run_worker()
        for retry in DBTaskResult.objects.filter(status="READY"):
            waits.append(retry.run_after - timezone.now())
            DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())

    assert len(waits) == len(RETRY_DELAYS)
    assert waits == sorted(waits)
    assert waits[0] > datetime.timedelta(seconds=30)
    assert waits[-1] > datetime.timedelta(hours=6)
    statuses = DBTaskResult.objects.values_list("status", flat=True)
    assert list(statuses) == ["FAILED"] * (len(RETRY_DELAYS) + 1)  # the last one stays failed
    assert "deliver_queued_email failed 6 times; it is not tried again." in caplog.text
