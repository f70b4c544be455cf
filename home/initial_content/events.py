"""Events: the 2022 kick-off, the 2022 executive committee in Kampala and the 2023 calendar.
Where the documents give only a month, the event says so ("month only").

Events name their related programmes by slug and the members that host them by name."""

import datetime

from events.models import EventIndexPage, EventPage
from foundation.event_facts import AttendanceMode, DatePrecision

from .pages import ensure_page, members_named, paragraph
from .text import Text

INDEX = {
    "slug": "events",
    "title": Text("Events", ko="행사", es="Eventos"),
    "introduction": Text(
        "Conferences, training, networks and meetings of WeGO and its members.",
        ko="WeGO와 회원들의 회의, 교육, 네트워크 모임과 행사입니다.",
        es="Conferencias, formaciones, redes y reuniones de WeGO y sus miembros.",
    ),
}

MONTH_ONLY = {"date_precision": DatePrecision.MONTH}


def month(year, number):
    return datetime.date(year, number, 1)


EVENTS = [
    {
        "slug": "activities-kick-off-2022",
        "title": "WeGO 2022 Activities Kick-off",
        "summary": (
            "WeGO presents its 2022 programmes to members, partners and stakeholders, and "
            "launches the Smart City Champions."
        ),
        "starts_on": datetime.date(2022, 2, 23),
        "start_time": datetime.time(15, 0),
        "end_time": datetime.time(16, 30),
        "attendance_mode": AttendanceMode.HYBRID,
        "venue": "Seoul Global Center, 9th floor",
        "city": "Seoul",
        "country": "KR",
        "online_details": "Zoom",
        "related_programs": ["smart-city-champions", "smart-cities-index", "wego-nexus"],
    },
    {
        "slug": "excom-meeting-2022",
        "title": "WeGO Executive Committee Meeting 2022",
        "summary": (
            "The executive committee meets in Kampala to set the organisation's strategic "
            "direction, approve new members, review the year's activities and evaluate the "
            "regional offices."
        ),
        "starts_on": month(2022, 11),
        "city": "Kampala",
        "country": "UG",
        "time_zone": "Africa/Kampala",
        "body": [
            paragraph(
                "<p>An Africa Smart Cities Network (AFSCN) session with regional stakeholders "
                "takes place during the meeting.</p>"
            )
        ],
        "related_programs": ["regional-networks"],
        "host_members": ["Kampala"],
        **MONTH_ONLY,
    },
    {
        "slug": "activities-kick-off-2023",
        "title": "WeGO Activities Kick-off 2023",
        "summary": "WeGO presents the year's activities.",
        "starts_on": month(2023, 2),
        "city": "Seoul",
        "country": "KR",
        **MONTH_ONLY,
    },
    {
        "slug": "smart-city-champions-2023",
        "title": "WeGO Smart City Champions 2023",
        "summary": "The youth programme returns as an online global competition.",
        "starts_on": month(2023, 3),
        "ends_on": month(2023, 6),
        "attendance_mode": AttendanceMode.ONLINE,
        "related_programs": ["smart-city-champions"],
        **MONTH_ONLY,
    },
    {
        "slug": "wsis-forum-2023",
        "title": "World Summit on the Information Society Forum 2023",
        "summary": "WeGO takes part in the forum in Geneva.",
        "starts_on": month(2023, 3),
        "city": "Geneva",
        "country": "CH",
        "time_zone": "Europe/Zurich",
        **MONTH_ONLY,
    },
    {
        "slug": "wego-nia-training-2023",
        "title": "WeGO-NIA Training Program",
        "summary": (
            "Training for government officials with the National Information Society Agency."
        ),
        "starts_on": month(2023, 3),
        "city": "Bangkok",
        "country": "TH",
        "time_zone": "Asia/Bangkok",
        "related_programs": ["training"],
        **MONTH_ONLY,
    },
    {
        "slug": "cities-climate-action-summit-2023",
        "title": "Cities Climate Action Summit",
        "summary": "WeGO joins the summit in London.",
        "starts_on": month(2023, 4),
        "city": "London",
        "country": "GB",
        "time_zone": "Europe/London",
        **MONTH_ONLY,
    },
    {
        "slug": "esg-smart-city-forum-2023",
        "title": "ESG Smart City Forum",
        "summary": "A forum on environmental, social and governance goals in smart cities.",
        "starts_on": month(2023, 6),
        "city": "Seoul",
        "country": "KR",
        **MONTH_ONLY,
    },
    {
        "slug": "general-assembly-2023",
        "title": "6th WeGO General Assembly",
        "summary": "Members meet in Seoul for the organisation's General Assembly.",
        "starts_on": month(2023, 9),
        "city": "Seoul",
        "country": "KR",
        **MONTH_ONLY,
    },
    {
        "slug": "afscn-lascn-2023",
        "title": "Africa and Latin America Smart City Networks",
        "summary": "The African and Latin American networks meet in Seoul.",
        "starts_on": month(2023, 9),
        "city": "Seoul",
        "country": "KR",
        "related_programs": ["regional-networks"],
        **MONTH_ONLY,
    },
    {
        "slug": "world-mayors-forum-2023",
        "title": "World Mayors Forum 2023 and Seoul Smart City Prize",
        "summary": "Mayors meet in Seoul, and the Seoul Smart City Prize is awarded.",
        "starts_on": month(2023, 9),
        "city": "Seoul",
        "country": "KR",
        "related_programs": ["seoul-smart-city-prize"],
        **MONTH_ONLY,
    },
]

# In Korean and Spanish.
TRANSLATED_PAGES = [INDEX]


def ensure_events(home, programs):
    """The events index, with its events; `programs` are the programmes by slug."""
    index, _created = ensure_page(home, EventIndexPage, **INDEX)
    for event in EVENTS:
        ensure_event(index, programs, **event)
    return index


def ensure_event(index, programs, related_programs=(), host_members=(), **fields):
    ensure_page(
        index,
        EventPage,
        relations={
            "related_programs": [programs[slug] for slug in related_programs],
            "host_members": members_named(host_members),
        },
        **fields,
    )
