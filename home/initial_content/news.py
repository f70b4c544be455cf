"""Starting news: the 2022 kick-off media advisory and press release, the Smart City Champions
news and the embassy visits. Facts from the organisation's releases; prose written for this
site."""

import datetime

from foundation.event_facts import AttendanceMode
from news.models import MediaContact, NewsArticlePage, NewsIndexPage, NewsKind

from .pages import ensure_page, heading, paragraph


def ensure_media_contact(locale):
    contact, _created = MediaContact.objects.get_or_create(
        name="Alizée Rousset",
        locale=locale,
        defaults={"role": "Programme Officer, WeGO Secretariat"},
    )
    return contact


def article(index, slug, title, kind, date, lead, body, tags=(), relations=None, **fields):
    page, created = ensure_page(
        index,
        NewsArticlePage,
        slug,
        title=title,
        kind=kind,
        date=date,
        lead=lead,
        body=body,
        relations=relations,
        **fields,
    )
    if created and tags:
        page.tags.add(*tags)
        page.save_revision().publish()
    return page


def ensure_news(home, programs, contact):
    index, _created = ensure_page(
        home,
        NewsIndexPage,
        "news",
        title="News and media",
        introduction="Press releases, media advisories and news from WeGO and its members.",
    )
    champions = programs["champions"]
    kickoff_programs = [programs["champions"], programs["index"], programs["nexus"]]
    articles = {}
    articles["advisory"] = article(
        index,
        "kick-off-2022-media-advisory",
        "Smart city stakeholders meet to launch WeGO's 2022 activities",
        NewsKind.MEDIA_ADVISORY,
        datetime.date(2022, 2, 14),
        "On 23 February WeGO presents its plans for 2022 to members, partners and stakeholders "
        "worldwide, in Seoul and online, with a new youth programme at their centre.",
        [
            paragraph(
                "<p>The pandemic and the rapid digitalisation of societies have raised new "
                "questions for cities. WeGO's answer for 2022 is a wider, more inclusive set of "
                "activities that prepares young people to lead and helps cities become more "
                "resilient.</p>",
                "<p>The event launches the WeGO Smart City Champions programme, open to anyone "
                "under 35, and introduces the WeGO Smart Cities Index and the WeGO Nexus member "
                "platform.</p>",
                "<p>The Mayor of Seoul, who is also WeGO's President, and the Ambassador of "
                "Mexico open the event; the Edgelands Institute, one of WeGO's newest partners, "
                "gives the keynote. Students from seven universities taking part in the "
                "Champions programme are introduced, partners present their programmes, and "
                "in-person guests close with a networking session.</p>",
            )
        ],
        tags=["youth", "kick-off"],
        relations={"related_programs": kickoff_programs},
        media_contact=contact,
        event_what="The beginning-of-year event at which WeGO presents its new activities to "
        "smart city stakeholders around the world.",
        starts_on=datetime.date(2022, 2, 23),
        start_time=datetime.time(15, 0),
        end_time=datetime.time(16, 30),
        time_zone="Asia/Seoul",
        attendance_mode=AttendanceMode.HYBRID,
        venue="Seoul Global Center, 9th floor, Jongno-gu",
        city="Seoul",
        country="KR",
        online_details="Zoom",
        event_who="WeGO and its President, the Mayor of Seoul (to be confirmed)\n"
        "Smart technology companies and Korean and international institutions\n"
        "Ambassadors and representatives of embassies in Korea\n"
        "Academics and young participants of the WeGO Smart City Champions",
    )
    articles["release"] = article(
        index,
        "kick-off-2022-press-release",
        "WeGO opens 2022 with programmes for young leaders and citizen-centred cities",
        NewsKind.PRESS_RELEASE,
        datetime.date(2022, 2, 23),
        "At a hybrid event in Seoul, WeGO launched a youth programme, an index to benchmark "
        "smart cities and a platform where members work together, before local governments, "
        "companies, embassies, institutions, academics and young people.",
        [
            paragraph(
                "<p><strong>Seoul, 23 February 2022.</strong> WeGO presented its 2022 activities "
                "today to members, partners and stakeholders around the world. The new "
                "activities reach a wider audience and aim to prepare young people to lead the "
                "cities of tomorrow.</p>",
            ),
            heading("A digital society for all generations"),
            paragraph(
                "<p>Opening the event, Se-hoon Oh, Mayor of Seoul and President of WeGO, "
                "welcomed initiatives that match Seoul's own work after the pandemic. With "
                "contact moving online, he said, an inclusive smart city where every generation "
                "enjoys the rights of a digital society matters more than ever, and Seoul would "
                "work to close the digital divide.</p>",
                "<p>Secretary General Jung Sook Park described WeGO's role as preparing cities "
                "for what comes next. Technologies such as big data and artificial intelligence "
                "can help cities, she noted, but can also threaten citizens' basic rights; "
                "raising awareness of digital ethics among members and partners will be a "
                "priority.</p>",
            ),
            heading("Launches of the day"),
            paragraph(
                "<ul><li><strong>WeGO Smart City Champions</strong>, the flagship programme of "
                "2022: 15 weeks, free and open to anyone under 35, in two phases (lectures, "
                "then workshops).</li>"
                "<li><strong>WeGO Smart Cities Index</strong>, for cities to assess their "
                "development, benchmark it and learn from others.</li>"
                "<li><strong>WeGO Nexus</strong>, the members' platform for communication and "
                "matchmaking.</li>"
                "<li>A planned <strong>Advisory Board</strong> of experts from ministries, "
                "academia, companies and international organisations.</li></ul>",
                "<p>Seoul National University's Graduate School of Public Administration signed "
                "an agreement to join the Champions programme, and WeGO signed a memorandum of "
                "understanding with the Edgelands Institute, a Swiss organisation studying how "
                "the digitalisation of urban security changes the social contract.</p>",
            ),
            heading("Diplomatic support"),
            paragraph(
                "<p>Mexico's Ambassador spoke for Mexico City, vice-president city and host of "
                "the 6th General Assembly in 2023. The Chargé d'Affaires of Ecuador gave "
                "remarks, and the Ambassador of Peru received a certificate of appreciation for "
                "bringing three Peruvian cities into WeGO in 2021. Ambassadors of Algeria, "
                "Azerbaijan, the Dominican Republic, Ecuador, Iran, Mexico, Oman, Peru, the "
                "United Arab Emirates and Vietnam attended in person.</p>",
            ),
        ],
        tags=["youth", "kick-off", "digital ethics"],
        relations={"related_programs": kickoff_programs},
        media_contact=contact,
    )
    articles["youth"] = article(
        index,
        "youth-programme-launch",
        "A smart city programme for young people, free for all under 35",
        NewsKind.NEWS,
        datetime.date(2022, 2, 23),
        "WeGO Smart City Champions starts on 4 March with the support of major universities "
        "in Korea and abroad.",
        [
            paragraph(
                "<p>The programme builds the skills of young people in South Korea and "
                "elsewhere in urban development, sustainability and smart cities, and takes on "
                "the digital divide that the pandemic widened.</p>"
            )
        ],
        tags=["youth"],
        relations={"related_programs": [champions]},
    )
    articles["orientation"] = article(
        index,
        "champions-orientation",
        "Smart City Champions meet for the first time",
        NewsKind.NEWS,
        datetime.date(2022, 3, 4),
        "Participants gathered online for an orientation session before the 15 weeks of the "
        "programme.",
        [paragraph("<p>The session presented the lecture series and the workshops to come.</p>")],
        tags=["youth"],
        relations={"related_programs": [champions]},
    )
    articles["workshop"] = article(
        index,
        "champions-first-workshop",
        "Twenty teams of young leaders start looking for smart city solutions",
        NewsKind.NEWS,
        datetime.date(2022, 5, 16),
        "The first workshop of the WeGO Smart City Champions opened the programme's second "
        "phase with 20 selected teams.",
        [
            paragraph(
                "<p>After the lectures, the teams now work on solutions for sustainable smart "
                "cities.</p>"
            )
        ],
        tags=["youth"],
        relations={"related_programs": [champions]},
    )
    visits = [
        (
            "visit-singapore-embassy",
            "A visit to the Embassy of Singapore",
            datetime.date(2022, 3, 15),
            "WeGO met Adrian Li, Deputy Chief of Mission, to discuss cooperation on the Smart "
            "City Champions and the World Cities Summit.",
        ),
        (
            "visit-costa-rica-ambassador",
            "The Ambassador of Costa Rica visits the secretariat",
            datetime.date(2022, 3, 2),
            "H.E. Alejandro Rodríguez Zamora met the new Secretary General, Jung Sook Park, and "
            "recalled the embassy's past cooperation with WeGO.",
        ),
        (
            "visit-japan-embassy",
            "Japanese diplomats explore smart city cooperation",
            datetime.date(2022, 2, 17),
            "Haruyuki Fujii, Military Attaché, and Masaki Miwa, First Secretary for economic "
            "affairs, exchanged ideas with the Secretary General on smart cities in Japan.",
        ),
        (
            "visit-colombia-embassy",
            "Colombia's Ambassador opens doors to Colombian cities",
            datetime.date(2022, 2, 11),
            "H.E. Juan Carlos Caiza Rosero will connect WeGO with the Colombian Association of "
            "Capital Cities and the Colombian Federation of Municipalities, a step for WeGO's "
            "network in Latin America.",
        ),
        (
            "visit-quebec-office",
            "The Quebec Government Office in Seoul visits WeGO",
            datetime.date(2022, 2, 7),
            "Andrew Lim, Research and Development Attaché, discussed cooperation and the "
            "region's strengths in film, video games and artificial intelligence.",
        ),
    ]
    for slug, title, date, lead in visits:
        articles[slug] = article(
            index, slug, title, NewsKind.NEWS, date, lead, [], tags=["diplomacy"]
        )
    return index, articles
