"""The initial content in Korean and Spanish: the about pages, the footer, the governance page,
every event and article, read by visitors of those languages. Loaded once for the module
(test_initial_content.py checks that loading twice changes nothing)."""

import io
import re
from html import unescape

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.strings import StringValue

from events.models import EventPage
from home.initial_content import languages
from home.initial_content.languages import STRINGS
from home.models import FooterContent, StandardPage
from news.models import NewsArticlePage

pytestmark = pytest.mark.django_db

# What the pages show of the texts each translation must cover; slugs and time zones are not
# shown as text.
NOT_SHOWN = {"slug", "time_zone"}


@pytest.fixture(scope="module")
def initial_content(module_transaction):
    call_command("load_initial_content", "--skip-locate", stdout=io.StringIO())


def titles_of_cards(html):
    return {
        unescape(title)
        for title in re.findall(r'class="card__title"><a href="[^"]+">([^<]+)</a>', html)
    }


def translated(language, titles):
    """The titles as the initial content translates them (its table holds texts as segments)."""
    return {unescape(STRINGS[language][StringValue.from_plaintext(title).data]) for title in titles}


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ko", ["제6차 WeGO 총회", "2022 WeGO 집행위원회 회의", "WeGO 2022년 활동 출범식"]),
        ("es", ["6.ª Asamblea General de WeGO", "Reunión del Comité Ejecutivo de WeGO 2022"]),
    ],
)
def test_korean_and_spanish_event_pages_list_every_event(
    client, initial_content, language, expected
):
    html = client.get(f"/{language}/events/").text

    titles = titles_of_cards(html)
    english = EventPage.objects.filter(locale__language_code="en").values_list("title", flat=True)
    assert len(titles) == len(english) == 11
    assert titles == translated(language, english)
    assert set(expected) <= set(titles)


@pytest.mark.parametrize(
    ("language", "pages"),
    [
        (
            "ko",
            {
                "/ko/about/": [
                    "우리는 누구인가",
                    "세계스마트지속가능도시기구(WeGO)는",
                    "50개 도시가 설립",
                ],
                "/ko/about/secretariat/": ["사무국과 연락처", "사무총장, WeGO 사무국"],
                "/ko/about/governance/": [
                    "회장 도시와 부회장 도시",
                    "자문위원회",
                    "교수, 제네바대학교",
                ],
                "/ko/": ["연락처", "WeGO 사무국<br/>대한민국 서울"],
            },
        ),
        (
            "es",
            {
                "/es/about/": ["Quiénes somos", "WeGO nació en 2010", "Oficinas regionales"],
                "/es/about/secretariat/": ["Secretaría y contactos", "Secretaria general"],
                "/es/about/governance/": ["Dirigen WeGO", "Consejo asesor", "Profesora"],
                "/es/": ["Contacto", "Secretaría de WeGO<br/>Seúl, República de Corea"],
            },
        ),
    ],
)
def test_about_governance_and_footer_read_in_the_pages_language(
    client, initial_content, language, pages
):
    for url, texts in pages.items():
        html = client.get(url).text
        for text in texts:
            assert text in html, (url, text)
        assert "translation-notice" not in html, url


@pytest.mark.parametrize("language", ["ko", "es"])
def test_every_article_reads_in_korean_and_spanish(client, initial_content, language):
    english = NewsArticlePage.objects.filter(locale__language_code="en")
    translated = NewsArticlePage.objects.filter(locale__language_code=language)
    assert translated.count() == english.count() == 10

    titles = titles_of_cards(client.get(f"/{language}/news/").text)
    assert set(titles) == {
        STRINGS[language][title] for title in english.values_list("title", flat=True)
    }


@pytest.mark.parametrize("language", ["ko", "es"])
def test_translators_find_every_text_of_the_initial_content_translated(initial_content, language):
    """In the translation editor, no segment of the initial content waits for a translator:
    pages and the snippets they show (people, media contact, menus, footer). Names of people
    stay as they are."""
    waiting = []
    for translation in Translation.objects.filter(target_locale__language_code=language):
        instance = translation.source.get_source_instance()
        for segment in StringSegment.objects.filter(source=translation.source).select_related(
            "string", "context"
        ):
            field = segment.context.path.split(".")[0]
            if field in NOT_SHOWN or (field == "name" and not isinstance(instance, Page)):
                continue
            if not StringTranslation.objects.filter(
                translation_of=segment.string,
                context=segment.context,
                locale=translation.target_locale,
            ).exists():
                waiting.append((str(instance), segment.context.path, segment.string.data))
    assert waiting == []


def test_a_site_loaded_earlier_gets_the_new_translations_and_keeps_its_translators_words(
    client, initial_content
):
    """Before this content had them, the Korean about page and footer were copies in
    English; loading again fills in what the initial content now translates."""
    korean = Locale.objects.get(language_code="ko")
    about = StandardPage.objects.get(slug="about", locale__language_code="en")
    footer = FooterContent.objects.get(locale__language_code="en")
    for instance in (about, footer):
        StringTranslation.objects.filter(
            context__object_id=instance.translation_key, locale=korean
        ).delete()
    # A translator's own title for the page.
    title = StringSegment.objects.get(
        source__object_id=about.translation_key, context__path="title"
    )
    StringTranslation.objects.create(
        translation_of=title.string, context=title.context, locale=korean, data="WeGO를 소개합니다"
    )
    for instance in (about, footer):
        Translation.objects.get(
            source__object_id=instance.translation_key, target_locale=korean
        ).save_target(publish=True)
    assert "Who we are" in client.get("/ko/about/").text

    languages.ensure_translations(Locale.objects.get(language_code="en"))

    html = client.get("/ko/about/").text
    assert "우리는 누구인가" in html
    assert "<h1>WeGO를 소개합니다</h1>" in html
    assert "WeGO 사무국<br/>대한민국 서울" in html
    assert languages.ensure_translations(Locale.objects.get(language_code="en")) == (0, 0)


@pytest.mark.parametrize("language", ["fr", "ru", "zh-hans", "ar"])
def test_the_member_directory_and_profiles_read_in_the_other_languages(
    client, initial_content, language
):
    directory = client.get(f"/{language}/members/")
    assert directory.status_code == 200
    html = directory.text
    assert f'<html lang="{language}"' in html
    heading = re.search(r"<h1[^>]*>([^<]+)</h1>", html)[1]
    assert heading == STRINGS[language]["Members"]
    assert f'href="/{language}/members/seoul/"' in html

    profile = client.get(f"/{language}/members/seoul/")
    assert profile.status_code == 200
    assert re.search(r"<h1[^>]*>Seoul</h1>", profile.text)
