import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page, Revision, Site

from foundation.models import Person
from home.models import HomePage, NavigationMenu
from members.models import Member, MemberRole
from news.models import NewsArticlePage, NewsKind
from programs.models import FeasibilityStudy, Partner

pytestmark = pytest.mark.django_db


@pytest.fixture
def load():
    def run():
        call_command("load_initial_content", "--skip-locate", stdout=open("/dev/null", "w"))  # noqa: SIM115

    return run


def snapshot():
    models = (Page, Site, Locale, Revision, Member, MemberRole, Person, Partner, FeasibilityStudy)
    return {model.__name__: model.objects.count() for model in (*models, NavigationMenu)}


def test_it_builds_the_site_from_the_facts_and_a_second_run_changes_nothing(client, load):
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
    assert NewsArticlePage.objects.filter(locale__language_code="es").count() == 2
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
    assert Person.objects.filter(team="advisory_board").count() == 12
    pages = Page.objects.filter(depth__gt=1).specific()
    assert all(page.live for page in pages)
    for page in pages:
        assert client.get(page.url).status_code == 200, page.url

    before = snapshot()
    load()
    assert snapshot() == before
