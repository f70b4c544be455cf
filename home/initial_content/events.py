"""Starting events: the 2022 kick-off, the 2022 executive committee in Kampala and the 2023
calendar. Where the documents give only a month, the event says so ("month only")."""

import datetime

from events.models import EventIndexPage, EventPage
from foundation.event_facts import AttendanceMode, DatePrecision

from .pages import ensure_page, paragraph


def month(year, number):
    return datetime.date(year, number, 1)


def event(index, slug, title, summary, starts_on, **fields):
    relations = fields.pop("relations", None)
    return ensure_page(
        index,
        EventPage,
        slug,
        title=title,
        summary=summary,
        starts_on=starts_on,
        relations=relations,
        **fields,
    )[0]


def ensure_events(home, programs):
    index, _created = ensure_page(
        home,
        EventIndexPage,
        "events",
        title="Events",
        introduction="Conferences, training, networks and meetings of WeGO and its members.",
    )
    month_only = {"date_precision": DatePrecision.MONTH}
    event(
        index,
        "activities-kick-off-2022",
        "WeGO 2022 Activities Kick-off",
        "WeGO presents its 2022 programmes to members, partners and stakeholders, and launches "
        "the Smart City Champions.",
        datetime.date(2022, 2, 23),
        start_time=datetime.time(15, 0),
        end_time=datetime.time(16, 30),
        attendance_mode=AttendanceMode.HYBRID,
        venue="Seoul Global Center, 9th floor",
        city="Seoul",
        country="KR",
        online_details="Zoom",
        relations={
            "related_programs": [programs["champions"], programs["index"], programs["nexus"]]
        },
    )
    event(
        index,
        "excom-meeting-2022",
        "WeGO Executive Committee Meeting 2022",
        "The executive committee meets in Kampala to set the organisation's strategic "
        "direction, approve new members, review the year's activities and evaluate the "
        "regional offices.",
        month(2022, 11),
        city="Kampala",
        country="UG",
        time_zone="Africa/Kampala",
        body=[
            paragraph(
                "<p>An Africa Smart Cities Network (AFSCN) session with regional stakeholders "
                "takes place during the meeting.</p>"
            )
        ],
        relations={"related_programs": [programs["networks"]]},
        **month_only,
    )
    calendar_2023 = [
        (
            "activities-kick-off-2023",
            "WeGO Activities Kick-off 2023",
            "WeGO presents the year's activities.",
            month(2023, 2),
            {"city": "Seoul", "country": "KR"},
        ),
        (
            "smart-city-champions-2023",
            "WeGO Smart City Champions 2023",
            "The youth programme returns as an online global competition.",
            month(2023, 3),
            {
                "ends_on": month(2023, 6),
                "attendance_mode": AttendanceMode.ONLINE,
                "relations": {"related_programs": [programs["champions"]]},
            },
        ),
        (
            "wsis-forum-2023",
            "World Summit on the Information Society Forum 2023",
            "WeGO takes part in the forum in Geneva.",
            month(2023, 3),
            {"city": "Geneva", "country": "CH", "time_zone": "Europe/Zurich"},
        ),
        (
            "wego-nia-training-2023",
            "WeGO-NIA Training Program",
            "Training for government officials with the National Information Society Agency.",
            month(2023, 3),
            {
                "city": "Bangkok",
                "country": "TH",
                "time_zone": "Asia/Bangkok",
                "relations": {"related_programs": [programs["training"]]},
            },
        ),
        (
            "cities-climate-action-summit-2023",
            "Cities Climate Action Summit",
            "WeGO joins the summit in London.",
            month(2023, 4),
            {"city": "London", "country": "GB", "time_zone": "Europe/London"},
        ),
        (
            "esg-smart-city-forum-2023",
            "ESG Smart City Forum",
            "A forum on environmental, social and governance goals in smart cities.",
            month(2023, 6),
            {"city": "Seoul", "country": "KR"},
        ),
        (
            "general-assembly-2023",
            "6th WeGO General Assembly",
            "Members meet in Seoul for the organisation's General Assembly.",
            month(2023, 9),
            {"city": "Seoul", "country": "KR"},
        ),
        (
            "afscn-lascn-2023",
            "Africa and Latin America Smart City Networks",
            "The African and Latin American networks meet in Seoul.",
            month(2023, 9),
            {
                "city": "Seoul",
                "country": "KR",
                "relations": {"related_programs": [programs["networks"]]},
            },
        ),
        (
            "world-mayors-forum-2023",
            "World Mayors Forum 2023 and Seoul Smart City Prize",
            "Mayors meet in Seoul, and the Seoul Smart City Prize is awarded.",
            month(2023, 9),
            {
                "city": "Seoul",
                "country": "KR",
                "relations": {"related_programs": [programs["prize"]]},
            },
        ),
    ]
    for slug, title, summary, starts_on, extra in calendar_2023:
        event(index, slug, title, summary, starts_on, **month_only, **extra)
    return index
