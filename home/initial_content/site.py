"""The home page (in every language of the site), the default site, its settings and social
card, and the about pages.

Facts (names, dates, places, figures) come from the organisation's own documents; the prose
is written for this site. Every function creates what is missing and leaves what exists alone,
so running them again changes nothing."""

import io
from urllib.parse import urlsplit

from django.conf import settings
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from wagtail.images.models import Image
from wagtail.models import Page, Site

from foundation.models import SiteSettings
from home.models import HomePage, StandardPage

from .pages import ensure_page, heading, list_items, paragraph
from .people import SECRETARIAT, people_block
from .text import Text, as_is, bullets, p

HOME_PAGE = {
    "slug": "home",
    "title": Text(
        "Smart sustainable cities for all",
        ko="모두를 위한 스마트 지속가능 도시",
        es="Ciudades inteligentes y sostenibles para todos",
        fr="Des villes intelligentes et durables pour tous",
        ru="Умные и устойчивые города для всех",
        zh_hans="人人共享的智慧可持续城市",
        ar="مدن ذكية ومستدامة للجميع",
    ),
    "introduction": Text(
        "WeGO is an international association of city and local governments, smart technology "
        "companies and institutions that work together so that cities become smarter, more "
        "sustainable and more people-centred.",
        ko=(
            "WeGO는 도시와 지방정부, 스마트 기술 기업과 기관이 함께 모여 도시를 더 똑똑하고, 더 "
            "지속가능하며, 더 사람 중심으로 만들어 가는 국제 협의체입니다."
        ),
        es=(
            "WeGO es una asociación internacional de gobiernos locales, empresas de tecnología "
            "inteligente e instituciones que trabajan juntos para que las ciudades sean más "
            "inteligentes, más sostenibles y estén más centradas en las personas."
        ),
        fr=(
            "WeGO est une association internationale de collectivités locales, d'entreprises de "
            "technologies intelligentes et d'institutions qui travaillent ensemble pour des "
            "villes plus intelligentes, plus durables et davantage au service des habitants."
        ),
        ru=(
            "WeGO — международная ассоциация городов и органов местного самоуправления, компаний "
            "умных технологий и учреждений, которые вместе делают города умнее, устойчивее и "
            "ближе к людям."
        ),
        zh_hans=(
            "WeGO 是由城市和地方政府、智慧技术企业及机构组成的国际组织，共同推动城市更智慧、"
            "更可持续、更以人为本。"
        ),
        ar=(
            "WeGO رابطة دولية تضم حكومات المدن والحكومات المحلية وشركات التكنولوجيا الذكية "
            "والمؤسسات، تعمل معًا لتصبح المدن أذكى وأكثر استدامة وأقرب إلى الناس."
        ),
    ),
}
# What the home page shows first, by slug: a news article and programmes.
LEAD_STORY = "kick-off-2022-press-release"
FEATURED_PROGRAMS = [
    "smart-city-champions",
    "smart-cities-index",
    "wego-nexus",
    "smart-city-driver",
]

ABOUT_PAGE = {
    "slug": "about",
    "title": Text("About WeGO", ko="WeGO 소개", es="Acerca de WeGO"),
    "introduction": Text(
        "The World Smart Sustainable Cities Organization helps cities use digital technology "
        "to serve people better, and connects the governments, companies and institutions "
        "that make it happen.",
        ko=(
            "세계스마트지속가능도시기구(WeGO)는 도시가 디지털 기술로 시민에게 더 나은 서비스를 "
            "제공하도록 돕고, 이를 함께 실현하는 정부와 기업, 기관을 서로 잇습니다."
        ),
        es=(
            "La Organización Mundial de Ciudades Inteligentes y Sostenibles ayuda a las ciudades "
            "a servir mejor a las personas con la tecnología digital y pone en contacto a los "
            "gobiernos, las empresas y las instituciones que lo hacen posible."
        ),
    ),
    "body": [
        heading(Text("Who we are", ko="우리는 누구인가", es="Quiénes somos")),
        paragraph(
            p(
                Text(
                    "WeGO was founded in 2010 by 50 member cities. Today it brings together city "
                    "and local governments, companies that build smart city solutions and "
                    "national and regional institutions.",
                    ko=(
                        "WeGO는 2010년 50개 회원 도시가 함께 설립했습니다. 지금은 도시·지방정부와 "
                        "스마트시티 솔루션을 만드는 기업, 국가·지역 기관이 모여 있습니다."
                    ),
                    es=(
                        "WeGO nació en 2010 de la mano de 50 ciudades fundadoras. Hoy reúne a "
                        "gobiernos locales, empresas que desarrollan soluciones para ciudades "
                        "inteligentes e instituciones nacionales y regionales."
                    ),
                )
            ),
            p(
                Text(
                    "Its secretariat works from Seoul, the president city, with regional offices "
                    "in Abuja (Africa), Chengdu (East Asia) and Beyoğlu (the Mediterranean).",
                    ko=(
                        "사무국은 회장 도시인 서울에 있으며, 아부자(아프리카), 청두(동아시아), "
                        "베이올루(지중해)에 지역사무소를 두고 있습니다."
                    ),
                    es=(
                        "Su secretaría trabaja desde Seúl, la ciudad que ocupa la presidencia, y "
                        "cuenta con oficinas regionales en Abuya (África), Chengdu (Asia Oriental) "
                        "y Beyoğlu (Mediterráneo)."
                    ),
                )
            ),
        ),
        {
            "type": "membership_figures",
            "value": {"heading": Text("Our members", ko="회원 현황", es="Nuestros miembros")},
        },
        heading(Text("What we aim for", ko="우리가 지향하는 것", es="Lo que buscamos")),
        paragraph(
            p(
                Text(
                    "Our vision is smart sustainable cities for all, in line with the United "
                    "Nations' Sustainable Development Goal 11. We help cities move from "
                    "technology-centred projects to citizen-centred ones: public-private "
                    "partnerships with a fourth P, for people.",
                    ko=(
                        "우리의 비전은 유엔 지속가능발전목표 11번과 뜻을 같이하는, 모두를 위한 "
                        "스마트 지속가능 도시입니다. 도시가 기술 중심의 사업에서 시민 중심의 "
                        "사업으로 나아가도록 돕습니다. 민관협력(PPP)에 네 번째 P, 곧 "
                        "사람(People)을 더하는 것입니다."
                    ),
                    es=(
                        "Nuestra visión son ciudades inteligentes y sostenibles para todos, en "
                        "la línea del Objetivo de Desarrollo Sostenible 11 de las Naciones "
                        "Unidas. Ayudamos a las ciudades a pasar de proyectos centrados en la "
                        "tecnología a proyectos centrados en la ciudadanía: alianzas "
                        "público-privadas con una cuarta P, la de las personas."
                    ),
                )
            ),
            bullets(
                Text(
                    "Digital skills, security and ethics",
                    ko="디지털 역량, 보안, 윤리",
                    es="Competencias, seguridad y ética digitales",
                ),
                Text(
                    "Environmental, social and governance goals",
                    ko="환경·사회·거버넌스(ESG) 목표",
                    es="Objetivos ambientales, sociales y de gobernanza",
                ),
                Text(
                    "Knowledge sharing, matchmaking and capacity building among members",
                    ko="회원 간 지식 공유, 매칭, 역량 강화",
                    es=(
                        "Intercambio de conocimientos, encuentros y fortalecimiento de "
                        "capacidades entre los miembros"
                    ),
                ),
            ),
        ),
        {
            "type": "key_figures",
            "value": {
                "heading": Text("WeGO in figures", ko="숫자로 보는 WeGO", es="WeGO en cifras"),
                "figures": list_items(
                    {
                        "figure": as_is("2010"),
                        "label": Text(
                            "Founded, by 50 cities",
                            ko="50개 도시가 설립",
                            es="Año de fundación, por 50 ciudades",
                        ),
                    },
                    {
                        "figure": as_is("5"),
                        "label": Text(
                            "Regions of members", ko="회원이 속한 권역", es="Regiones de miembros"
                        ),
                    },
                    {
                        "figure": as_is("3"),
                        "label": Text(
                            "Regional offices", ko="지역사무소", es="Oficinas regionales"
                        ),
                    },
                ),
            },
        },
    ],
}
SECRETARIAT_PAGE = {
    "slug": "secretariat",
    "title": Text("Secretariat and contacts", ko="사무국과 연락처", es="Secretaría y contactos"),
    "introduction": Text(
        "The secretariat runs WeGO's programmes and answers members, partners and the press.",
        ko="사무국은 WeGO의 프로그램을 운영하고 회원, 파트너, 언론의 문의에 답합니다.",
        es=(
            "La secretaría lleva los programas de WeGO y atiende a los miembros, los socios y la "
            "prensa."
        ),
    ),
}
SECRETARIAT_HEADING = Text("The secretariat", ko="사무국", es="La secretaría")

# In Korean and Spanish; the home page is also in the site's other languages.
TRANSLATED_PAGES = [HOME_PAGE, ABOUT_PAGE, SECRETARIAT_PAGE]
# Texts of the pages above that functions place: translated with them.
TRANSLATED_TEXTS = [SECRETARIAT_HEADING]

SOCIAL_IMAGE_TITLE = "WeGO social media card"


def ensure_home_page(locale):
    home = HomePage.objects.filter(locale=locale).first()
    if home:
        return home, False
    root = Page.get_first_root_node()
    # Wagtail's own migrations start the tree with a placeholder welcome page whose slug the
    # home page needs; it is replaced as long as nobody has built on it.
    for placeholder in root.get_children().filter(slug=HOME_PAGE["slug"]):
        if placeholder.specific_class is Page and not placeholder.get_children().exists():
            placeholder.delete()
    return ensure_page(root, HomePage, **HOME_PAGE)


def ensure_default_site(home):
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        # The address used in absolute links (feeds, sitemap, calendar files) until editors
        # set the real one under Settings → Sites.
        address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        Site.objects.create(
            is_default_site=True,
            hostname=address.hostname,
            port=address.port or (443 if address.scheme == "https" else 80),
            root_page=home,
            site_name="WeGO",
        )
    elif (
        site.root_page_id != home.pk and not HomePage.objects.filter(pk=site.root_page_id).exists()
    ):
        site.root_page = home
        site.save()


def feature_on_home_page(home, articles, programs):
    """Lead the home page with LEAD_STORY and show FEATURED_PROGRAMS, from the articles and
    programmes ensure_news and ensure_programs made, by slug."""
    home = HomePage.objects.get(pk=home.pk)
    home.lead_story = articles[LEAD_STORY]
    home.featured_programs.set(
        [
            home.featured_programs.model(program=programs[slug], sort_order=order)
            for order, slug in enumerate(FEATURED_PROGRAMS)
        ]
    )
    home.save_revision().publish()


def ensure_about_pages(home, people):
    """The about page, with the secretariat's page under it."""
    about, _created = ensure_page(home, StandardPage, **ABOUT_PAGE)
    secretariat, _created = ensure_page(
        about,
        StandardPage,
        **SECRETARIAT_PAGE,
        body=[people_block(people, SECRETARIAT, SECRETARIAT_HEADING)],
    )
    site_settings = SiteSettings.load()
    if site_settings.contact_page_id is None:
        site_settings.contact_page = secretariat
        site_settings.save()
    return about


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
