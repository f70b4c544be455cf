import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page, Revision, Site
from wagtail_localize.models import StringTranslation

from foundation.models import Person
from home.initial_content.languages import STRINGS
from home.initial_content.pages import paragraph
from home.initial_content.text import Text, bullets, english, p, translation_strings
from home.models import HomePage, NavigationMenu
from members.models import Member, MemberRole
from news.models import NewsArticlePage, NewsKind
from programs.models import FeasibilityStudy, Partner
from tests.html_checker import html_errors

pytestmark = pytest.mark.django_db


@pytest.fixture
def load():
    def run():
        call_command("load_initial_content", "--skip-locate", stdout=open("/dev/null", "w"))  # noqa: SIM115

    return run


def snapshot():
    models = (Page, Site, Locale, Revision, Member, MemberRole, Person, Partner, FeasibilityStudy)
    return {model.__name__: model.objects.count() for model in (*models, NavigationMenu)}


def test_it_builds_the_site_from_the_facts_and_a_second_run_changes_nothing(client, load, tmp_path):
    load()

    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    assert isinstance(home, HomePage)
    assert not Page.objects.filter(title__startswith="Welcome to your new Wagtail site").exists()
    assert home.lead_story.kind == NewsKind.PRESS_RELEASE
    advisory = NewsArticlePage.objects.get(slug="kick-off-2022-media-advisory", locale=home.locale)
    assert advisory.kind == NewsKind.MEDIA_ADVISORY
    assert advisory.local_start().isoformat() == "2022-02-23T15:00:00+09:00"
    assert Member.objects.count() == 160
    korean_home = HomePage.objects.get(locale__language_code="ko")
    assert korean_home.title == "모두를 위한 스마트 지속가능 도시"
    assert NewsArticlePage.objects.filter(locale__language_code="es").count() == 10
    assert set(Locale.objects.values_list("language_code", flat=True)) == {
        "en",
        "ko",
        "es",
        "fr",
        "ru",
        "zh-hans",
        "ar",
    }
    assert FeasibilityStudy.objects.count() == 13
    # The advisory board, in English and translated into Korean and Spanish.
    assert Person.objects.filter(team="advisory_board", locale=home.locale).count() == 12
    assert Person.objects.filter(team="advisory_board").count() == 36
    pages = Page.objects.filter(depth__gt=1).specific()
    assert all(page.live for page in pages)
    documents = {}
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        documents[page.url] = response.text
    # The real content, not only the factory-built site, is valid HTML in every language.
    assert html_errors(documents, tmp_path) == {}
    # Each translation written beside a text reached the segment of that text.
    for language, strings in STRINGS.items():
        translated = StringTranslation.objects.filter(locale__language_code=language)
        assert set(strings.items()) <= set(translated.values_list("translation_of__data", "data"))

    before = snapshot()
    load()
    assert snapshot() == before


def test_texts_are_built_in_english_and_translated_by_their_segments():
    who = Text("Mayors\nAmbassadors", es="Alcaldes\nEmbajadores")
    body = paragraph(p(Text("<strong>WeGO</strong> grows", es="<strong>WeGO</strong> crece")))
    goals = bullets(Text("Ethics", es="Ética"), "Skills")

    assert english({"who": who, "body": [body], "goals": goals}) == {
        "who": "Mayors\nAmbassadors",
        "body": [{"type": "paragraph", "value": "<p><strong>WeGO</strong> grows</p>"}],
        "goals": "<ul><li>Ethics</li><li>Skills</li></ul>",
    }
    # Plain text is segmented whole, its line breaks as <br/>; rich text by paragraph and item.
    assert translation_strings(who, body, goals) == {
        "es": {
            "Mayors<br/>Ambassadors": "Alcaldes<br/>Embajadores",
            "<strong>WeGO</strong> grows": "<strong>WeGO</strong> crece",
            "Ethics": "Ética",
        }
    }
    with pytest.raises(ValueError, match="two es translations"):
        translation_strings(Text("Seoul", es="Seúl"), Text("Seoul", es="Seul"))
