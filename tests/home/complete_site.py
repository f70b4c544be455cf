"""A small but complete site, built from factories the way editors fill it in: every page type
with every relation and every StreamField block, people, partners, menus and footer, members
in every region, and translations made with wagtail-localize. The browser tests walk it and the
HTML checks read every page of it, in a few seconds instead of the full initial content."""

import datetime
from types import SimpleNamespace

from django.test import TestCase
from wagtail.embeds.models import Embed
from wagtail.models import Locale

from foundation.models import SiteSettings
from home.initial_content.pages import translate
from home.models import HomePageFeaturedProgram
from members.choices import RoleKind
from programs.models import ProgramCategory
from programs.snippets import PartnerKind
from tests.events.factories import EventPageFactory
from tests.foundation.factories import DocumentFactory, ImageFactory, PersonFactory
from tests.home.factories import (
    FooterContentFactory,
    NavigationMenuFactory,
    StandardPageFactory,
    build_site_tree,
)
from tests.members.factories import (
    GovernancePageFactory,
    MemberRoleFactory,
    members_in_every_region,
)
from tests.news.factories import (
    ArticleDownloadFactory,
    MediaContactFactory,
    NewsArticlePageFactory,
)
from tests.programs.factories import (
    FeasibilityStudyFactory,
    PartnerFactory,
    ProgramPageFactory,
    ProgramPhaseFactory,
)
from tests.search_index import emptied_search_backend

HOME_TITLE = "Smart sustainable cities for all"
HOME_INTRODUCTION = (
    "WeGO is an international association of city and local governments, smart technology "
    "companies and institutions that work together so that cities become smarter."
)
RELEASE_TITLE = "WeGO opens 2022 with programmes for young leaders and citizen-centred cities"
RELEASE_LEAD = (
    "At a hybrid event in Seoul, WeGO launched a youth programme and a members' platform."
)
VIDEO_URL = "https://www.youtube.com/watch?v=wego-kick-off"

# A page of each type of the site, and of each of its views, at its address.
PAGES_OF_EVERY_TYPE = {
    "home": "/en/",
    "about": "/en/about/",
    "news index": "/en/news/",
    "press release": "/en/news/kick-off-2022-press-release/",
    "media advisory": "/en/news/kick-off-2022-media-advisory/",
    "events": "/en/events/",
    "event": "/en/events/activities-kick-off-2022/",
    "programmes": "/en/programmes/",
    "programme": "/en/programmes/smart-city-champions/",
    "programme component": "/en/programmes/smart-city-driver/project-implementer/",
    "members": "/en/members/",
    "member profile": "/en/members/kampala/",
    "governance": "/en/about/governance/",
    "search": "/en/search/?query=smart",
    "not found": "/en/no-such-page/",
    "Korean press release": "/ko/news/kick-off-2022-press-release/",
    "Arabic home": "/ar/",
}

# What translators gave of the English pages; the rest shows in English. The home pages come
# first, the news index before the release: each page is translated after its parent.
TRANSLATIONS = {
    "ko": {
        "home": "home-ko",
        HOME_TITLE: "모두를 위한 스마트 지속가능 도시",
        "News and media": "뉴스와 미디어",
        RELEASE_TITLE: "WeGO, 청년 리더와 시민 중심 도시를 위한 프로그램으로 2022년을 열다",
        RELEASE_LEAD: "WeGO는 서울에서 열린 행사에서 청년 프로그램과 회원 플랫폼을 출범했습니다.",
    },
    "es": {
        "home": "home-es",
        HOME_TITLE: "Ciudades inteligentes y sostenibles para todos",
        "News and media": "Noticias y medios",
        RELEASE_TITLE: "WeGO abre 2022 con programas para jóvenes líderes y ciudades centradas "
        "en la ciudadanía",
        RELEASE_LEAD: "En un evento híbrido en Seúl, WeGO lanzó un programa para jóvenes.",
    },
    "ar": {"home": "home-ar", HOME_TITLE: "مدن ذكية ومستدامة للجميع"},
}


def every_block(link_page, image, document, people):
    """A body with each block of the shared StreamField, filled in."""
    return [
        {"type": "heading", "value": {"text": "Why it matters", "level": "h2"}},
        {
            "type": "paragraph",
            "value": "<p>Cities use <b>digital technology</b> to serve people better, with "
            f'<a href="https://www.un.org/">the United Nations</a> and '
            f'<a id="{link_page.pk}" linktype="page">our programmes</a>.</p>'
            "<ul><li>Digital skills</li><li>Open data</li></ul>",
        },
        {"type": "heading", "value": {"text": "In detail", "level": "h3"}},
        {
            "type": "image",
            "value": {
                "image": image.pk,
                "caption": "Members at the kick-off",
                "credit": "WeGO Secretariat",
            },
        },
        {
            "type": "quote",
            "value": {
                "quote": "Technology should serve every generation.",
                "attribution": "Jung Sook Park",
                "role": "Secretary General of WeGO",
            },
        },
        {
            "type": "key_figures",
            "value": {
                "heading": "WeGO in figures",
                "figures": [
                    {"figure": "2010", "label": "Founded, by 50 cities"},
                    {"figure": "5", "label": "Regions of members"},
                ],
            },
        },
        {
            "type": "documents",
            "value": {
                "heading": "Read more",
                "documents": [{"document": document.pk, "title": "The 2022 activity plan"}],
            },
        },
        {
            "type": "call_to_action",
            "value": {
                "title": "Join the programme",
                "text": "Applications are open to anyone under 35.",
                "button_label": "See the programme",
                "link": {"page": link_page.pk, "url": ""},
            },
        },
        {
            "type": "call_to_action",
            "value": {
                "title": "Follow the United Nations' goals",
                "text": "",
                "button_label": "Sustainable Development Goal 11",
                "link": {"page": None, "url": "https://sdgs.un.org/goals/goal11"},
            },
        },
        {
            "type": "timeline",
            "value": {
                "heading": "Milestones",
                "entries": [
                    {"when": "2010", "title": "Founded in Seoul", "description": "By 50 cities."},
                    {"when": "2022", "title": "Nexus opens", "description": ""},
                ],
            },
        },
        {
            "type": "people",
            "value": {"heading": "Speakers", "people": [person.pk for person in people]},
        },
        {
            "type": "video",
            "value": {
                "url": VIDEO_URL,
                "title": "The 2022 kick-off",
                "transcript": "The Secretary General opens the event.",
            },
        },
    ]


def build_complete_site():
    """The complete site, in a site tree of its own, and in this worker's search index only."""
    backend = emptied_search_backend()
    # Index updates wait for the transaction to commit, which a test's transaction never does:
    # they run here, as they would once editors' changes are committed.
    with TestCase.captureOnCommitCallbacks(execute=True):
        site = fill_site_tree(build_site_tree())
    backend.refresh_indexes()
    return site


def fill_site_tree(site_tree):
    home, news, events, programmes, directory = (
        site_tree.home,
        site_tree.news,
        site_tree.events,
        site_tree.programs,
        site_tree.members,
    )

    # Libraries, settings and people.
    social_card = ImageFactory(title="WeGO social media card")
    site_settings = SiteSettings.load()
    site_settings.x_handle = "WeGovOrg"
    site_settings.x_url = "https://x.com/WeGovOrg"
    site_settings.linkedin_url = "https://www.linkedin.com/company/wego"
    site_settings.youtube_url = "https://www.youtube.com/@wego"
    site_settings.default_social_image = social_card
    site_settings.save()
    photo = ImageFactory(title="Kick-off in Seoul")
    # Small: lead images come in twelve renditions, and AVIF takes its time.
    stage_photo = ImageFactory(
        title="IMG_2041",
        description="Young leaders on stage at the kick-off in Seoul",
        file__width=800,
        file__height=450,
    )
    document = DocumentFactory(title="Activity plan 2022")
    people = [
        PersonFactory(
            name="Jung Sook Park",
            secretariat=True,
            position="Secretary General",
            with_portrait=True,
        ),
        PersonFactory(name="Alizée Rousset", secretariat=True),
        PersonFactory(name="Daniel Oh"),
    ]
    # The video's player, fetched when an editor saved the page.
    Embed.objects.create(
        url=VIDEO_URL,
        max_width=None,
        type="video",
        html='<iframe src="https://www.youtube-nocookie.com/embed/kick-off" '
        'title="The 2022 kick-off"></iframe>',
    )
    partners = [
        PartnerFactory(name="Seoul National University", logo=ImageFactory(title="SNU logo")),
        PartnerFactory(name="Edgelands Institute", kind=PartnerKind.INSTITUTION),
        PartnerFactory(name="National Information Society Agency", without_website=True),
        PartnerFactory(name="A former sponsor", hidden_from_home_page=True),
    ]

    # Members, their roles and the feasibility studies done with them.
    members = members_in_every_region()
    kampala = members["Kampala"]
    kampala.city = "Kampala Capital City"
    kampala.website = "https://www.kcca.go.ug/"
    kampala.description = "Capital city of Uganda, host of the 2022 executive committee."
    kampala.year_joined = 2012
    kampala.logo = ImageFactory(title="Kampala logo")
    kampala.save()
    MemberRoleFactory(member=members["Seoul"], kind=RoleKind.PRESIDENT_CITY)
    MemberRoleFactory(member=members["Mexico City"], kind=RoleKind.VICE_PRESIDENT_CITY, ended=True)
    MemberRoleFactory(
        member=members["Chengdu"],
        kind=RoleKind.VICE_PRESIDENT_CITY,
        starts_on=datetime.date(2023, 1, 1),
    )
    MemberRoleFactory(member=members["Chengdu"], regional_office=True)
    MemberRoleFactory(member=members["Abuja"], regional_office=True, office_name="Africa")
    MemberRoleFactory(member=kampala)
    MemberRoleFactory(
        member=kampala, starts_on=datetime.date(2019, 2, 1), ends_on=datetime.date(2021, 2, 1)
    )
    MemberRoleFactory(member=members["Moscow"], ended=True)
    FeasibilityStudyFactory(
        year=2019, city="Kampala", country="UG", title="Smart parking platform", member=kampala
    )
    FeasibilityStudyFactory(year=2009, city="Kathmandu", country="NP", title="E-government")

    # Programmes.
    champions = ProgramPageFactory(
        parent=programmes,
        slug="smart-city-champions",
        title="WeGO Smart City Champions",
        introduction="A free programme that prepares young people to shape smart cities.",
        audience="Anyone under 35, whatever their nationality.",
        theme="Young urban leaders building safe and inclusive smart cities.",
        how_to_take_part="<p>Calls open before each edition: <b>write to the secretariat</b>.</p>",
        partners=partners[:2],
        listing_image=photo,
        social_image=social_card,
        lead_image=stage_photo,
        lead_image_caption="Champions of the first edition at work.",
        related_members=[members["Seoul"]],
        body=every_block(programmes, photo, document, people),
    )
    ProgramPhaseFactory(page=champions, period="Weeks 1–8", title="Lecture series")
    ProgramPhaseFactory(
        page=champions,
        period="Weeks 9–15",
        title="Workshops",
        description="Teams work on solutions with mentors.",
    )
    smart_cities_index = ProgramPageFactory(
        parent=programmes,
        slug="smart-cities-index",
        title="WeGO Smart Cities Index",
        category=ProgramCategory.KNOWLEDGE,
        partners=partners[2:3],
    )
    driver = ProgramPageFactory(
        parent=programmes,
        slug="smart-city-driver",
        title="WeGO Smart City Driver",
        category=ProgramCategory.MATCHMAKING,
    )
    ProgramPageFactory(
        parent=driver,
        slug="project-implementer",
        title="Project Implementer",
        category=ProgramCategory.MATCHMAKING,
        body=[
            {
                "type": "feasibility_studies",
                "value": {"heading": "Feasibility studies", "from_year": None, "to_year": None},
            }
        ],
    )
    networks = ProgramPageFactory(
        parent=programmes,
        slug="regional-networks",
        title="Regional networks",
        category=ProgramCategory.NETWORKS,
        related_members=[kampala, members["Abuja"]],
    )

    # News: a release with everything, its media advisory, a later release about a member
    # (which would lead on the home page had editors not chosen the first).
    contact = MediaContactFactory(phone="+82 2 720 2935")
    release = NewsArticlePageFactory(
        parent=news,
        slug="kick-off-2022-press-release",
        title=RELEASE_TITLE,
        lead=RELEASE_LEAD,
        press_release=True,
        date=datetime.date(2022, 2, 23),
        body=every_block(champions, photo, document, people),
        media_contact=contact,
        social_image=photo,
        listing_image=photo,
        lead_image=stage_photo,
        lead_image_caption="The first cohort of Smart City Champions.",
        lead_image_credit="WeGO Secretariat",
        related_programs=[champions, smart_cities_index],
        related_members=[members["Seoul"]],
        tags=["youth", "digital ethics"],
    )
    ArticleDownloadFactory(page=release, document=document, label="Press kit")
    ArticleDownloadFactory(page=release, label="This release in Korean", language="ko")
    NewsArticlePageFactory(
        parent=news,
        slug="kick-off-2022-media-advisory",
        title="Smart city stakeholders meet to launch WeGO's 2022 activities",
        lead="On 23 February WeGO presents its plans for 2022, in Seoul and online.",
        media_advisory=True,
        hybrid=True,
        date=datetime.date(2022, 2, 14),
        event_who="The Mayor of Seoul\nAmbassadors\nYoung participants of the Champions",
        media_contact=contact,
        related_programs=[champions],
        tags=["youth"],
    )
    NewsArticlePageFactory(
        parent=news,
        slug="executive-committee-in-uganda",
        title="The executive committee meets in Uganda",
        press_release=True,
        date=datetime.date(2022, 11, 20),
        related_members=[kampala],
        tags=["governance"],
    )
    NewsArticlePageFactory(parent=news, title="An unpublished draft", draft=True)

    # Events: one with everything, one known by its month, one still to come.
    EventPageFactory(
        parent=events,
        slug="activities-kick-off-2022",
        title="WeGO 2022 Activities Kick-off",
        summary="WeGO presents its 2022 programmes and launches the Smart City Champions.",
        hybrid=True,
        starts_on=datetime.date(2022, 2, 23),
        registration_url="https://wego.example/register/",
        listing_image=photo,
        social_image=social_card,
        lead_image=stage_photo,
        lead_image_credit="WeGO Secretariat",
        body=every_block(champions, photo, document, people),
        related_programs=[champions, smart_cities_index],
        host_members=[members["Seoul"]],
    )
    # The only page about Kampala: the visitor's search finds it alone.
    EventPageFactory(
        parent=events,
        slug="excom-meeting-2022",
        title="WeGO Executive Committee Meeting 2022",
        summary="The executive committee meets to set the organisation's direction.",
        month_only=True,
        starts_on=datetime.date(2022, 11, 1),
        city="Kampala",
        country="UG",
        time_zone="Africa/Kampala",
        related_programs=[networks],
    )
    EventPageFactory(
        parent=events,
        slug="smart-sustainable-cities-training",
        title="Smart Sustainable Cities Training",
        summary="An online course for officials of member cities.",
        online=True,
        starts_on=datetime.date.today() + datetime.timedelta(days=60),
    )

    # About the organisation, its governance, and the home page that leads to everything.
    about = StandardPageFactory(
        parent=home,
        slug="about",
        title="About WeGO",
        introduction="The World Smart Sustainable Cities Organization helps cities.",
        social_image=social_card,
        body=every_block(champions, photo, document, people),
    )
    governance = GovernancePageFactory(
        parent=about,
        introduction="WeGO is led by its president city, vice-president cities and committee.",
        social_image=social_card,
        body=[{"type": "people", "value": {"heading": "Advisory board", "people": [people[2].pk]}}],
    )
    home.title = HOME_TITLE
    home.introduction = HOME_INTRODUCTION
    home.lead_story = release
    home.social_image = social_card
    home.lead_image = stage_photo
    home.lead_image_is_decorative = True
    home.featured_programs = [
        HomePageFeaturedProgram(program=program, sort_order=order)
        for order, program in enumerate([champions, smart_cities_index, driver])
    ]
    home.save_revision().publish()
    # Every page type has a page with all its relations filled in (tests/home/test_previews.py).
    for section in (news, events, programmes, directory):
        section.social_image = social_card
        section.save_revision().publish()
    NavigationMenuFactory(links=[news, events, programmes, directory, about])
    NavigationMenuFactory(
        footer=True, links=[about, governance, news, ("UN-Habitat", "https://unhabitat.org/")]
    )
    FooterContentFactory()

    # Korean and Spanish readers get the release; Arabic readers have their home page so far.
    for code, strings in TRANSLATIONS.items():
        locale = Locale.objects.get_or_create(language_code=code)[0]
        translate(home, locale, strings)
        if RELEASE_TITLE in strings:
            translate(news, locale, strings)
            translate(release, locale, strings)

    return SimpleNamespace(**vars(site_tree), release=release)
