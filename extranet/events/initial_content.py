"""Two events for members that `make run` adds so that Nexus's events are not empty on a new
machine: an online board like the one the activities deck shows, and a hybrid meeting of the
Executive Committee's group. Their dates follow the day they are created; they are for members
only, so the public site never lists them. Running it again changes nothing."""

import datetime

from django.db import transaction
from django.utils import timezone

from events.models import EventIndexPage, EventPage
from foundation.event_facts import AttendanceMode
from foundation.locales import default_locale_id

from . import services
from .models import Audience, Question, QuestionKind, Registration

DEMO_EVENTS = [
    {
        "slug": "nexus-online-board-2027-work-plan",
        "title": "Online Board: the 2027 work plan",
        "summary": (
            "Members look at the draft work plan for 2027 together with the secretariat and "
            "say which programmes their city wants to join."
        ),
        "in_days": 9,
        "start_time": datetime.time(15, 0),
        "end_time": datetime.time(16, 30),
        "attendance_mode": AttendanceMode.ONLINE,
        "venue": "Online Board",
        "online_details": "Video meeting; the link is in Nexus for those registered",
        "registration": {
            "audience": Audience.MEMBERS,
            "online_capacity": 40,
            "colleagues_allowed": True,
            "join_url": "https://meet.example.org/wego-online-board",
            "join_passcode": "2027",
        },
        "questions": [
            ("Interpretation", QuestionKind.CHOICE, "None needed\nKorean\nSpanish\nFrench"),
        ],
    },
    {
        "slug": "excom-preparatory-meeting",
        "title": "Executive Committee: preparatory meeting",
        "summary": "The committee cities prepare the agenda of the next Executive Committee.",
        "in_days": 23,
        "start_time": datetime.time(10, 0),
        "end_time": datetime.time(12, 0),
        "attendance_mode": AttendanceMode.HYBRID,
        "venue": "Seoul Global Center, 9th floor",
        "city": "Seoul",
        "country": "KR",
        "online_details": "Video meeting for those who cannot travel",
        "registration": {
            "audience": Audience.GROUP,
            "group_slug": "excom",
            "in_person_capacity": 12,
            "online_capacity": 30,
            "join_url": "https://meet.example.org/wego-excom",
        },
        "questions": [("Dietary needs", QuestionKind.TEXT, "")],
    },
]


def ensure_demo_events(group_by_slug):
    """Create the demo events that are missing; gives how many were created."""
    index = EventIndexPage.objects.filter(locale_id=default_locale_id()).first()
    if index is None:
        return 0
    created = 0
    today = timezone.localdate()
    for spec in DEMO_EVENTS:
        if EventPage.objects.filter(slug=spec["slug"]).exists():
            continue
        with transaction.atomic():
            page = EventPage(
                title=spec["title"],
                slug=spec["slug"],
                summary=spec["summary"],
                starts_on=today + datetime.timedelta(days=spec["in_days"]),
                start_time=spec["start_time"],
                end_time=spec["end_time"],
                time_zone="Asia/Seoul",
                attendance_mode=spec["attendance_mode"],
                venue=spec["venue"],
                city=spec.get("city", ""),
                country=spec.get("country", ""),
                online_details=spec["online_details"],
            )
            index.add_child(instance=page)
            page.save_revision().publish()
            options = dict(spec["registration"])
            group = group_by_slug(options.pop("group_slug", None))
            registration = Registration.objects.create(event=page, group=group, **options)
            for order, (label, kind, choices) in enumerate(spec["questions"]):
                Question.objects.create(
                    registration=registration,
                    label=label,
                    kind=kind,
                    choices=choices,
                    sort_order=order,
                )
            services.share_audience(registration)
        created += 1
    return created
