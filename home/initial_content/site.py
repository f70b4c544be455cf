"""The site's starting content: the home page, the about pages, people, partners, menus.

Facts (names, dates, places, figures) come from the organisation's own documents; the prose
is written for this site. Every function creates what is missing and leaves what exists alone,
so running them again changes nothing."""

import io

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from wagtail.images.models import Image
from wagtail.models import Locale, Page

from foundation.models import Person, PersonTeam, SiteSettings
from home.models import (
    FooterContent,
    HomePage,
    MenuLocation,
    NavigationMenu,
    NavigationMenuItem,
    StandardPage,
)
from programs.snippets import Partner, PartnerKind

from .pages import ensure_page, heading, is_translated, paragraph, translate
from .translations import TRANSLATIONS

HOME_TITLE = "Smart sustainable cities for all"
HOME_INTRODUCTION = (
    "WeGO is an international association of city and local governments, smart technology "
    "companies and institutions that work together so that cities become smarter, more "
    "sustainable and more people-centred."
)
SOCIAL_IMAGE_TITLE = "WeGO social media card"


def ensure_home_page(locale):
    home = HomePage.objects.filter(locale=locale).first()
    if home:
        return home, False
    root = Page.get_first_root_node()
    # Wagtail's own migrations start the tree with a placeholder welcome page whose slug the
    # home page needs; it is replaced as long as nobody has built on it.
    for placeholder in root.get_children().filter(slug="home"):
        if placeholder.specific_class is Page and not placeholder.get_children().exists():
            placeholder.delete()
    return ensure_page(root, HomePage, "home", title=HOME_TITLE, introduction=HOME_INTRODUCTION)


PARTNERS = [
    ("Seoul National University", PartnerKind.UNIVERSITY, "https://www.snu.ac.kr/"),
    ("Kookmin University", PartnerKind.UNIVERSITY, "https://www.kookmin.ac.kr/"),
    ("Korea University", PartnerKind.UNIVERSITY, "https://www.korea.ac.kr/"),
    ("Yonsei University", PartnerKind.UNIVERSITY, "https://www.yonsei.ac.kr/"),
    ("Dongguk University", PartnerKind.UNIVERSITY, "https://www.dongguk.edu/"),
    ("Catholic University of Milan", PartnerKind.UNIVERSITY, "https://www.unicatt.it/"),
    ("Chengdu University of Technology", PartnerKind.UNIVERSITY, ""),
    (
        "Berkman Klein Center for Internet & Society at Harvard University",
        PartnerKind.UNIVERSITY,
        "https://cyber.harvard.edu/",
    ),
    ("Edgelands Institute", PartnerKind.INSTITUTION, "https://www.edgelands.institute/"),
    (
        "Korea Overseas Infrastructure & Urban Development Corporation (KIND)",
        PartnerKind.INSTITUTION,
        "",
    ),
    ("National Information Society Agency (NIA)", PartnerKind.INSTITUTION, ""),
    ("ASEAN Secretariat", PartnerKind.INSTITUTION, "https://asean.org/"),
    ("Trilateral Cooperation Secretariat (TCS)", PartnerKind.INSTITUTION, ""),
    ("Global Fund for Cities Development (FMDV)", PartnerKind.INSTITUTION, ""),
]

ADVISORY_BOARD = [
    ("Alexandre Hedjazi", "Professor", "University of Geneva"),
    ("Byoung Joon Kim", "Dean", "Kookmin University"),
    ("Danil Kerimi", "Founder", "Edgelands Institute"),
    ("Daniel Oh", "Professor", "Korea University"),
    ("Hanna Yoon", "Professor", "Soongsil University"),
    ("Hong Chun Lee", "Professor", "Dongguk University"),
    ("Joo Seok Oh", "Professor", "Korea University"),
    ("Junseok Hwang", "Professor", "Seoul National University"),
    ("Jung Hoon Lee", "Professor", "Yonsei University"),
    ("Matteo Tarantino", "Professor", "Catholic University of Milan"),
    ("Sei Yong Kim", "Professor", "Korea University"),
    ("Yves Daccord", "Fellow", "Berkman Klein Center for Internet & Society, Harvard"),
]

SECRETARIAT = [
    ("Jung Sook Park", "Secretary General", "WeGO Secretariat"),
    ("Eunbyul Elena Cho", "Head of the Programme Department", "WeGO Secretariat"),
    ("Alizée Rousset", "Programme Officer", "WeGO Secretariat"),
]


def ensure_partners():
    created = 0
    for order, (name, kind, website) in enumerate(PARTNERS):
        _partner, was_created = Partner.objects.get_or_create(
            name=name, defaults={"kind": kind, "website": website, "sort_order": order}
        )
        created += was_created
    return created


def ensure_people(locale):
    people = {}
    for team, entries in (
        (PersonTeam.ADVISORY_BOARD, ADVISORY_BOARD),
        (PersonTeam.SECRETARIAT, SECRETARIAT),
    ):
        for order, (name, position, organisation) in enumerate(entries):
            person, _created = Person.objects.get_or_create(
                name=name,
                locale=locale,
                defaults={
                    "position": position,
                    "organisation": organisation,
                    "team": team,
                    "sort_order": order,
                },
            )
            people[name] = person
    return people


def people_block(people, team_names, heading_text):
    return {
        "type": "people",
        "value": {"heading": heading_text, "people": [people[name].pk for name in team_names]},
    }


def ensure_about_pages(home, people):
    about, _created = ensure_page(
        home,
        StandardPage,
        "about",
        title="About WeGO",
        introduction=(
            "The World Smart Sustainable Cities Organization helps cities use digital technology "
            "to serve people better, and connects the governments, companies and institutions "
            "that make it happen."
        ),
        body=[
            heading("Who we are"),
            paragraph(
                "<p>WeGO was founded in 2010 by 50 member cities. Today it brings together "
                "about 160 city and local governments with 35 companies that build smart city "
                "solutions and 16 national and regional institutions.</p>",
                "<p>Its secretariat works from Seoul, the president city, with regional offices "
                "in Abuja (Africa), Chengdu (East Asia) and Beyoğlu (the Mediterranean).</p>",
            ),
            heading("What we aim for"),
            paragraph(
                "<p>Our vision is smart sustainable cities for all, in line with the United "
                "Nations' Sustainable Development Goal 11. We help cities move from "
                "technology-centred projects to citizen-centred ones: public-private "
                "partnerships with a fourth P, for people.</p>",
                "<ul><li>Digital skills, security and ethics</li>"
                "<li>Environmental, social and governance goals</li>"
                "<li>Knowledge sharing, matchmaking and capacity building among members</li></ul>",
            ),
            {
                "type": "key_figures",
                "value": {
                    "heading": "WeGO in figures",
                    "figures": [
                        {"figure": "2010", "label": "Founded, by 50 cities"},
                        {"figure": "5", "label": "Regions of members"},
                        {"figure": "3", "label": "Regional offices"},
                    ],
                },
            },
        ],
    )
    secretariat, _created = ensure_page(
        about,
        StandardPage,
        "secretariat",
        title="Secretariat and contacts",
        introduction=(
            "The secretariat runs WeGO's programmes and answers members, partners and the press."
        ),
        body=[people_block(people, [name for name, *_rest in SECRETARIAT], "The secretariat")],
    )
    return about, secretariat


def ensure_default_social_image():
    """A plain card in the organisation's colours, used when a page has no picture of its own."""
    existing = Image.objects.filter(title=SOCIAL_IMAGE_TITLE).first()
    if existing:
        return existing
    card = PillowImage.new("RGB", (1200, 630), (8, 63, 120))
    draw = ImageDraw.Draw(card)
    font = ImageFont.load_default(size=120)
    small = ImageFont.load_default(size=44)
    draw.text((90, 200), "WeGO", fill=(255, 255, 255), font=font)
    draw.text(
        (95, 360), "World Smart Sustainable Cities Organization", fill=(220, 232, 245), font=small
    )
    buffer = io.BytesIO()
    card.save(buffer, format="PNG")
    image = Image(title=SOCIAL_IMAGE_TITLE, description="")
    image.file.save(
        "wego-social-card.png", ImageFile(buffer, name="wego-social-card.png"), save=False
    )
    image.save()
    return image


def ensure_site_settings(default_image):
    site_settings = SiteSettings.load()
    if not site_settings.x_handle:
        site_settings.x_handle = "WeGovOrg"
        site_settings.x_url = "https://x.com/WeGovOrg"
    if site_settings.default_social_image_id is None:
        site_settings.default_social_image = default_image
    site_settings.save()


def ensure_menus(locale, main_pages, footer_pages):
    for location, pages in ((MenuLocation.MAIN, main_pages), (MenuLocation.FOOTER, footer_pages)):
        menu, created = NavigationMenu.objects.get_or_create(location=location, locale=locale)
        if created:
            for order, page in enumerate(pages):
                NavigationMenuItem.objects.create(menu=menu, page=page, sort_order=order)


def ensure_footer(locale):
    FooterContent.objects.get_or_create(
        locale=locale,
        defaults={
            "contact_heading": "Contact",
            "address": "<p>WeGO Secretariat<br>Seoul, Republic of Korea</p>",
        },
    )


FULLY_TRANSLATED = ("ko", "es")
TRANSLATED_SLUGS = [
    "home",
    "news",
    "events",
    "programmes",
    "members",
    "about",
    "governance",
    "kick-off-2022-press-release",
    "kick-off-2022-media-advisory",
    "smart-city-champions",
    "smart-cities-index",
    "wego-nexus",
    "smart-city-driver",
]


def ensure_translations(default_locale):
    """Korean and Spanish versions of the main pages, menus and footer; the home page in the
    site's other languages. Only what is missing is created."""
    created = 0
    for code, strings in TRANSLATIONS.items():
        locale = Locale.objects.get(language_code=code)
        # Home pages are siblings under the tree's root, so each needs a slug of its own (the
        # one wagtail-localize gives the copy it makes first).
        strings = {**strings, "home": f"home-{code}"}
        slugs = TRANSLATED_SLUGS if code in FULLY_TRANSLATED else ["home"]
        pages = Page.objects.filter(locale=default_locale, slug__in=slugs, depth__gt=1)
        # Deepest first: translating a page copies its parents into the language, and
        # translating those parents afterwards fills them in (the home page's lead story and
        # featured programmes then point to their translations).
        for page in pages.order_by("-depth", "path").specific():
            if not is_translated(page, locale):
                translate(page, locale, strings)
                created += 1
        if code in FULLY_TRANSLATED:
            snippets = [
                *NavigationMenu.objects.filter(locale=default_locale),
                *FooterContent.objects.filter(locale=default_locale),
            ]
            for snippet in snippets:
                if not is_translated(snippet, locale):
                    translate(snippet, locale, strings)
                    created += 1
    return created
