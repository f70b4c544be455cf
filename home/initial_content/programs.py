"""Programmes, their projects and the feasibility studies. Facts from the organisation's
activity decks; prose written for this site.

A programme lists its partners and the members taking part by name, and its sub-programmes as
children."""

from members.models import Member
from programs.models import (
    FeasibilityStudy,
    Partner,
    ProgramCategory,
    ProgramIndexPage,
    ProgramPage,
    ProgramPhase,
)

from .pages import ensure_page, heading, members_named, paragraph
from .text import Text, english, p

INDEX = {
    "slug": "programmes",
    "title": Text("Programmes", ko="프로그램", es="Programas"),
    "introduction": Text(
        "How WeGO helps its members: training and youth programmes, knowledge and data, "
        "matchmaking with solution providers, regional networks and awards.",
        ko=(
            "WeGO가 회원을 지원하는 방법: 교육과 청년 프로그램, 지식과 데이터, 솔루션 기업과의 "
            "매칭, 지역 네트워크와 시상 제도."
        ),
        es=(
            "Cómo apoya WeGO a sus miembros: formación y programas para jóvenes, conocimiento y "
            "datos, encuentros con proveedores de soluciones, redes regionales y premios."
        ),
    ),
}

CHAMPIONS = {
    "slug": "smart-city-champions",
    "title": Text(
        "WeGO Smart City Champions", ko="WeGO 스마트시티 챔피언", es="WeGO Smart City Champions"
    ),
    "category": ProgramCategory.CAPACITY,
    "introduction": Text(
        "A free programme that prepares young people in Korea and abroad to shape safe, "
        "inclusive smart cities.",
        ko="국내외 청년들이 안전하고 포용적인 스마트시티를 만들 수 있도록 돕는 무료 프로그램.",
        es=(
            "Un programa gratuito que prepara a jóvenes de Corea y de otros países para "
            "construir ciudades inteligentes seguras e inclusivas."
        ),
    ),
    "audience": Text(
        "Anyone under 35, whatever their nationality, residence or affiliation.",
        ko="국적, 거주지, 소속과 관계없이 35세 이하 누구나.",
        es=(
            "Cualquier persona menor de 35 años, sea cual sea su nacionalidad, residencia o "
            "afiliación."
        ),
    ),
    "theme": Text(
        "Young urban leaders of tomorrow building safe and inclusive smart cities.",
        ko="안전하고 포용적인 스마트시티를 만드는 내일의 청년 도시 리더.",
        es=(
            "Jóvenes líderes urbanos del mañana que construyen ciudades inteligentes seguras e "
            "inclusivas."
        ),
    ),
    "body": [
        paragraph(
            p(
                Text(
                    "Launched in February 2022, the programme answers a question the pandemic "
                    "made urgent: how to keep the accelerating digitalisation of cities from "
                    "leaving people behind. It runs for 15 weeks in two phases.",
                    ko=(
                        "2022년 2월 시작된 이 프로그램은 팬데믹으로 시급해진 질문, 즉 빨라지는 "
                        "도시의 디지털화 속에서 누구도 소외되지 않게 하려면 어떻게 해야 하는지에 "
                        "답합니다. 15주 동안 두 단계로 진행됩니다."
                    ),
                    es=(
                        "Lanzado en febrero de 2022, el programa responde a una pregunta que la "
                        "pandemia volvió urgente: cómo evitar que la digitalización acelerada de "
                        "las ciudades deje a personas atrás. Dura 15 semanas, en dos fases."
                    ),
                )
            ),
            p(
                Text(
                    "Universities in Korea and abroad support it, among them Seoul National "
                    "University, Kookmin University, Korea University, Yonsei University, "
                    "Dongguk University, the Catholic University of Milan, Chengdu University "
                    "of Technology and Harvard's Berkman Klein Center.",
                    ko=(
                        "서울대학교, 국민대학교, 고려대학교, 연세대학교, 동국대학교, 밀라노 "
                        "가톨릭대학교, 청두이공대학교, 하버드대학교 버크만 클라인 센터 등 국내외 "
                        "대학이 함께합니다."
                    ),
                    es=(
                        "Lo apoyan universidades de Corea y de otros países, entre ellas la "
                        "Universidad Nacional de Seúl, la Universidad Kookmin, la Universidad de "
                        "Corea, la Universidad Yonsei, la Universidad Dongguk, la Universidad "
                        "Católica de Milán, la Universidad Tecnológica de Chengdu y el Berkman "
                        "Klein Center de Harvard."
                    ),
                )
            ),
        ),
    ],
    "phases": [
        (
            Text("Weeks 1–8", ko="1–8주차", es="Semanas 1–8"),
            Text("Lecture series", ko="강의 시리즈", es="Ciclo de conferencias"),
            Text(
                "Online lectures on the key topics of smart cities.",
                ko="스마트시티의 핵심 주제를 다루는 온라인 강의.",
                es="Conferencias en línea sobre los temas clave de las ciudades inteligentes.",
            ),
        ),
        (
            Text("Weeks 9–15", ko="9–15주차", es="Semanas 9–15"),
            Text(
                "Capacity-building workshops", ko="역량 강화 워크숍", es="Talleres de capacitación"
            ),
            Text(
                "Teams work on solutions for sustainable smart cities with mentors.",
                ko="팀별로 멘토와 함께 지속가능한 스마트시티를 위한 해법을 만듭니다.",
                es=(
                    "Los equipos trabajan con mentores en soluciones para ciudades inteligentes "
                    "sostenibles."
                ),
            ),
        ),
    ],
    "how_to_take_part": p(
        Text(
            "Calls for participants open before each edition. Follow WeGO's news, or write to "
            "the secretariat.",
            ko="매 기수 시작 전에 참가자를 모집합니다. WeGO 소식을 확인하거나 사무국에 문의하세요.",
            es=(
                "Las convocatorias se abren antes de cada edición. Siga las noticias de WeGO o "
                "escriba a la secretaría."
            ),
        )
    ),
    "partners": [
        "Seoul National University",
        "Kookmin University",
        "Korea University",
        "Yonsei University",
        "Dongguk University",
        "Catholic University of Milan",
        "Chengdu University of Technology",
        "Berkman Klein Center for Internet & Society at Harvard University",
    ],
}

SMART_CITIES_INDEX = {
    "slug": "smart-cities-index",
    "title": Text(
        "WeGO Smart Cities Index", ko="WeGO 스마트시티 지수", es="WeGO Smart Cities Index"
    ),
    "category": ProgramCategory.KNOWLEDGE,
    "introduction": Text(
        "Data from cities around the world to assess how far each has come in its smart "
        "development, benchmark it against others and learn from them.",
        ko="세계 각 도시의 데이터로 스마트 발전 수준을 진단하고, 다른 도시와 비교하며 배우는 지수.",
        es=(
            "Datos de ciudades de todo el mundo para evaluar su avance en el desarrollo "
            "inteligente, compararse con otras y aprender de ellas."
        ),
    ),
    "audience": Text(
        "WeGO member cities, with advice from academia, research centres and international "
        "organisations.",
        ko="학계, 연구기관, 국제기구의 자문을 받는 WeGO 회원 도시.",
        es=(
            "Ciudades miembro de WeGO, con el asesoramiento de universidades, centros de "
            "investigación y organismos internacionales."
        ),
    ),
    "body": [
        paragraph(
            p(
                Text(
                    "The index collects data from cities, assesses the stage of their smart and "
                    "sustainable development, and publishes thematic reports and rankings.",
                    ko=(
                        "지수는 도시의 데이터를 모아 스마트하고 지속가능한 발전 단계를 평가하고, "
                        "주제별 보고서와 순위를 발표합니다."
                    ),
                    es=(
                        "El índice recoge datos de las ciudades, evalúa la etapa de su desarrollo "
                        "inteligente y sostenible y publica informes temáticos y clasificaciones."
                    ),
                )
            ),
            p(
                Text(
                    "For members it is both a reference and a mirror: where do we stand, what "
                    "should we improve, and which cities have done it well?",
                    ko=(
                        "회원에게 지수는 기준이자 거울입니다. 우리는 어디쯤 있는지, 무엇을 "
                        "개선해야 하는지, 어느 도시가 잘 해냈는지 보여 줍니다."
                    ),
                    es=(
                        "Para los miembros es a la vez referencia y espejo: ¿dónde estamos, qué "
                        "debemos mejorar y qué ciudades lo han hecho bien?"
                    ),
                )
            ),
        ),
    ],
    "how_to_take_part": p(
        Text(
            "Member cities share smart city data with the secretariat and take part in "
            "interviews. Members in Nexus submit their city's data there.",
            ko=(
                "회원 도시는 사무국과 스마트시티 데이터를 공유하고 인터뷰에 참여합니다. 넥서스 "
                "회원은 넥서스에서 도시 데이터를 제출합니다."
            ),
            es=(
                "Las ciudades miembro comparten datos con la secretaría y participan en "
                "entrevistas. Los miembros envían los datos de su ciudad en Nexus."
            ),
        )
    ),
}

NEXUS = {
    "slug": "wego-nexus",
    "title": Text("WeGO Nexus", ko="WeGO 넥서스", es="WeGO Nexus"),
    "category": ProgramCategory.KNOWLEDGE,
    "introduction": Text(
        "The members' own platform: profiles and directory, messages and recipient lists, "
        "groups, events, and matchmaking.",
        ko="회원 전용 플랫폼: 프로필과 회원 명부, 메시지와 수신자 목록, 그룹, 행사, 매칭.",
        es=(
            "La plataforma propia de los miembros: perfiles y directorio, mensajes y listas de "
            "destinatarios, grupos, eventos y encuentros."
        ),
    ),
    "audience": Text(
        "Staff of WeGO's member organisations and the secretariat.",
        ko="WeGO 회원 기관 직원과 사무국.",
        es="El personal de las organizaciones miembro de WeGO y la secretaría.",
    ),
    "body": [
        paragraph(
            p(
                Text(
                    "Nexus strengthens the sense of community among members, opens more "
                    "opportunities to cooperate, and gives the secretariat a direct line to "
                    "each member's smart city plans.",
                    ko=(
                        "넥서스는 회원 간 공동체 의식을 높이고 협력 기회를 넓히며, 사무국이 각 "
                        "회원의 스마트시티 계획을 직접 지원할 수 있게 합니다."
                    ),
                    es=(
                        "Nexus refuerza el sentido de comunidad entre los miembros, abre más "
                        "oportunidades de cooperación y da a la secretaría una línea directa con "
                        "los planes de cada miembro."
                    ),
                )
            ),
        ),
    ],
    "how_to_take_part": p(
        Text(
            "Every active member receives an access code by e-mail to create its accounts.",
            ko="활동 중인 모든 회원은 계정을 만들 수 있는 접속 코드를 이메일로 받습니다.",
            es="Cada miembro activo recibe por correo un código de acceso para crear sus cuentas.",
        )
    ),
}

DRIVER = {
    "slug": "smart-city-driver",
    "title": Text(
        "WeGO Smart City Driver", ko="WeGO 스마트시티 드라이버", es="WeGO Smart City Driver"
    ),
    "category": ProgramCategory.MATCHMAKING,
    "introduction": Text(
        "From diagnosis to delivery: three services that take a city from knowing where it "
        "stands to carrying out a project.",
        ko=(
            "진단에서 실행까지: 도시가 현재 위치를 파악하는 단계부터 사업을 수행하는 단계까지 "
            "돕는 세 가지 서비스."
        ),
        es=(
            "Del diagnóstico a la ejecución: tres servicios que acompañan a una ciudad desde "
            "saber dónde está hasta llevar a cabo un proyecto."
        ),
    ),
    "children": [
        {
            "slug": "activator",
            "title": "WeGO Activator",
            "category": ProgramCategory.MATCHMAKING,
            "introduction": (
                "A diagnosis tool: cities find their stage of smart city development and the "
                "solutions that could take them further."
            ),
        },
        {
            "slug": "solution-finder",
            "title": "Solution Finder",
            "category": ProgramCategory.MATCHMAKING,
            "introduction": (
                "Helps cities find the right smart city solutions: matchmaking webinars, "
                "one-to-one meetings on demand, and matchmaking through Nexus."
            ),
            "body": [
                paragraph(
                    "<p>In 2022 the programme ran nine matchmaking activities, five of them "
                    "successful.</p>"
                )
            ],
        },
        {
            "slug": "project-implementer",
            "title": "Project Implementer",
            "category": ProgramCategory.MATCHMAKING,
            "introduction": (
                "Helps members reach their smart city goals through projects: access to "
                "external funds and feasibility studies carried out with partners."
            ),
            "body": [
                {
                    "type": "feasibility_studies",
                    "value": {
                        "heading": "Feasibility studies, 2009–2019",
                        "from_year": None,
                        "to_year": None,
                    },
                }
            ],
        },
    ],
}

PROGRAMS = [
    CHAMPIONS,
    SMART_CITIES_INDEX,
    NEXUS,
    DRIVER,
    {
        "slug": "urban-innovation-challenge",
        "title": "Urban Innovation Challenge: Citypreneurs",
        "category": ProgramCategory.AWARDS,
        "introduction": (
            "A start-up competition for young entrepreneurs whose solutions to urban challenges "
            "earn money and serve the Sustainable Development Goals."
        ),
        "body": [
            paragraph(
                "<ul><li><strong>Start-ups</strong> compete for mentoring, prizes and pilot "
                "projects.</li><li><strong>Corporate members</strong> judge or mentor, and meet "
                "new business.</li><li><strong>Cities</strong> host a competition on their own "
                "challenges and grow their start-up ecosystem.</li></ul>",
                "<p>2022 editions: Citypreneurs Kinshasa (2021–2022) and Impact Collective in "
                "the Asia-Pacific region.</p>",
            )
        ],
    },
    {
        "slug": "training",
        "title": "Training programmes",
        "category": ProgramCategory.CAPACITY,
        "introduction": (
            "Courses and workshops in which city officials learn from Seoul, Chengdu and each "
            "other."
        ),
        "children": [
            {
                "slug": "smart-sustainable-cities-training",
                "title": "WeGO Smart Sustainable Cities Training Program",
                "category": ProgramCategory.CAPACITY,
                "introduction": (
                    "WeGO's yearly online course for officials of member cities on the leading "
                    "trends in smart cities, drawing on Seoul's experience."
                ),
            },
            {
                "slug": "wego-nia-joint-workshop",
                "title": "WeGO-NIA Joint Workshop",
                "category": ProgramCategory.CAPACITY,
                "introduction": (
                    "A yearly workshop in Korea, with the National Information Society Agency, "
                    "for government officials working on ICT and smart cities."
                ),
                "partners": ["National Information Society Agency (NIA)"],
            },
            {
                "slug": "chengdu-training",
                "title": "Chengdu Smart City Training Program",
                "category": ProgramCategory.CAPACITY,
                "introduction": (
                    "Run by the East Asia regional office since 2014: lectures and technical "
                    "visits to the smart city projects Chengdu has put in place."
                ),
                "related_members": ["Chengdu"],
            },
        ],
    },
    {
        "slug": "regional-networks",
        "title": "Regional networks",
        "category": ProgramCategory.NETWORKS,
        "introduction": (
            "Members of a region meet, share their plans and results, and build projects together."
        ),
        "children": [
            {
                "slug": "afscn",
                "title": "Africa Smart Cities Network (AFSCN)",
                "category": ProgramCategory.NETWORKS,
                "introduction": (
                    "African members and regional partners working on sustainable, resilient "
                    "communities."
                ),
            },
            {
                "slug": "lascn",
                "title": "Latin America Smart Cities Network (LASCN)",
                "category": ProgramCategory.NETWORKS,
                "introduction": (
                    "A conference and a webinar each year where Latin American members share "
                    "plans, results and cooperation strategies."
                ),
            },
            {
                "slug": "cjk",
                "title": "China-Japan-Korea (CJK)",
                "category": ProgramCategory.NETWORKS,
                "introduction": (
                    "Cooperation among Chinese, Japanese and Korean cities, with the Trilateral "
                    "Cooperation Secretariat, around the China Smart City Expo."
                ),
                "partners": ["Trilateral Cooperation Secretariat (TCS)"],
            },
            {
                "slug": "ascn",
                "title": "ASEAN Smart Cities Network (ASCN)",
                "category": ProgramCategory.NETWORKS,
                "introduction": (
                    "Work with the ASEAN Secretariat and the ASEAN Smart Cities Network."
                ),
                "partners": ["ASEAN Secretariat"],
            },
        ],
    },
    {
        "slug": "seoul-smart-city-prize",
        "title": "Seoul Smart City Prize",
        "category": ProgramCategory.AWARDS,
        "introduction": (
            "Rewards city governments, people, companies and institutions whose digital public "
            "services include everyone."
        ),
        "body": [
            heading("Categories"),
            paragraph(
                "<ul><li><strong>Innovacity</strong>: innovative policies and technologies "
                "across society, from the environment to culture and governance.</li>"
                "<li><strong>Human-Centricity</strong>: projects that close the digital divide "
                "for groups such as older people, young people and people with "
                "disabilities.</li></ul>"
            ),
        ],
    },
]

# In Korean and Spanish.
TRANSLATED_PAGES = [INDEX, CHAMPIONS, SMART_CITIES_INDEX, NEXUS, DRIVER]

FEASIBILITY_STUDIES = [
    (2019, "Kampala", "UG", "Unified smart parking platform"),
    (2018, "Da Nang", "VN", "Data analytics for smart traffic"),
    (2017, "La Marsa", "TN", "Smart waste management system"),
    (2016, "Seberang Perai", "MY", "Monitoring system for smart street lamps and traffic lights"),
    (2015, "San Fernando La Union", "PH", "Civic participation system"),
    (2014, "Ha Noi", "VN", "E-government system built on civic participation"),
    (2013, "Addis Ababa", "ET", "E-office system"),
    (2013, "Maputo", "MZ", "Claims and solid waste management"),
    (2012, "Dar es Salaam", "TZ", "Digitalisation of administrative tasks"),
    (2012, "Ulaanbaatar", "MN", "Spatial data infrastructure"),
    (2012, "Buenos Aires", "AR", "Smart citizen service hub with a smart card"),
    (2010, "Dar es Salaam", "TZ", "E-government development: status report and recommendations"),
    (2009, "Kathmandu", "NP", "E-government development: status report and recommendations"),
]


def ensure_programs(home):
    """The programmes index and every programme in it, by slug."""
    index, _created = ensure_page(home, ProgramIndexPage, **INDEX)
    programs = {}
    for program in PROGRAMS:
        ensure_program(index, programs, **program)
    return index, programs


def ensure_program(
    parent, programs, children=(), phases=(), partners=(), related_members=(), **fields
):
    """The programme under `parent`, then its children, each added to `programs` by slug."""
    page, created = ensure_page(
        parent,
        ProgramPage,
        relations={
            "partners": Partner.objects.filter(name__in=partners),
            "related_members": members_named(related_members),
        },
        **fields,
    )
    if created and phases:
        for order, (period, title, description) in enumerate(english(phases)):
            ProgramPhase.objects.create(
                page=page, sort_order=order, period=period, title=title, description=description
            )
        page.save_revision().publish()
    programs[page.slug] = page
    for child in children:
        ensure_program(page, programs, **child)


def ensure_feasibility_studies():
    members = {(m.name, m.country.code): m for m in Member.objects.canonical()}
    created = 0
    for year, city, country, title in FEASIBILITY_STUDIES:
        _study, was_created = FeasibilityStudy.objects.get_or_create(
            year=year,
            city=city,
            title=title,
            # Linked only when the city is a member in the same country (Buenos Aires, the
            # member, is in Costa Rica; the study was in Argentina).
            defaults={"country": country, "member": members.get((city, country))},
        )
        created += was_created
    return created
