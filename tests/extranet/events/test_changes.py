"""When an event changes or is cancelled, everyone expecting to come is told, with the address
of their updated calendar file, and that file replaces the one their calendar has (the same
UID, a higher SEQUENCE). Publishing without changing when or where tells nobody."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from extranet.core.models import Notification
from extranet.events import services
from extranet.events.models import Registration
from foundation.addresses import site_root_url
from tests.extranet.factories import AttendanceFactory, RegistrationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def attendees(nexus):
    """An online event: Seoul's colleague has a place, others wait, may come or will not."""
    registration = RegistrationFactory(online=True)
    people = {
        "going": AttendanceFactory(registration=registration, profile=nexus.user, online=True),
        "waiting": AttendanceFactory(registration=registration, online=True, waiting=True),
        "maybe": AttendanceFactory(registration=registration, online=True, maybe=True),
        "not_going": AttendanceFactory(registration=registration, online=True, not_going=True),
    }
    return registration, people


def publish(page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()


def told(kind):
    return {
        notification.recipient.nexus_profile.pk: notification
        for notification in Notification.objects.filter(kind=kind)
    }


def calendar_address(registration):
    return site_root_url() + reverse("nexus:event_calendar", args=[registration.pk])


def test_a_new_time_tells_everyone_expecting_to_come_with_their_new_calendar_file(
    attendees, as_role, nexus, django_capture_on_commit_callbacks
):
    registration, people = attendees
    page = registration.event
    page.start_time, page.end_time = datetime.time(17, 0), datetime.time(18, 0)

    publish(page, django_capture_on_commit_callbacks)

    registration.refresh_from_db()
    assert registration.sequence == 1
    notified = told("event_changed")
    expected = {people[answer].profile.pk for answer in ("going", "waiting", "maybe")}
    assert set(notified) == expected
    message = notified[nexus.user.pk].message
    assert message == (
        f"{page.title} has changed: see the new details. "
        f"Your updated calendar file: {calendar_address(registration)}"
    )
    # Each notification e-mail carries the link to the updated file.
    assert len(mail.outbox) == 3
    assert all(calendar_address(registration) in email.body for email in mail.outbox)

    text = as_role("user").get(calendar_address(registration)).content.decode()
    assert "SEQUENCE:1\r\n" in text
    assert "DTSTART:20300310T080000Z\r\n" in text  # 17:00 in Seoul


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("starts_on", datetime.date(2030, 3, 11)),
        ("online_details", "Webex"),
        ("time_zone", "Asia/Tokyo"),
    ],
)
def test_another_day_zone_or_online_access_is_a_change(
    attendees, field, value, django_capture_on_commit_callbacks
):
    registration, _people = attendees
    setattr(registration.event, field, value)
    publish(registration.event, django_capture_on_commit_callbacks)
    assert Registration.objects.get().sequence == 1
    assert len(told("event_changed")) == 3


def test_another_venue_is_a_change_for_in_person_events(nexus, django_capture_on_commit_callbacks):
    registration = RegistrationFactory()
    AttendanceFactory(registration=registration, profile=nexus.user)
    registration.event.venue = "Seoul City Hall, room 3"
    publish(registration.event, django_capture_on_commit_callbacks)
    assert set(told("event_changed")) == {nexus.user.pk}


def test_publishing_a_new_title_or_summary_tells_nobody(
    attendees, django_capture_on_commit_callbacks
):
    registration, _people = attendees
    page = registration.event
    page.title, page.summary = "Board meeting (agenda added)", "With the agenda."
    publish(page, django_capture_on_commit_callbacks)
    publish(page, django_capture_on_commit_callbacks)

    assert Registration.objects.get().sequence == 0
    assert not Notification.objects.exists()


def test_a_page_without_registration_is_published_as_before(
    site_tree, django_capture_on_commit_callbacks
):
    page = RegistrationFactory().event
    Registration.objects.all().delete()
    page.start_time = datetime.time(9, 0)
    publish(page, django_capture_on_commit_callbacks)
    assert not Notification.objects.exists()


def secretariat_request(rf, profile):
    request = rf.post("/")
    request.user, request.nexus_profile = profile.user, profile
    return request


def test_the_secretariat_cancels_an_event_and_everyone_expecting_to_come_is_told(
    attendees, as_role, nexus, rf, django_capture_on_commit_callbacks
):
    registration, people = attendees

    with django_capture_on_commit_callbacks(execute=True):
        services.cancel_event(secretariat_request(rf, nexus.secretariat), registration)

    registration.refresh_from_db()
    assert registration.cancelled_at is not None
    assert registration.sequence == 1
    notified = told("event_cancelled")
    assert set(notified) == {people[answer].profile.pk for answer in ("going", "waiting", "maybe")}
    assert notified[nexus.user.pk].message == (
        f"{registration.event.title} is cancelled. "
        f"Your updated calendar file: {calendar_address(registration)}"
    )
    member = as_role("user")
    assert "STATUS:CANCELLED\r\n" in member.get(calendar_address(registration)).text
    page = member.get(reverse("nexus:event", args=[registration.pk])).text
    assert "This event is cancelled." in page

    with pytest.raises(services.Refused, match="cancelled already"):
        services.cancel_event(secretariat_request(rf, nexus.secretariat), registration)


def test_only_the_secretariat_cancels(attendees, nexus, rf):
    registration, _people = attendees
    with pytest.raises(PermissionDenied):
        services.cancel_event(secretariat_request(rf, nexus.admin), registration)
    assert Registration.objects.get().cancelled_at is None


def test_a_cancelled_event_changed_afterwards_tells_nobody_again(
    attendees, nexus, rf, django_capture_on_commit_callbacks
):
    registration, _people = attendees
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel_event(secretariat_request(rf, nexus.secretariat), registration)
    registration.event.starts_on = datetime.date(2030, 3, 12)
    publish(registration.event, django_capture_on_commit_callbacks)
    assert not Notification.objects.filter(kind="event_changed").exists()
