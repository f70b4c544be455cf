"""Seven languages, really: what a page shows in another language than its own says so, to
screen readers (lang, dir: WCAG 3.1.2) and to sighted visitors (a language label, a notice, the
switcher's hint); home pages of languages with little content of their own show the site's."""

import datetime
import re

import pytest
from django.utils import translation
from wagtail.models import Locale

from home.initial_content.pages import heading, paragraph
from home.initial_content.people import people_block
from home.initial_content.text import english
from tests.events.factories import EventPageFactory
from tests.foundation.factories import PersonFactory
from tests.home.factories import (
    FooterContentFactory,
    NavigationMenuFactory,
    StandardPageFactory,
    build_site_tree,
)
from tests.html_languages import declared
from tests.news.factories import NewsArticlePageFactory
from tests.programs.factories import PartnerFactory, ProgramPageFactory, ProgramPhaseFactory

pytestmark = pytest.mark.django_db

ABOUT_INTRODUCTION = "WeGO helps cities use digital technology to serve people better."
ABOUT_PARAGRAPH = "WeGO was founded in 2010 by 50 member cities."


@pytest.fixture(scope="module")
def site(module_transaction):
    """English content, translated in part: the home page into Korean, French and Arabic; the
    news index and one release into Korean; the about page into Korean by a translator who
    published it with only its title and first heading translated."""
    from home.initial_content.pages import translate

    tree = build_site_tree()
    release = NewsArticlePageFactory(
        parent=tree.news,
        press_release=True,
        title="WeGO opens 2022",
        lead="A youth programme was launched in Seoul.",
        date=datetime.date(2022, 2, 23),
        tags=["youth"],
    )
    visit = NewsArticlePageFactory(
        parent=tree.news,
        title="A visit to the Embassy of Singapore",
        lead="WeGO met the Deputy Chief of Mission.",
        date=datetime.date(2022, 3, 15),
    )
    program = ProgramPageFactory(
        parent=tree.programs, title="Smart City Champions", introduction="A youth programme."
    )
    event = EventPageFactory(
        parent=tree.events, title="General Assembly", summary="Members meet in Seoul."
    )
    person = PersonFactory(name="Alexandre Hedjazi", position="Professor")
    about = StandardPageFactory(
        parent=tree.home,
        slug="about",
        title="About WeGO",
        introduction=ABOUT_INTRODUCTION,
        body=english(
            [
                heading("Who we are"),
                paragraph(f"<p>{ABOUT_PARAGRAPH}</p>"),
                people_block({person.name: person}, [(person.name,)], "Advisory board"),
            ]
        ),
    )
    PartnerFactory(name="Seoul National University")
    FooterContentFactory()
    NavigationMenuFactory(links=[tree.news, about])

    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0] for code in ("ko", "fr", "ar")
    }
    for code, locale in locales.items():
        translate(tree.home, locale, {"home": f"home-{code}"})
    korean = locales["ko"]
    translate(tree.news, korean, {"News and media": "뉴스와 미디어"})
    translate(
        release,
        korean,
        {
            "WeGO opens 2022": "WeGO, 2022년을 열다",
            release.lead: "서울에서 청년 프로그램이 출범했습니다.",
        },
    )
    translate(about, korean, {"About WeGO": "WeGO 소개", "Who we are": "우리는 누구인가"})
    return {"release": release, "visit": visit, "program": program, "event": event}


def test_english_passages_of_arabic_and_korean_pages_are_marked_english(client, site):
    arabic = client.get("/ar/").text
    for english_text in (
        "WeGO opens 2022",  # the lead story, not translated into Arabic
        "A youth programme was launched in Seoul.",
        "A visit to the Embassy of Singapore",  # latest news
        "Smart City Champions",  # a programme
        "General Assembly",  # an upcoming event
        "Members meet in Seoul.",
        "Seoul National University",  # partners are entered in English only
        "Contact",  # the English footer, for want of an Arabic one
        "Seoul, Republic of Korea",
        "About WeGO",  # a menu entry to an English page
    ):
        assert declared(arabic, english_text) == {("en", "ltr")}, english_text
    # The Arabic home page's own title, which the translator left in English.
    assert declared(arabic, "Smart sustainable cities for all") == {("en", "ltr")}

    korean = client.get("/ko/").text
    assert declared(korean, "WeGO, 2022년을 열다") == {("ko", "ltr")}  # translated
    assert declared(korean, "A visit to the Embassy of Singapore") == {("en", "ltr")}
    assert declared(korean, "뉴스와 미디어") == {("ko", "ltr")}  # the menu's translated page
    assert declared(korean, "Contact") == {("en", "ltr")}  # the English footer


def test_what_a_translator_left_untranslated_is_marked_and_announced(client, site):
    html = client.get("/ko/about/").text

    assert declared(html, "WeGO 소개") == {("ko", "ltr")}
    assert declared(html, "우리는 누구인가") == {("ko", "ltr")}
    assert declared(html, ABOUT_INTRODUCTION) == {("en", "ltr")}
    assert declared(html, ABOUT_PARAGRAPH) == {("en", "ltr")}
    assert declared(html, "Professor") == {("en", "ltr")}  # the person, not translated
    notice = html[html.index('class="translation-notice"') :].split("</p>")[0]
    assert 'href="/en/about/" hreflang="en"' in notice

    # A complete translation says nothing of the sort, nor does the original; what it copies
    # from its source unchanged (tags) stays marked as the source's.
    release = client.get("/ko/news/wego-opens-2022/").text
    assert "translation-notice" not in release
    assert declared(release, "youth") == {("en", "ltr")}
    assert "translation-notice" not in client.get("/en/about/").text


def test_untranslated_cards_carry_a_visible_language_label(client, site):
    html = client.get("/fr/").text
    with translation.override("fr"):
        english_in_french = translation.get_language_info("en")["name_translated"]
    latest = html[html.index('id="latest-news-title"') :].split("</section>")[0]
    assert f'<span class="badge badge--language">{english_in_french}</span>' in latest
    programs = html[html.index('id="programs-title"') :].split("</section>")[0]
    assert f'<span class="badge badge--language">{english_in_french}</span>' in programs

    # Cards in the page's own language have none.
    korean = client.get("/ko/").text
    lead = korean[korean.index('<section class="lead-story"') :].split("</section>")[0]
    assert "badge--language" not in lead


def test_home_pages_of_languages_without_news_show_the_sites_latest(client, site):
    html = client.get("/fr/").text

    assert "No news yet." not in html
    latest = html[html.index('id="latest-news-title"') :].split("</section>")[0]
    assert "A visit to the Embassy of Singapore" in latest
    assert "WeGO opens 2022" in html  # leading the page
    events = html[html.index('id="upcoming-events-title"') :].split("</section>")[0]
    assert "General Assembly" in events
    assert "Smart City Champions" in html
    # "See all" leads to the English sections, and says they are in English.
    with translation.override("fr"):
        english_in_french = translation.get_language_info("en")["name_translated"]
    assert re.search(
        r'<a class="more-link" href="/en/news/">[^<]+</a> '
        rf'<span class="badge badge--language">{english_in_french}</span>',
        latest,
    )
    # Where the language has its own section, the link stays in it.
    korean = client.get("/ko/").text
    assert '<a class="more-link" href="/ko/news/">' in korean
    assert '<a class="more-link" href="/en/events/">' in korean


def test_home_pages_show_each_story_once_in_the_visitors_language_where_they_can(client, site):
    html = client.get("/ko/").text

    # The release in Korean leads; the visit, not translated, follows in English; the
    # release is not repeated in English.
    assert "WeGO, 2022년을 열다" in html
    assert "A visit to the Embassy of Singapore" in html
    assert "WeGO opens 2022" not in html


def test_the_switcher_shows_which_languages_lack_the_page(client, site):
    html = client.get("/ko/about/").text
    switcher = html[html.index('class="language-switcher"') :].split("</nav>")[0]
    french = switcher[switcher.index('lang="fr"') :].split("</li>")[0]
    assert '<span class="language-switcher__hint" aria-hidden="true">' in french
    english_entry = switcher[switcher.index('lang="en"') :].split("</li>")[0]
    assert "language-switcher__hint" not in english_entry


def test_arabic_pages_set_english_passages_left_to_right(client, site):
    html = client.get("/ar/").text
    main = html[html.index("<main") : html.index("</footer>")]
    marked = re.findall(r' lang="en"( dir="ltr")?', main)
    assert marked
    assert all(marked)


def test_a_phase_the_translator_left_untranslated_is_marked_and_announced(client, site):
    from home.initial_content.pages import translate

    program = ProgramPageFactory(
        parent=site["program"].get_parent(),
        slug="officials-training",
        title="Training for officials",
        introduction="Courses for the staff of member cities.",
    )
    ProgramPhaseFactory(page=program, period="Weeks 1–8", title="Lectures")
    ProgramPhaseFactory(page=program, period="Weeks 9–15", title="Workshops")
    program.save_revision().publish()
    korean = Locale.objects.get(language_code="ko")
    translate(
        program,
        korean,
        {
            "Training for officials": "공무원 교육",
            "Courses for the staff of member cities.": "회원 도시 직원을 위한 과정",
            "Weeks 1–8": "1–8주차",
            "Lectures": "강의",
        },
    )

    html = client.get(program.get_translation(korean).url).text
    assert declared(html, "강의") == {("ko", "ltr")}
    assert declared(html, "1–8주차") == {("ko", "ltr")}
    assert declared(html, "Workshops") == {("en", "ltr")}
    assert declared(html, "Weeks 9–15") == {("en", "ltr")}
    assert 'class="translation-notice"' in html
