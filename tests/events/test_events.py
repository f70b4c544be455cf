import datetime
import json
import re

import pytest
from django.core.exceptions import ValidationError

from foundation.event_facts import DatePrecision
from tests.events.factories import EventPageFactory

pytestmark = pytest.mark.django_db


def test_the_calendar_file_gives_the_event_in_utc(client, site_tree):
    event = EventPageFactory(
        parent=site_tree.events,
        title="Kick-off, with commas; and semicolons",
        starts_on=datetime.date(2030, 2, 23),
        start_time=datetime.time(15, 0),
        end_time=datetime.time(16, 30),
        venue="Seoul Global Center",
    )
    response = client.get(event.url + "calendar/")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert 'filename="kick-off-with-commas-and-semicolons.ics"' in response["Content-Disposition"]
    text = response.content.decode()
    assert "\r\nDTSTART:20300223T060000Z\r\n" in text
    assert "\r\nDTEND:20300223T073000Z\r\n" in text
    assert "SUMMARY:Kick-off\\, with commas\\; and semicolons" in text
    assert "LOCATION:Seoul Global Center\\, Seoul\\, South Korea" in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_an_all_day_event_is_given_as_whole_days(client, site_tree):
    event = EventPageFactory(
        parent=site_tree.events,
        starts_on=datetime.date(2030, 9, 1),
        ends_on=datetime.date(2030, 9, 3),
        all_day=True,
    )
    text = client.get(event.url + "calendar/").content.decode()
    assert "DTSTART;VALUE=DATE:20300901" in text
    assert "DTEND;VALUE=DATE:20300904" in text


def test_an_event_known_only_by_its_month_is_given_by_its_month_with_no_calendar_file(
    client, site_tree
):
    event = EventPageFactory(
        parent=site_tree.events,
        month_only=True,
        starts_on=datetime.date(2030, 11, 1),
        ends_on=datetime.date(2031, 2, 1),
    )
    assert client.get(event.url + "calendar/").status_code == 404
    html = client.get(event.url).text
    assert '<time datetime="2030-11">November 2030 – February 2031</time>' in html
    data = json.loads(re.search(r'application/ld\+json">(.*?)</script>', html).group(1))
    # ISO 8601 calendar months (YYYY-MM), which schema.org's Date accepts: no invented day.
    assert (data["startDate"], data["endDate"]) == ("2030-11", "2031-02")
    assert "Add to calendar" not in html
    assert "Only the month is known yet: the exact dates, and a calendar file, will follow." in (
        html
    )
    listing = client.get(site_tree.events.url).text
    assert '<time datetime="2030-11">November 2030 – February 2031</time>' in listing
    assert 'datetime="2030-11-01"' not in listing


def test_the_listing_separates_upcoming_from_past_and_groups_by_quarter(client, site_tree):
    EventPageFactory(
        parent=site_tree.events, title="Spring forum", starts_on=datetime.date(2030, 3, 10)
    )
    EventPageFactory(
        parent=site_tree.events, title="Summer forum", starts_on=datetime.date(2030, 7, 1)
    )
    EventPageFactory(
        parent=site_tree.events, title="Old forum", starts_on=datetime.date(2022, 11, 1)
    )

    context = client.get(site_tree.events.url).context
    upcoming = [
        (quarter, [e.title for e in events]) for quarter, events in context["upcoming_by_quarter"]
    ]
    past = [(quarter, [e.title for e in events]) for quarter, events in context["past_by_quarter"]]
    assert upcoming == [((2030, 1), ["Spring forum"]), ((2030, 3), ["Summer forum"])]
    assert past == [((2022, 4), ["Old forum"])]


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"starts_on": None}, "starts_on", "An event needs a start date."),
        (
            {"ends_on": datetime.date(2030, 3, 9)},
            "ends_on",
            "The event ends before it starts.",
        ),
        ({"end_time": datetime.time(14, 0)}, "end_time", "The event ends before it starts."),
        ({"start_time": None}, "start_time", "An end time needs a start time."),
        (
            {"time_zone": "Mars/Olympus_Mons"},
            "time_zone",
            "“Mars/Olympus_Mons” is not a time zone.",
        ),
        (
            {"date_precision": DatePrecision.MONTH},
            "date_precision",
            "Times need an exact day: choose “exact day”.",
        ),
    ],
)
def test_impossible_dates_are_refused_with_a_clear_message(site_tree, fields, field, message):
    event = EventPageFactory.build(**fields)
    with pytest.raises(ValidationError) as raised:
        site_tree.events.add_child(instance=event)
    assert message in raised.value.message_dict[field]


def test_the_event_page_shows_local_time_with_its_zone(client, site_tree):
    event = EventPageFactory(
        parent=site_tree.events, time_zone="Africa/Kampala", city="Kampala", country="UG"
    )
    html = client.get(event.url).text
    assert "(Africa/Kampala, UTC+03:00)" in html
    assert f'href="{event.url}calendar/"' in html
