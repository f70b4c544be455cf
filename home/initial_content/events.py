"""Events: the 2022 kick-off, the 2022 executive committee in Kampala and the 2023 calendar.
Where the documents give only a month, the event says so ("month only").

Events name their related programmes by slug and the members that host them by name."""

import datetime

from events.models import EventIndexPage, EventPage
from foundation.event_facts import AttendanceMode, DatePrecision

from .pages import ensure_page, members_named, paragraph
from .text import Text, as_is, p

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


SEOUL = Text("Seoul", ko="서울", es="Seúl")

EVENTS = [
    {
        "slug": "activities-kick-off-2022",
        "title": Text(
            "WeGO 2022 Activities Kick-off",
            ko="WeGO 2022년 활동 출범식",
            es="Lanzamiento de las actividades de WeGO 2022",
        ),
        "summary": Text(
            "WeGO presents its 2022 programmes to members, partners and stakeholders, and "
            "launches the Smart City Champions.",
            ko=(
                "WeGO가 회원, 파트너, 이해관계자에게 2022년 프로그램을 소개하고 스마트시티 "
                "챔피언을 출범합니다."
            ),
            es=(
                "WeGO presenta sus programas de 2022 a miembros, socios y actores del sector, y "
                "lanza Smart City Champions."
            ),
        ),
        "starts_on": datetime.date(2022, 2, 23),
        "start_time": datetime.time(15, 0),
        "end_time": datetime.time(16, 30),
        "attendance_mode": AttendanceMode.HYBRID,
        "venue": Text(
            "Seoul Global Center, 9th floor",
            ko="서울글로벌센터 9층",
            es="Seoul Global Center, 9.ª planta",
        ),
        "city": SEOUL,
        "country": "KR",
        "online_details": as_is("Zoom"),
        "related_programs": ["smart-city-champions", "smart-cities-index", "wego-nexus"],
    },
    {
        "slug": "excom-meeting-2022",
        "title": Text(
            "WeGO Executive Committee Meeting 2022",
            ko="2022 WeGO 집행위원회 회의",
            es="Reunión del Comité Ejecutivo de WeGO 2022",
        ),
        "summary": Text(
            "The executive committee meets in Kampala to set the organisation's strategic "
            "direction, approve new members, review the year's activities and evaluate the "
            "regional offices.",
            ko=(
                "집행위원회가 캄팔라에 모여 기구의 전략 방향을 정하고, 신규 회원을 승인하며, 한 "
                "해의 활동을 검토하고 지역사무소를 평가합니다."
            ),
            es=(
                "El comité ejecutivo se reúne en Kampala para fijar la orientación estratégica de "
                "la organización, aprobar nuevos miembros, repasar las actividades del año y "
                "evaluar las oficinas regionales."
            ),
        ),
        "starts_on": month(2022, 11),
        "city": Text("Kampala", ko="캄팔라", es="Kampala"),
        "country": "UG",
        "time_zone": "Africa/Kampala",
        "body": [
            paragraph(
                p(
                    Text(
                        "An Africa Smart Cities Network (AFSCN) session with regional "
                        "stakeholders takes place during the meeting.",
                        ko=(
                            "회의 기간에 지역 이해관계자들과 함께하는 아프리카 스마트시티 "
                            "네트워크(AFSCN) 세션이 열립니다."
                        ),
                        es=(
                            "Durante la reunión se celebra una sesión de la Red Africana de "
                            "Ciudades Inteligentes (AFSCN) con actores de la región."
                        ),
                    )
                )
            )
        ],
        "related_programs": ["regional-networks"],
        "host_members": ["Kampala"],
        **MONTH_ONLY,
    },
    {
        "slug": "activities-kick-off-2023",
        "title": Text(
            "WeGO Activities Kick-off 2023",
            ko="WeGO 2023년 활동 출범식",
            es="Lanzamiento de las actividades de WeGO 2023",
        ),
        "summary": Text(
            "WeGO presents the year's activities.",
            ko="WeGO가 한 해의 활동을 소개합니다.",
            es="WeGO presenta las actividades del año.",
        ),
        "starts_on": month(2023, 2),
        "city": SEOUL,
        "country": "KR",
        **MONTH_ONLY,
    },
    {
        "slug": "smart-city-champions-2023",
        "title": Text(
            "WeGO Smart City Champions 2023",
            ko="2023 WeGO 스마트시티 챔피언",
            es="WeGO Smart City Champions 2023",
        ),
        "summary": Text(
            "The youth programme returns as an online global competition.",
            ko="청년 프로그램이 온라인 글로벌 경진대회로 돌아옵니다.",
            es="El programa para jóvenes vuelve como un concurso mundial en línea.",
        ),
        "starts_on": month(2023, 3),
        "ends_on": month(2023, 6),
        "attendance_mode": AttendanceMode.ONLINE,
        "related_programs": ["smart-city-champions"],
        **MONTH_ONLY,
    },
    {
        "slug": "wsis-forum-2023",
        "title": Text(
            "World Summit on the Information Society Forum 2023",
            ko="2023 정보사회 세계정상회의(WSIS) 포럼",
            es="Foro de la Cumbre Mundial sobre la Sociedad de la Información 2023",
        ),
        "summary": Text(
            "WeGO takes part in the forum in Geneva.",
            ko="WeGO가 제네바에서 열리는 포럼에 참여합니다.",
            es="WeGO participa en el foro, en Ginebra.",
        ),
        "starts_on": month(2023, 3),
        "city": Text("Geneva", ko="제네바", es="Ginebra"),
        "country": "CH",
        "time_zone": "Europe/Zurich",
        **MONTH_ONLY,
    },
    {
        "slug": "wego-nia-training-2023",
        "title": Text(
            "WeGO-NIA Training Program",
            ko="WeGO-NIA 연수 프로그램",
            es="Programa de formación WeGO-NIA",
        ),
        "summary": Text(
            "Training for government officials with the National Information Society Agency.",
            ko="한국지능정보사회진흥원(NIA)과 함께하는 공무원 연수입니다.",
            es=(
                "Formación para funcionarios públicos con la Agencia Nacional de la Sociedad de "
                "la Información de Corea (NIA)."
            ),
        ),
        "starts_on": month(2023, 3),
        "city": Text("Bangkok", ko="방콕", es="Bangkok"),
        "country": "TH",
        "time_zone": "Asia/Bangkok",
        "related_programs": ["training"],
        **MONTH_ONLY,
    },
    {
        "slug": "cities-climate-action-summit-2023",
        "title": Text(
            "Cities Climate Action Summit",
            ko="도시 기후행동 정상회의",
            es="Cumbre de Acción Climática de las Ciudades",
        ),
        "summary": Text(
            "WeGO joins the summit in London.",
            ko="WeGO가 런던에서 열리는 정상회의에 함께합니다.",
            es="WeGO se suma a la cumbre, en Londres.",
        ),
        "starts_on": month(2023, 4),
        "city": Text("London", ko="런던", es="Londres"),
        "country": "GB",
        "time_zone": "Europe/London",
        **MONTH_ONLY,
    },
    {
        "slug": "esg-smart-city-forum-2023",
        "title": Text(
            "ESG Smart City Forum", ko="ESG 스마트시티 포럼", es="Foro ESG de Ciudades Inteligentes"
        ),
        "summary": Text(
            "A forum on environmental, social and governance goals in smart cities.",
            ko="스마트시티의 환경·사회·거버넌스(ESG) 목표를 다루는 포럼입니다.",
            es=(
                "Un foro sobre los objetivos ambientales, sociales y de gobernanza en las "
                "ciudades inteligentes."
            ),
        ),
        "starts_on": month(2023, 6),
        "city": SEOUL,
        "country": "KR",
        **MONTH_ONLY,
    },
    {
        "slug": "general-assembly-2023",
        "title": Text(
            "6th WeGO General Assembly",
            ko="제6차 WeGO 총회",
            es="6.ª Asamblea General de WeGO",
        ),
        "summary": Text(
            "Members meet in Seoul for the organisation's General Assembly.",
            ko="회원들이 서울에 모여 기구의 총회를 엽니다.",
            es="Los miembros se reúnen en Seúl en la Asamblea General de la organización.",
        ),
        "starts_on": month(2023, 9),
        "city": SEOUL,
        "country": "KR",
        **MONTH_ONLY,
    },
    {
        "slug": "afscn-lascn-2023",
        "title": Text(
            "Africa and Latin America Smart City Networks",
            ko="아프리카·라틴아메리카 스마트시티 네트워크",
            es="Redes de Ciudades Inteligentes de África y América Latina",
        ),
        "summary": Text(
            "The African and Latin American networks meet in Seoul.",
            ko="아프리카와 라틴아메리카 네트워크가 서울에서 만납니다.",
            es="Las redes africana y latinoamericana se reúnen en Seúl.",
        ),
        "starts_on": month(2023, 9),
        "city": SEOUL,
        "country": "KR",
        "related_programs": ["regional-networks"],
        **MONTH_ONLY,
    },
    {
        "slug": "world-mayors-forum-2023",
        "title": Text(
            "World Mayors Forum 2023 and Seoul Smart City Prize",
            ko="2023 세계시장포럼과 서울 스마트시티 상",
            es="Foro Mundial de Alcaldes 2023 y Premio Ciudad Inteligente de Seúl",
        ),
        "summary": Text(
            "Mayors meet in Seoul, and the Seoul Smart City Prize is awarded.",
            ko="세계 시장들이 서울에 모이고, 서울 스마트시티 상을 시상합니다.",
            es="Alcaldes de todo el mundo se reúnen en Seúl y se entrega el Premio Ciudad "
            "Inteligente de Seúl.",
        ),
        "starts_on": month(2023, 9),
        "city": SEOUL,
        "country": "KR",
        "related_programs": ["seoul-smart-city-prize"],
        **MONTH_ONLY,
    },
]

# In Korean and Spanish.
TRANSLATED_PAGES = [INDEX, *EVENTS]
# Every event's organiser, unless it says otherwise.
TRANSLATED_TEXTS = [as_is(EventPage._meta.get_field("organiser").default)]


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
