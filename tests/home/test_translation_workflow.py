"""Communications staff translate with wagtail-localize: PO files for outside translators,
machine translation when configured, and translations kept in sync with their source."""

import polib
import pytest
from django.urls import reverse
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from news.models import NewsArticlePage
from tests.news.factories import korean_press_release

pytestmark = pytest.mark.django_db


@pytest.fixture
def release_in_korean(site_tree):
    release = korean_press_release(
        site_tree, title="WeGO opens 2022", lead="A youth programme starts."
    )
    translation = Translation.objects.get(
        source__object_id=release.translation_key, target_locale__language_code="ko"
    )
    return release, translation


def test_a_po_file_goes_out_to_a_translator_and_comes_back_into_the_page(client, release_in_korean):
    release, translation = release_in_korean
    po = polib.pofile(str(translation.export_po()))
    sources = {entry.msgid for entry in po}
    assert {"WeGO opens 2022", "A youth programme starts."} <= sources

    for entry in po:
        entry.msgstr = {
            "WeGO opens 2022": "WeGO, 2022년을 열다",
            "A youth programme starts.": "청년 프로그램이 시작됩니다.",
        }.get(entry.msgid, "")
    warnings = translation.import_po(po)
    assert warnings == []
    translation.save_target(publish=True)

    korean = NewsArticlePage.objects.get(
        translation_key=release.translation_key, locale__language_code="ko"
    )
    assert korean.title == "WeGO, 2022년을 열다"
    assert korean.lead == "청년 프로그램이 시작됩니다."


def test_the_translation_editor_offers_machine_translation_from_the_configured_service(
    admin_client, release_in_korean
):
    _release, translation = release_in_korean
    response = admin_client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.id])
    )
    assert response.status_code == 302
    translated = dict(
        StringTranslation.objects.filter(locale=translation.target_locale).values_list(
            "translation_of__data", "data"
        )
    )
    # The test settings use a deterministic stand-in that reverses the words.
    assert translated["WeGO opens 2022"] == "2022 opens WeGO"
    assert translated["A youth programme starts."] == "starts. programme youth A"


def test_a_changed_source_is_synced_into_the_translation(release_in_korean):
    release, translation = release_in_korean
    release.lead = "A youth programme starts in March."
    release.save_revision().publish()

    source, _created = TranslationSource.update_or_create_from_instance(release)
    assert "A youth programme starts in March." in {
        segment.string.data for segment in source.stringsegment_set.select_related("string")
    }
    translation.save_target(publish=True)
    korean = NewsArticlePage.objects.get(
        translation_key=release.translation_key, locale__language_code="ko"
    )
    # Not translated yet: the new sentence shows in English until a translator takes it on.
    assert korean.lead == "A youth programme starts in March."


def test_machine_translation_is_off_without_a_key(settings):
    from wagtail_localize.machine_translators import get_machine_translator

    del settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR
    assert get_machine_translator() is None
