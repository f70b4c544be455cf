import datetime
import json

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from extranet.core.models import EmailFrequency, Notification, Profile, Role, SecurityEvent
from extranet.core.services import notify
from tests.extranet.factories import PASSWORD

pytestmark = pytest.mark.django_db


def test_notifications_show_with_an_unread_count_and_are_marked_read(as_role, nexus):
    notify(nexus.user.user, "role_changed", url="/en/nexus/", role="Member user")
    client = as_role("user")
    html = client.get("/en/nexus/").text
    assert "1 unread" in html
    assert "Your role in Nexus is now: Member user." in html
    client.post("/en/nexus/notifications/")
    assert "1 unread" not in client.get("/en/nexus/").text


def test_notifications_are_emailed_as_each_person_prefers(
    nexus, django_capture_on_commit_callbacks
):
    nexus.user.email_frequency = EmailFrequency.IMMEDIATELY
    nexus.user.save()
    nexus.admin.email_frequency = EmailFrequency.DAILY
    nexus.admin.save()
    nexus.other_admin.email_frequency = EmailFrequency.NEVER
    nexus.other_admin.save()
    with django_capture_on_commit_callbacks(execute=True):
        for profile in (nexus.user, nexus.admin, nexus.other_admin):
            notify(profile.user, "role_changed", role="Member user")
        assert not mail.outbox  # nothing leaves before the notifications are committed

    assert [message.to for message in mail.outbox] == [[nexus.user.user.email]]

    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_notification_digests", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert [message.to for message in mail.outbox][1:] == [[nexus.admin.user.email]]
    assert (
        Notification.objects.filter(
            recipient=nexus.other_admin.user, emailed_at__isnull=True
        ).count()
        == 1
    )
    # A second run sends nothing new.
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_notification_digests", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(mail.outbox) == 2


def test_notification_emails_are_in_the_recipients_language(
    nexus, django_capture_on_commit_callbacks
):
    nexus.user.preferred_language = "ko"
    nexus.user.save()
    with django_capture_on_commit_callbacks(execute=True):
        notify(nexus.user.user, "role_changed", role=Role.MEMBER_USER)
    assert (
        mail.outbox[-1].subject
        == "WeGO Nexus: Nexus에서 회원님의 역할이 변경되었습니다: 회원 사용자."
    )


def test_a_notification_never_sends_anyone_elsewhere(as_role, nexus):
    notification = notify(nexus.user.user, "role_changed", url="https://evil.example/", role="x")
    response = as_role("user").get(f"/en/nexus/notifications/{notification.pk}/")
    assert response["Location"] == "/en/nexus/notifications/"


def test_the_members_profile_of_an_organisation(as_role, nexus):
    admin = as_role("admin")
    response = admin.post(
        "/en/nexus/my-organisation/",
        {
            "save_members": "1",
            "members-members_description": "Looking for partners in open data.",
            "members-priorities": "open data, smart parking",
            "members-contact_people": [nexus.user.pk],
        },
    )
    assert response.status_code == 302
    html = as_role("other_admin").get("/en/nexus/organisations/seoul/").text
    assert "Looking for partners in open data." in html
    assert "smart parking" in html
    # Contact people come only from the organisation's own people.
    admin = as_role("admin")
    bad = admin.post(
        "/en/nexus/my-organisation/",
        {
            "save_members": "1",
            "members-members_description": "x",
            "members-contact_people": [nexus.other_admin.pk],
        },
    )
    assert "Select a valid choice." in bad.text


def test_an_administrator_changes_a_colleagues_role_which_is_logged_and_notified(as_role, nexus):
    as_role("admin").post(
        f"/en/nexus/my-organisation/people/{nexus.user.pk}/role/", {"role": "member_admin"}
    )
    assert Profile.objects.get(pk=nexus.user.pk).role == "member_admin"
    assert nexus.user.user.nexus_notifications.filter(kind="role_changed").exists()
    assert SecurityEvent.objects.filter(kind="role_changed", user=nexus.user.user).exists()


def test_people_download_their_data(as_role, nexus):
    nexus.user.expertise.add("open data")
    notify(nexus.user.user, "role_changed", role="Member user")
    response = as_role("user").get("/en/nexus/account/data/")
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="my-nexus-data.json"'
    data = json.loads(response.content)
    assert data["profile"]["name"] == nexus.user.name
    assert data["profile"]["organisation"] == "Seoul"
    assert data["profile"]["expertise"] == ["open data"]
    assert data["notifications"][0]["message"] == "Your role in Nexus is now: Member user."
    assert data["security_events"]


def test_closing_an_account_removes_the_person_and_leaves_a_former_member(as_role, nexus):
    client = as_role("user")
    wrong = client.post("/en/nexus/account/close/", {"password": "not mine"})
    assert "That is not your password." in wrong.text
    response = client.post("/en/nexus/account/close/", {"password": PASSWORD})
    assert response.status_code == 302

    profile = Profile.objects.get(pk=nexus.user.pk)
    assert profile.display_name == "Former member"
    assert (profile.name, profile.contact_email, profile.phone) == ("", "", "")
    assert not profile.user.is_active
    assert "@invalid" in profile.user.email
    assert client.get("/en/nexus/").status_code == 302
    admin_view = as_role("admin").get("/en/nexus/people/").text
    assert "Seoul colleague" not in admin_view


def test_an_email_the_mail_server_refused_goes_with_the_next_digest(
    nexus, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", 9  # nobody listens
    with django_capture_on_commit_callbacks(execute=True):
        notification = notify(nexus.user.user, "role_changed", role="Member user")
    notification.refresh_from_db()
    assert notification.emailed_at is None

    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_notification_digests", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert not mail.outbox  # the first try is recent: it may still be on its way

    Notification.objects.filter(pk=notification.pk).update(
        created_at=timezone.now() - datetime.timedelta(hours=2)
    )
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_notification_digests", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert [message.to for message in mail.outbox] == [[nexus.user.user.email]]


def test_a_line_break_in_what_people_typed_never_stops_a_notification_email(
    nexus, django_capture_on_commit_callbacks
):
    """A rejection note of two lines goes in the subject of the e-mail: it arrives, on one line."""
    nexus.admin.email_frequency = EmailFrequency.IMMEDIATELY
    nexus.admin.save()
    with django_capture_on_commit_callbacks(execute=True):
        notify(
            nexus.admin.user,
            "profile_rejected",
            member="Seoul",
            note="The logo is blurred.\r\nPlease send a larger one." + " Thanks." * 60,
        )
    subject = mail.outbox[-1].subject
    assert subject.startswith(
        "WeGO Nexus: The secretariat did not publish the proposed profile of Seoul: "
        "The logo is blurred. Please send a larger one. Thanks."
    )
    assert len(subject) <= 200
    assert subject.endswith("…")
    assert "Please send a larger one." in mail.outbox[-1].body


def test_one_notification_with_a_line_break_does_not_stop_the_daily_digests(
    nexus, django_capture_on_commit_callbacks
):
    for profile in (nexus.admin, nexus.user, nexus.other_admin):
        profile.email_frequency = EmailFrequency.DAILY
        profile.save()
    notify(nexus.admin.user, "invitation_accepted", name="Min-jun\nPark", member="Seoul")
    notify(nexus.user.user, "role_changed", role="Member user")
    notify(nexus.other_admin.user, "invitation_accepted", name="Chidi\r\nOkafor", member="Abuja")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_notification_digests", stdout=open("/dev/null", "w"))  # noqa: SIM115
    by_recipient = {message.to[0]: message.subject for message in mail.outbox}
    assert by_recipient == {
        nexus.admin.user.email: "WeGO Nexus: Min-jun Park accepted the invitation and joined Seoul in Nexus.",
        nexus.user.user.email: "WeGO Nexus: Your role in Nexus is now: Member user.",
        nexus.other_admin.user.email: "WeGO Nexus: Chidi Okafor accepted the invitation and joined Abuja in Nexus.",
    }
    assert not Notification.objects.filter(emailed_at__isnull=True).exists()
