import datetime

import factory
import wagtail_factories

from events.models import EventIndexPage, EventPage
from foundation.event_facts import AttendanceMode, DatePrecision


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Events"
    slug = "events"

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda number: f"Event number {number}")
    summary = "A meeting of members."
    starts_on = datetime.date(2030, 3, 10)
    start_time = datetime.time(15, 0)
    end_time = datetime.time(16, 30)
    time_zone = "Asia/Seoul"
    city = "Seoul"
    country = "KR"

    class Meta:
        model = EventPage

    class Params:
        online = factory.Trait(
            attendance_mode=AttendanceMode.ONLINE,
            city="",
            country="",
            online_details="Zoom; the link is sent after registration",
        )
        hybrid = factory.Trait(
            attendance_mode=AttendanceMode.HYBRID,
            venue="Seoul Global Center, 9th floor",
            online_details="Zoom",
        )
        all_day = factory.Trait(start_time=None, end_time=None)
        # Only the month is known yet: no times, and the first day of the month stands for it.
        month_only = factory.Trait(
            date_precision=DatePrecision.MONTH,
            starts_on=datetime.date(2030, 11, 1),
            start_time=None,
            end_time=None,
        )
