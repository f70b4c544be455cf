import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page, Site

from home.models import HomePage

pytestmark = pytest.mark.django_db


def load():
    call_command("load_initial_content", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_it_makes_a_published_home_page_the_root_of_the_default_site():
    load()

    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    assert isinstance(home, HomePage)
    assert home.live
    assert home.locale.language_code == "en"
    # Wagtail's placeholder welcome page is gone.
    assert not Page.objects.filter(title__startswith="Welcome to your new Wagtail site").exists()


def test_a_second_run_changes_nothing():
    load()
    counts = (Page.objects.count(), Site.objects.count(), Locale.objects.count())
    home = HomePage.objects.get()
    revisions = home.revisions.count()

    load()

    assert (Page.objects.count(), Site.objects.count(), Locale.objects.count()) == counts
    assert HomePage.objects.get().pk == home.pk
    assert home.revisions.count() == revisions


def test_every_content_language_has_a_locale():
    load()
    assert set(Locale.objects.values_list("language_code", flat=True)) == {
        "en",
        "ko",
        "es",
        "fr",
        "ru",
        "zh-hans",
        "ar",
    }
