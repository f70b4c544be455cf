import datetime

import factory
import wagtail_factories

from events.models import EventIndexPage, EventPage


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
