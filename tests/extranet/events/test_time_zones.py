"""An event in Seoul, read by members in Mexico City and New York on either side of a
daylight-saving change: the Nexus page shows the time in the event's zone and in the reader's,
each zone named with its offset on that day, and the calendar file gives the same moment in
UTC. Seoul keeps UTC+09:00 all year; New York moves from UTC−05:00 to UTC−04:00 on the second
Sunday of March and back on the first Sunday of November; Mexico City did the same in April
and October until it abolished daylight saving time in 2022, and keeps UTC−06:00 since."""

import datetime
import re

import pytest
from django.urls import reverse

from tests.events.factories import EventPageFactory
from tests.extranet.factories import AttendanceFactory, RegistrationFactory, event_index

pytestmark = pytest.mark.django_db

SEOUL = "(Asia/Seoul, UTC+09:00)"


def event_on(day):
    """15:00–16:30 in Seoul on that day: 06:00–07:30 UTC."""
    page = EventPageFactory(parent=event_index(), starts_on=day, time_zone="Asia/Seoul")
    return RegistrationFactory(event=page)


def shown_to(as_role, nexus, reader_zone, registration):
    nexus.user.time_zone = reader_zone
    nexus.user.save()
    AttendanceFactory(registration=registration, profile=nexus.user)
    client = as_role("user")
    page = shown_text(client.get(reverse("nexus:event", args=[registration.pk])).text)
    calendar = client.get(reverse("nexus:event_calendar", args=[registration.pk])).text
    return page, calendar


def shown_text(html):
    """The page's text as a reader sees it: without its tags, spaces collapsed."""
    return " ".join(re.sub(r"<[^>]+>", "", html).split())


def zoned(text, zone):
    return f"{text} {zone}"


@pytest.mark.parametrize(
    ("day", "reader_zone", "own_time"),
    [
        # New York, the day before and the week after its March change.
        (
            datetime.date(2030, 3, 9),
            "America/New_York",
            zoned("9 March 2030, 01:00–02:30", "(America/New York, UTC−05:00)"),
        ),
        (
            datetime.date(2030, 3, 17),
            "America/New_York",
            zoned("17 March 2030, 02:00–03:30", "(America/New York, UTC−04:00)"),
        ),
        # The change happens during the event (02:00 EST becomes 03:00 EDT at 07:00 UTC): an
        # hour and a half from 01:00 ends at 03:30.
        (
            datetime.date(2030, 3, 10),
            "America/New_York",
            zoned("10 March 2030, 01:00–03:30", "(America/New York, UTC−05:00)"),
        ),
        # And back in November.
        (
            datetime.date(2030, 11, 2),
            "America/New_York",
            zoned("2 November 2030, 02:00–03:30", "(America/New York, UTC−04:00)"),
        ),
        (
            datetime.date(2030, 11, 4),
            "America/New_York",
            zoned("4 November 2030, 01:00–02:30", "(America/New York, UTC−05:00)"),
        ),
        # Mexico City around its last change to summer time, in April 2021...
        (
            datetime.date(2021, 4, 3),
            "America/Mexico_City",
            zoned("3 April 2021, 00:00–01:30", "(America/Mexico City, UTC−06:00)"),
        ),
        (
            datetime.date(2021, 4, 10),
            "America/Mexico_City",
            zoned("10 April 2021, 01:00–02:30", "(America/Mexico City, UTC−05:00)"),
        ),
        # ... and on the same dates now that it has none: the time stays.
        (
            datetime.date(2030, 4, 6),
            "America/Mexico_City",
            zoned("6 April 2030, 00:00–01:30", "(America/Mexico City, UTC−06:00)"),
        ),
        (
            datetime.date(2030, 4, 13),
            "America/Mexico_City",
            zoned("13 April 2030, 00:00–01:30", "(America/Mexico City, UTC−06:00)"),
        ),
    ],
)
def test_the_event_s_time_and_the_reader_s_around_a_daylight_saving_change(
    as_role, nexus, day, reader_zone, own_time
):
    registration = event_on(day)

    page, calendar = shown_to(as_role, nexus, reader_zone, registration)

    seoul = zoned(f"{day.day} {day:%B %Y}, 15:00–16:30", SEOUL)
    assert seoul in page
    assert f"Your time: {own_time}" in page
    assert f"DTSTART:{day:%Y%m%d}T060000Z\r\n" in calendar
    assert f"DTEND:{day:%Y%m%d}T073000Z\r\n" in calendar


def test_a_reader_in_the_event_s_zone_sees_one_time(as_role, nexus):
    page, _calendar = shown_to(as_role, nexus, "Asia/Seoul", event_on(datetime.date(2030, 3, 9)))
    assert zoned("9 March 2030, 15:00–16:30", SEOUL) in page
    assert "Your time:" not in page


def test_a_reader_without_a_zone_is_offered_to_set_one(as_role, nexus):
    page, _calendar = shown_to(as_role, nexus, "", event_on(datetime.date(2030, 3, 9)))
    assert zoned("9 March 2030, 15:00–16:30", SEOUL) in page
    assert "to see the times in yours too." in page
