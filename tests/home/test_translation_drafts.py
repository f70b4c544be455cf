""" "Translate" in the admin prepares a translation; the translated page reaches visitors only
when a translator publishes it from the translation editor. Until then, visitors of the other
language get what they got before: no page of that language, and the language switcher
leading to that language's home page with the "not translated" notice."""

import feedparser
import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, Translation

from home.initial_content.pages import translate
from news.models import NewsArticlePage
from tests.extranet.factories import AdminUserFactory
from tests.news.factories import NewsArticlePageFactory

pytestmark = pytest.mark.django_db

ENGLISH_TITLE = "Seoul hosts the smart city forum"
KOREAN_TITLE = "서울에서 스마트시티 포럼 개최"
NOT_TRANSLATED = "This page is not translated into this language"


@pytest.fixture
def korean(site_tree):
    """The Korean home page and news index, translated and live, as on the site."""
    locale, _created = Locale.objects.get_or_create(language_code="ko")
    translate(site_tree.home, locale, {"home": "home-ko"})
    translate(site_tree.news, locale, {})
    return locale


@pytest.fixture
def article(site_tree, korean, search_backend):
    return NewsArticlePageFactory(
        parent=site_tree.news, slug="forum", title=ENGLISH_TITLE, lead="The forum opens."
    )


def korean_places(client, search_backend, title):
    """Where Korean visitors meet the page with this title."""
    search_backend.refresh_indexes()
    places = set()
    page = client.get("/ko/news/forum/")
    if page.status_code == 200 and title in page.text:
        places.add("page")
    if title in client.get("/ko/news/").text:
        places.add("news list")
    if title in client.get("/ko/").text:
        places.add("home page")
    feed = feedparser.parse(client.get("/ko/news/feed/rss/").content)
    if any(entry.title == title for entry in feed.entries):
        places.add("feed")
    if "/ko/news/forum/" in client.get("/sitemap.xml").text:
        places.add("sitemap")
    if title in client.get("/ko/search/", {"query": title.split()[0]}).text:
        places.add("search")
    return places


def korean_link_from_the_english_page(client):
    english = client.get("/en/news/forum/")
    return next(link for link in english.context["languages"] if link.code == "ko")


def test_translate_makes_a_draft_that_goes_live_when_the_translator_publishes_it(
    client, admin_client, article, korean, search_backend, django_capture_on_commit_callbacks
):
    # Before: the Korean home page lists the English article among the site's latest news.
    before = korean_places(client, search_backend, ENGLISH_TITLE)
    assert before == {"home page"}

    # What wagtail-localize leaves for after the commit runs, as it would in production.
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtail_localize:submit_page_translation", args=[article.pk]),
            {"locales": [korean.pk]},
        )
    assert response.status_code == 302

    draft = NewsArticlePage.objects.get(translation_key=article.translation_key, locale=korean)
    assert not draft.live
    # Korean visitors get what they got before the editor pressed "Translate".
    assert korean_places(client, search_backend, ENGLISH_TITLE) == before
    assert client.get("/ko/news/forum/").status_code == 404
    link = korean_link_from_the_english_page(client)
    assert (link.url, link.translated) == ("/ko/", False)
    assert NOT_TRANSLATED in client.get("/en/news/forum/").text

    # The translator translates the title in the translation editor, then publishes.
    translation = Translation.objects.get(
        source__object_id=article.translation_key, target_locale=korean
    )
    title = StringSegment.objects.get(source=translation.source, context__path="title")
    response = admin_client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, title.pk]),
        f"value={KOREAN_TITLE}",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 201
    assert korean_places(client, search_backend, KOREAN_TITLE) == set()

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtailadmin_pages:edit", args=[draft.pk]), {"action": "publish"}
        )
    assert response.status_code == 302

    draft.refresh_from_db()
    assert draft.live
    assert korean_places(client, search_backend, KOREAN_TITLE) == {
        "page",
        "news list",
        "home page",
        "feed",
        "sitemap",
        "search",
    }
    link = korean_link_from_the_english_page(client)
    assert (link.url, link.translated) == ("/ko/news/forum/", True)


def test_a_communications_editor_who_translates_a_section_publishes_nothing(
    client, site_tree, korean, django_capture_on_commit_callbacks
):
    editor = AdminUserFactory(username="editor", editor=True)
    client.force_login(editor)
    events = site_tree.events

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[events.pk]),
            {"locales": [korean.pk]},
        )
    assert response.status_code == 302
    korean_events = events.get_translation(korean)
    assert not korean_events.live
    client.logout()
    assert client.get("/ko/events/").status_code == 404
