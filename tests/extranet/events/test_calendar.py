"""Calendar files of Nexus events: an attendee's .ics of one event (joining details only for
people holding a place), and each member's personal feed behind a secret, revocable address
that calendar programs open without signing in."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from extranet.events import services
from extranet.events.models import AttendeeSettings
from foundation.addresses import site_root_url
from tests.events.factories import EventPageFactory
from tests.extranet.factories import (
    AttendanceFactory,
    ProfileFactory,
    RegistrationFactory,
    event_index,
)

pytestmark = pytest.mark.django_db

JOIN_URL = "https://meet.example.org/wego-board-42"
LATER = datetime.date(2030, 4, 2)


def unfolded(response):
    """The calendar's content lines, long lines joined back (RFC 5545 folding)."""
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return response.content.decode().replace("\r\n ", "").split("\r\n")


def value(lines, name):
    found = [line.split(":", 1)[1] for line in lines if line.split(":", 1)[0] == name]
    assert len(found) == 1, (name, found)
    return found[0]


def event_titled(title, **traits):
    return EventPageFactory(parent=event_index(), title=title, **traits)


def calendar_of(client, registration):
    return client.get(reverse("nexus:event_calendar", args=[registration.pk]))


def test_an_attendee_with_a_place_gets_the_event_in_utc_with_its_joining_details(as_role, nexus):
    registration = RegistrationFactory(online=True, join_instructions="Meeting ID 842 1937")
    AttendanceFactory(registration=registration, profile=nexus.user, online=True)

    response = calendar_of(as_role("user"), registration)

    lines = unfolded(response)
    assert "attachment" in response["Content-Disposition"]
    event = registration.event
    assert value(lines, "UID").startswith(f"{event.translation_key}.nexus@")
    assert value(lines, "SEQUENCE") == "0"
    assert value(lines, "DTSTAMP").endswith("Z")
    # 15:00–16:30 in Seoul (UTC+09:00).
    assert value(lines, "DTSTART") == "20300310T060000Z"
    assert value(lines, "DTEND") == "20300310T073000Z"
    assert value(lines, "SUMMARY") == event.title
    assert value(lines, "STATUS") == "CONFIRMED"
    assert value(lines, "LOCATION") == JOIN_URL
    nexus_url = f"{site_root_url()}/en/nexus/events/{registration.pk}/"
    assert value(lines, "URL") == nexus_url
    description = value(lines, "DESCRIPTION")
    assert f"Join online: {JOIN_URL}" in description
    assert "Passcode: 583 201" in description
    assert "Meeting ID 842 1937" in description
    assert f"In Nexus: {nexus_url}" in description


@pytest.mark.parametrize("answer", ["waiting", "maybe", None])
def test_without_a_place_the_file_has_no_joining_details(as_role, nexus, answer):
    registration = RegistrationFactory(online=True, join_instructions="Meeting ID 842 1937")
    if answer:
        AttendanceFactory(registration=registration, profile=nexus.user, **{answer: True})

    text = calendar_of(as_role("user"), registration).content.decode()

    assert "meet.example.org" not in text
    assert "583 201" not in text
    assert "842 1937" not in text
    # What the public page says instead.
    assert "LOCATION:Zoom\\; the link is sent after registration" in text


def test_the_secretariat_gets_the_joining_details(as_role, nexus):
    registration = RegistrationFactory(online=True)
    assert JOIN_URL in calendar_of(as_role("secretariat"), registration).content.decode()


def test_the_uid_stays_the_same_and_the_sequence_grows_when_the_event_changes(as_role, nexus, rf):
    registration = RegistrationFactory(hybrid=True)
    AttendanceFactory(registration=registration, profile=nexus.user)
    client = as_role("user")
    first = unfolded(calendar_of(client, registration))

    services.event_changed(registration)
    request = rf.post("/")
    request.user, request.nexus_profile = nexus.secretariat.user, nexus.secretariat
    services.cancel_event(request, registration)
    last = unfolded(calendar_of(client, registration))

    assert value(last, "UID") == value(first, "UID")
    assert (value(first, "SEQUENCE"), value(last, "SEQUENCE")) == ("0", "2")
    assert value(last, "STATUS") == "CANCELLED"
    assert (
        value(last, "LOCATION")
        == "Seoul Global Center\\, 9th floor\\, Seoul\\, South Korea\\, " + JOIN_URL
    )


def test_events_with_only_a_month_known_have_no_calendar_file(as_role, nexus):
    registration = RegistrationFactory(month_only=True)
    client = as_role("user")

    assert calendar_of(client, registration).status_code == 404
    page = client.get(reverse("nexus:event", args=[registration.pk])).text
    assert "A calendar file is offered once the date of the event is set." in page
    assert reverse("nexus:event_calendar", args=[registration.pk]) not in page


def test_the_event_page_links_its_calendar_file_and_the_settings(as_role, nexus):
    registration = RegistrationFactory()
    page = as_role("user").get(reverse("nexus:event", args=[registration.pk])).text
    assert f'href="{reverse("nexus:event_calendar", args=[registration.pk])}"' in page
    assert f'href="{reverse("nexus:event_settings")}"' in page


# The personal feed


def feed_address(profile):
    return reverse("nexus:event_feed", args=[services.settings_of(profile).calendar_token])


def test_the_feed_lists_the_events_held_or_waited_for_without_signing_in(client, nexus):
    going = RegistrationFactory(online=True, event=event_titled("Board meeting", online=True))
    waiting = RegistrationFactory(
        online=True, event=event_titled("Smart mobility webinar", online=True, starts_on=LATER)
    )
    maybe = RegistrationFactory(event=event_titled("General assembly"))
    not_going = RegistrationFactory(event=event_titled("Expo"))
    month_only = RegistrationFactory(event=event_titled("Workshop", month_only=True))
    AttendanceFactory(registration=going, profile=nexus.user, online=True)
    AttendanceFactory(registration=waiting, profile=nexus.user, online=True, waiting=True)
    AttendanceFactory(registration=maybe, profile=nexus.user, maybe=True)
    AttendanceFactory(registration=not_going, profile=nexus.user, not_going=True)
    AttendanceFactory(registration=month_only, profile=nexus.user)

    response = client.get(feed_address(nexus.user))  # no session: a calendar program

    assert response.status_code == 200
    assert {"private", "no-store"} <= {
        part.strip() for part in response["Cache-Control"].split(",")
    }
    lines = unfolded(response)
    assert [line for line in lines if line.startswith("SUMMARY:")] == [
        "SUMMARY:Board meeting",
        "SUMMARY:Smart mobility webinar",
    ]
    text = "\n".join(lines)
    # One link for the place held, none for the person waiting.
    assert text.count(JOIN_URL) == 2  # in the place's LOCATION and DESCRIPTION
    assert "You are on the waiting list" in text
    assert value(lines, "X-WR-CALNAME") == "My WeGO events"


def test_the_feed_leaves_out_events_the_person_may_no_longer_see(client, nexus):
    registration = RegistrationFactory(for_group=True, event=event_titled("Group retreat"))
    AttendanceFactory(registration=registration, profile=nexus.user)
    assert "Group retreat" not in client.get(feed_address(nexus.user)).content.decode()


def test_a_new_feed_address_makes_the_old_one_not_found(as_role, nexus, client):
    old = feed_address(nexus.user)
    member = as_role("user")

    response = member.post(reverse("nexus:renew_event_feed"), follow=True)

    assert "Your calendar feed has a new address" in response.text
    new = feed_address(nexus.user)
    assert new != old
    assert new in response.text
    member.logout()
    assert client.get(old).status_code == 404
    assert client.get(new).status_code == 200


def test_a_closed_account_or_an_unknown_address_has_no_feed(client, nexus):
    address = feed_address(nexus.user)
    nexus.user.closed_at = timezone.now()
    nexus.user.save()

    assert client.get(address).status_code == 404
    assert client.get(reverse("nexus:event_feed", args=["not-a-token"])).status_code == 404


def test_the_settings_page_turns_reminders_off_and_shows_the_feed_address(as_role, nexus):
    member = as_role("user")
    page = member.get(reverse("nexus:event_settings")).text
    assert "Remind me by e-mail a day and an hour before the events I have a place for" in page
    assert f'value="{site_root_url()}{feed_address(nexus.user)}"' in page
    assert "copy it" in page

    response = member.post(reverse("nexus:event_settings"), {}, follow=True)

    assert "Your event settings are saved." in response.text
    assert AttendeeSettings.objects.get(profile=nexus.user).reminders is False
    member.post(reverse("nexus:event_settings"), {"reminders": "on"})
    assert AttendeeSettings.objects.get(profile=nexus.user).reminders is True


def test_someone_else_s_settings_are_never_shown(as_role, nexus):
    other_address = feed_address(ProfileFactory(member=nexus.seoul))
    assert other_address not in as_role("user").get(reverse("nexus:event_settings")).text
