"""When the original changes and its translations are synced, the translator starts an edited
text from its previous translation, marked for review, rather than from an empty field."""

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from home.initial_content.pages import translate
from news.models import NewsArticlePage
from tests.news.factories import NewsArticlePageFactory
from tests.translation_editor import offered_texts, publish, translate_text

pytestmark = pytest.mark.django_db

LEAD = "The forum opens in March."
NEW_LEAD = "The forum opens on 3 March in Seoul."
KOREAN_LEAD = "포럼은 3월에 열립니다."
PARAGRAPH = "<p>Cities meet.</p><ul><li>Digital skills for everyone</li><li>Open data</li></ul>"
# One item edited, the other replaced by an unrelated sentence.
NEW_PARAGRAPH = (
    "<p>Cities meet.</p>"
    "<ul><li>Digital skills for every generation</li><li>Mayors sign the charter</li></ul>"
)


@pytest.fixture
def korean_article(site_tree):
    korean, _created = Locale.objects.get_or_create(language_code="ko")
    translate(site_tree.home, korean, {})
    translate(site_tree.news, korean, {})
    article = NewsArticlePageFactory(
        parent=site_tree.news,
        slug="forum",
        title="The smart city forum",
        lead=LEAD,
        body=[{"type": "paragraph", "value": PARAGRAPH}],
    )
    translate(
        article,
        korean,
        {
            "The smart city forum": "스마트시티 포럼",
            LEAD: KOREAN_LEAD,
            "Cities meet.": "도시들이 만납니다.",
            "Digital skills for everyone": "모두를 위한 디지털 역량",
            "Open data": "공공 데이터",
        },
    )
    return article, korean


def edit_paragraph(article, html):
    """The editor rewrites the paragraph in the page editor: the block keeps its id."""
    block_id = article.body[0].id
    article.body = [{"type": "paragraph", "value": html, "id": block_id}]


def sync(admin_client, article, **options):
    source = TranslationSource.objects.get(object_id=article.translation_key)
    response = admin_client.post(
        reverse("wagtail_localize:update_translations", args=[source.pk]), options
    )
    assert response.status_code == 302


def test_an_edited_text_starts_from_its_previous_translation_marked_for_review(
    client, admin_client, korean_article, django_capture_on_commit_callbacks
):
    article, korean = korean_article
    article.lead = NEW_LEAD
    edit_paragraph(article, NEW_PARAGRAPH)
    article.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        sync(admin_client, article, publish_translations="on")

    korean_page = NewsArticlePage.objects.get(
        translation_key=article.translation_key, locale=korean
    )
    offered = offered_texts(admin_client, korean_page)
    # Unchanged texts keep their translation.
    assert offered["The smart city forum"]["data"] == "스마트시티 포럼"
    assert offered["Cities meet."]["data"] == "도시들이 만납니다."
    assert offered["Cities meet."]["error"] is None
    # Edited ones offer the previous translation, marked.
    assert offered[NEW_LEAD]["data"] == KOREAN_LEAD
    assert LEAD in offered[NEW_LEAD]["error"]
    assert offered["Digital skills for every generation"]["data"] == "모두를 위한 디지털 역량"
    assert offered["Digital skills for every generation"]["error"]
    # A sentence written anew gets no unrelated translation.
    assert offered["Mayors sign the charter"] is None

    # Until the translator has looked at it, visitors read the new original text.
    page = client.get("/ko/news/forum/").text
    assert NEW_LEAD in page
    assert KOREAN_LEAD not in page

    with django_capture_on_commit_callbacks(execute=True):
        translate_text(admin_client, article, korean, NEW_LEAD, "포럼은 3월 3일 서울에서 열립니다.")
        publish(admin_client, korean_page)
    assert offered_texts(admin_client, korean_page)[NEW_LEAD]["error"] is None
    assert "포럼은 3월 3일 서울에서 열립니다." in client.get("/ko/news/forum/").text
