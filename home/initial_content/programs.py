"""Starting content for the programmes. Facts from the organisation's activity decks; prose
written for this site."""

from members.models import Member
from programs.models import (
    FeasibilityStudy,
    Partner,
    ProgramCategory,
    ProgramIndexPage,
    ProgramPage,
    ProgramPhase,
)

from .pages import ensure_page, heading, paragraph

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


def partners(*names):
    return list(Partner.objects.filter(name__in=names))


def program(parent, slug, title, category, introduction, **fields):
    phases = fields.pop("phases", [])
    relations = fields.pop("relations", {})
    page, created = ensure_page(
        parent,
        ProgramPage,
        slug,
        title=title,
        category=category,
        introduction=introduction,
        relations=relations,
        **fields,
    )
    if created and phases:
        for order, (period, phase_title, description) in enumerate(phases):
            ProgramPhase.objects.create(
                page=page,
                sort_order=order,
                period=period,
                title=phase_title,
                description=description,
            )
        page.save_revision().publish()
    return page


def ensure_programs(home):
    index, _created = ensure_page(
        home,
        ProgramIndexPage,
        "programmes",
        title="Programmes",
        introduction=(
            "How WeGO helps its members: training and youth programmes, knowledge and data, "
            "matchmaking with solution providers, regional networks and awards."
        ),
    )
    pages = {}
    pages["champions"] = program(
        index,
        "smart-city-champions",
        "WeGO Smart City Champions",
        ProgramCategory.CAPACITY,
        "A free programme that prepares young people in Korea and abroad to shape safe, "
        "inclusive smart cities.",
        audience="Anyone under 35, whatever their nationality, residence or affiliation.",
        theme="Young urban leaders of tomorrow building safe and inclusive smart cities.",
        body=[
            paragraph(
                "<p>Launched in February 2022, the programme answers a question the pandemic "
                "made urgent: how to keep the accelerating digitalisation of cities from leaving "
                "people behind. It runs for 15 weeks in two phases.</p>",
                "<p>Universities in Korea and abroad support it, among them Seoul National "
                "University, Kookmin University, Korea University, Yonsei University, Dongguk "
                "University, the Catholic University of Milan, Chengdu University of Technology "
                "and Harvard's Berkman Klein Center.</p>",
            ),
        ],
        phases=[
            ("Weeks 1–8", "Lecture series", "Online lectures on the key topics of smart cities."),
            (
                "Weeks 9–15",
                "Capacity-building workshops",
                "Teams work on solutions for sustainable smart cities with mentors.",
            ),
        ],
        how_to_take_part="<p>Calls for participants open before each edition. Follow WeGO's "
        "news, or write to the secretariat.</p>",
        relations={
            "partners": partners(
                "Seoul National University",
                "Kookmin University",
                "Korea University",
                "Yonsei University",
                "Dongguk University",
                "Catholic University of Milan",
                "Chengdu University of Technology",
                "Berkman Klein Center for Internet & Society at Harvard University",
            )
        },
    )
    pages["index"] = program(
        index,
        "smart-cities-index",
        "WeGO Smart Cities Index",
        ProgramCategory.KNOWLEDGE,
        "Data from cities around the world to assess how far each has come in its smart "
        "development, benchmark it against others and learn from them.",
        audience="WeGO member cities, with advice from academia, research centres and "
        "international organisations.",
        body=[
            paragraph(
                "<p>The index collects data from cities, assesses the stage of their smart and "
                "sustainable development, and publishes thematic reports and rankings.</p>",
                "<p>For members it is both a reference and a mirror: where do we stand, what "
                "should we improve, and which cities have done it well?</p>",
            ),
        ],
        how_to_take_part="<p>Member cities share smart city data with the secretariat and "
        "take part in interviews. Members in Nexus submit their city's data there.</p>",
    )
    pages["nexus"] = program(
        index,
        "wego-nexus",
        "WeGO Nexus",
        ProgramCategory.KNOWLEDGE,
        "The members' own platform: profiles and directory, messages and recipient lists, "
        "groups, events, and matchmaking.",
        audience="Staff of WeGO's member organisations and the secretariat.",
        body=[
            paragraph(
                "<p>Nexus strengthens the sense of community among members, opens more "
                "opportunities to cooperate, and gives the secretariat a direct line to each "
                "member's smart city plans.</p>",
            ),
        ],
        how_to_take_part="<p>Every active member receives an access code by e-mail to create "
        "its accounts.</p>",
    )
    driver = program(
        index,
        "smart-city-driver",
        "WeGO Smart City Driver",
        ProgramCategory.MATCHMAKING,
        "From diagnosis to delivery: three services that take a city from knowing where it "
        "stands to carrying out a project.",
    )
    pages["driver"] = driver
    program(
        driver,
        "activator",
        "WeGO Activator",
        ProgramCategory.MATCHMAKING,
        "A diagnosis tool: cities find their stage of smart city development and the "
        "solutions that could take them further.",
    )
    program(
        driver,
        "solution-finder",
        "Solution Finder",
        ProgramCategory.MATCHMAKING,
        "Helps cities find the right smart city solutions: matchmaking webinars, one-to-one "
        "meetings on demand, and matchmaking through Nexus.",
        body=[
            paragraph(
                "<p>In 2022 the programme ran nine matchmaking activities, five of them "
                "successful.</p>"
            )
        ],
    )
    program(
        driver,
        "project-implementer",
        "Project Implementer",
        ProgramCategory.MATCHMAKING,
        "Helps members reach their smart city goals through projects: access to external "
        "funds and feasibility studies carried out with partners.",
        body=[
            {
                "type": "feasibility_studies",
                "value": {
                    "heading": "Feasibility studies, 2009–2019",
                    "from_year": None,
                    "to_year": None,
                },
            }
        ],
    )
    pages["challenge"] = program(
        index,
        "urban-innovation-challenge",
        "Urban Innovation Challenge: Citypreneurs",
        ProgramCategory.AWARDS,
        "A start-up competition for young entrepreneurs whose solutions to urban challenges "
        "earn money and serve the Sustainable Development Goals.",
        body=[
            paragraph(
                "<ul><li><strong>Start-ups</strong> compete for mentoring, prizes and pilot "
                "projects.</li><li><strong>Corporate members</strong> judge or mentor, and meet "
                "new business.</li><li><strong>Cities</strong> host a competition on their own "
                "challenges and grow their start-up ecosystem.</li></ul>",
                "<p>2022 editions: Citypreneurs Kinshasa (2021–2022) and Impact Collective in "
                "the Asia-Pacific region.</p>",
            )
        ],
    )
    training = program(
        index,
        "training",
        "Training programmes",
        ProgramCategory.CAPACITY,
        "Courses and workshops in which city officials learn from Seoul, Chengdu and each other.",
    )
    pages["training"] = training
    program(
        training,
        "smart-sustainable-cities-training",
        "WeGO Smart Sustainable Cities Training Program",
        ProgramCategory.CAPACITY,
        "WeGO's yearly online course for officials of member cities on the leading trends in "
        "smart cities, drawing on Seoul's experience.",
    )
    program(
        training,
        "wego-nia-joint-workshop",
        "WeGO-NIA Joint Workshop",
        ProgramCategory.CAPACITY,
        "A yearly workshop in Korea, with the National Information Society Agency, for "
        "government officials working on ICT and smart cities.",
        relations={"partners": partners("National Information Society Agency (NIA)")},
    )
    program(
        training,
        "chengdu-training",
        "Chengdu Smart City Training Program",
        ProgramCategory.CAPACITY,
        "Run by the East Asia regional office since 2014: lectures and technical visits to the "
        "smart city projects Chengdu has put in place.",
    )
    networks = program(
        index,
        "regional-networks",
        "Regional networks",
        ProgramCategory.NETWORKS,
        "Members of a region meet, share their plans and results, and build projects together.",
    )
    pages["networks"] = networks
    program(
        networks,
        "afscn",
        "Africa Smart Cities Network (AFSCN)",
        ProgramCategory.NETWORKS,
        "African members and regional partners working on sustainable, resilient communities.",
    )
    program(
        networks,
        "lascn",
        "Latin America Smart Cities Network (LASCN)",
        ProgramCategory.NETWORKS,
        "A conference and a webinar each year where Latin American members share plans, "
        "results and cooperation strategies.",
    )
    program(
        networks,
        "cjk",
        "China-Japan-Korea (CJK)",
        ProgramCategory.NETWORKS,
        "Cooperation among Chinese, Japanese and Korean cities, with the Trilateral Cooperation "
        "Secretariat, around the China Smart City Expo.",
        relations={"partners": partners("Trilateral Cooperation Secretariat (TCS)")},
    )
    program(
        networks,
        "ascn",
        "ASEAN Smart Cities Network (ASCN)",
        ProgramCategory.NETWORKS,
        "Work with the ASEAN Secretariat and the ASEAN Smart Cities Network.",
        relations={"partners": partners("ASEAN Secretariat")},
    )
    pages["prize"] = program(
        index,
        "seoul-smart-city-prize",
        "Seoul Smart City Prize",
        ProgramCategory.AWARDS,
        "Rewards city governments, people, companies and institutions whose digital public "
        "services include everyone.",
        body=[
            heading("Categories"),
            paragraph(
                "<ul><li><strong>Innovacity</strong>: innovative policies and technologies "
                "across society, from the environment to culture and governance.</li>"
                "<li><strong>Human-Centricity</strong>: projects that close the digital divide "
                "for groups such as older people, young people and people with "
                "disabilities.</li></ul>"
            ),
        ],
    )
    return index, pages
