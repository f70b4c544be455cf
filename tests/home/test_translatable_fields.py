"""What the translation editor offers: the texts visitors read, in every page and snippet, and
never the values that are the same in every language (slug, time zone, phone numbers), which
translations take from their original."""

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from home.initial_content.pages import translate
from home.models import NavigationMenu
from news.models import MediaContact, NewsArticlePage, TagLabel
from tests.foundation.factories import DocumentFactory
from tests.home.factories import FooterContentFactory, NavigationMenuFactory
from tests.news.factories import (
    ArticleDownloadFactory,
    MediaContactFactory,
    NewsArticlePageFactory,
)
from tests.programs.factories import ProgramPageFactory, ProgramPhaseFactory
from tests.translation_editor import (
    offered_paths,
    offered_texts,
    publish,
    submit_translation,
    translate_text,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def korean(site_tree):
    locale, _created = Locale.objects.get_or_create(language_code="ko")
    translate(site_tree.home, locale, {})
    translate(site_tree.news, locale, {})
    translate(site_tree.programs, locale, {})
    return locale


@pytest.fixture
def advisory(site_tree):
    """A media advisory as the initial content writes it: lists in its blocks as plain lists."""
    document = DocumentFactory(title="Activity plan 2022")
    article = NewsArticlePageFactory(
        parent=site_tree.news,
        slug="kick-off",
        title="Kick-off of the year",
        media_advisory=True,
        venue="Seoul Global Center",
        media_contact=MediaContactFactory(phone="+82 2 720 2935"),
        body=[
            {
                "type": "documents",
                "value": {
                    "heading": "Read more",
                    "documents": [{"document": document.pk, "title": "The 2022 activity plan"}],
                },
            },
            {
                "type": "key_figures",
                "value": {
                    "heading": "In figures",
                    "figures": [{"figure": "160", "label": "Member cities"}],
                },
            },
        ],
        tags=["youth"],
    )
    ArticleDownloadFactory(page=article, label="Press kit", document=document)
    return NewsArticlePage.objects.get(pk=article.pk)


def test_the_editor_offers_every_text_of_an_article_and_none_of_its_fixed_values(
    admin_client, advisory, korean, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        draft = submit_translation(admin_client, advisory, korean)

    offered = offered_texts(admin_client, draft)
    assert {
        "Kick-off of the year",
        "Seoul Global Center",
        "Read more",
        "The 2022 activity plan",
        "Member cities",
        "Press kit",
    } <= set(offered)
    paths = offered_paths(admin_client, draft)
    assert not {"slug", "time_zone"} & {path.split(".")[0] for path in paths}
    assert "Asia/Seoul" not in offered

    # They come from the original: at once, and when it changes.
    with django_capture_on_commit_callbacks(execute=True):
        publish(admin_client, draft)
    draft.refresh_from_db()
    assert (draft.live, draft.slug, draft.time_zone) == (True, "kick-off", "Asia/Seoul")
    advisory.time_zone = "Europe/Paris"
    advisory.slug = "kick-off-2022"
    advisory.save_revision().publish()
    source = TranslationSource.objects.get(object_id=advisory.translation_key)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]),
            {"publish_translations": "on"},
        )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert (draft.slug, draft.time_zone) == ("kick-off-2022", "Europe/Paris")
    # Home pages are siblings under the root: each keeps a slug of its own.
    assert advisory.get_parent().get_parent().get_translation(korean).slug == "home-ko"


def test_a_translated_download_label_keeps_its_document(
    client, admin_client, advisory, korean, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        draft = submit_translation(admin_client, advisory, korean)
        translate_text(admin_client, advisory, korean, "Press kit", "보도 자료")
        publish(admin_client, draft)

    korean_download = NewsArticlePage.objects.get(pk=draft.pk).downloads.get()
    assert korean_download.label == "보도 자료"
    assert korean_download.document == advisory.downloads.get().document
    assert "보도 자료" in client.get("/ko/news/kick-off/").text


def test_phone_numbers_are_never_offered_roles_and_addresses_are(
    admin_client, korean, django_capture_on_commit_callbacks
):
    contact = MediaContactFactory(role="Programme Officer", phone="+82 2 720 2935")
    footer = FooterContentFactory()
    with django_capture_on_commit_callbacks(execute=True):
        korean_contact = submit_translation(admin_client, contact, korean)
        korean_footer = submit_translation(admin_client, footer, korean)

    assert set(offered_texts(admin_client, korean_contact)) == {
        "Alizée Rousset",
        "Programme Officer",
    }
    assert "phone" not in offered_paths(admin_client, korean_footer)
    assert "+82 2 720 2935" not in offered_texts(admin_client, korean_footer)


def test_an_article_shows_its_media_contact_translated_after_it(
    client, admin_client, advisory, korean, django_capture_on_commit_callbacks
):
    # The article was translated before its media contact (as the initial content's are).
    translate(advisory, korean, {})
    contact = advisory.media_contact
    with django_capture_on_commit_callbacks(execute=True):
        korean_contact = submit_translation(admin_client, contact, korean)
        translate_text(admin_client, contact, korean, "Programme Officer", "프로그램 담당관")
        publish(admin_client, korean_contact)

    assert MediaContact.objects.get(pk=korean_contact.pk).role == "프로그램 담당관"
    page = client.get("/ko/news/kick-off/").text
    assert "프로그램 담당관" in page
    assert "Programme Officer" not in page


def test_tag_labels_are_translated_and_their_links_stay_the_same(
    client, admin_client, advisory, korean, django_capture_on_commit_callbacks
):
    translate(advisory, korean, {})
    english_label = TagLabel.objects.get(label="youth")
    assert english_label.locale == Locale.get_default()
    with django_capture_on_commit_callbacks(execute=True):
        korean_label = submit_translation(admin_client, english_label, korean)
        translate_text(admin_client, english_label, korean, "youth", "청년")
        publish(admin_client, korean_label)

    article = client.get("/ko/news/kick-off/").text
    assert '<a href="/ko/news/?tag=youth">청년</a>' in article
    assert "청년" in client.get("/ko/news/", {"tag": "youth"}).text
    assert '<a href="/en/news/?tag=youth">youth</a>' in client.get("/en/news/kick-off/").text


def test_typed_menu_labels_are_offered_for_translation(
    admin_client, site_tree, korean, django_capture_on_commit_callbacks
):
    menu = NavigationMenuFactory(links=[site_tree.news, ("Join us", "https://example.org/join")])
    with django_capture_on_commit_callbacks(execute=True):
        korean_menu = submit_translation(admin_client, menu, korean)
        translate_text(admin_client, menu, korean, "Join us", "가입하기")
        publish(admin_client, korean_menu)

    labels = [item.label for item in NavigationMenu.objects.get(pk=korean_menu.pk).items.all()]
    assert labels == ["", "가입하기"]


def test_programme_phases_are_offered_for_translation(
    admin_client, site_tree, korean, django_capture_on_commit_callbacks
):
    programme = ProgramPageFactory(parent=site_tree.programs)
    ProgramPhaseFactory(page=programme, period="Weeks 1–8", title="Online course")
    with django_capture_on_commit_callbacks(execute=True):
        draft = submit_translation(admin_client, programme, korean)

    assert {"Weeks 1–8", "Online course"} <= set(offered_texts(admin_client, draft))
