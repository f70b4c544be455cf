"""Pages the editors keep behind a password, or for signed-in people only."""

import pytest
from django.urls import reverse
from wagtail.models import Locale, PageViewRestriction

from home.initial_content.pages import translate
from tests.html_checker import html_errors
from tests.news.factories import NewsArticlePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def behind_password(site_tree):
    article = NewsArticlePageFactory(parent=site_tree.news, title="Board papers")
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="open sesame 7"
    )
    return article


def test_the_right_password_opens_the_page(client, behind_password, tmp_path):
    form_page = client.get(behind_password.url)
    assert form_page.status_code == 200
    assert "Board papers" not in form_page.text
    assert "You need a password to access this page." in form_page.text
    assert html_errors({"password form": form_page.text}, tmp_path) == {}
    action = form_page.context["action_url"]
    assert action.startswith("/en/_util/authenticate_with_password/")

    wrong = client.post(action, {"password": "guess", "return_url": behind_password.url})
    assert wrong.status_code == 200
    assert "The password you have entered is not correct." in wrong.text

    right = client.post(action, {"password": "open sesame 7", "return_url": behind_password.url})
    assert right.status_code == 302
    assert right["Location"] == behind_password.url
    assert "Board papers" in client.get(behind_password.url).text


def test_a_page_for_signed_in_people_sends_visitors_to_the_sign_in(client, site_tree):
    article = NewsArticlePageFactory(parent=site_tree.news, title="For members")
    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(article.url)
    assert response.status_code == 302
    assert response["Location"] == f"/en/accounts/login/?next={article.url}"


@pytest.fixture
def translated_article(site_tree):
    article = NewsArticlePageFactory(parent=site_tree.news, title="Board papers")
    korean = Locale.objects.get_or_create(language_code="ko")[0]
    for page in (site_tree.home, site_tree.news):
        translate(page, korean, {})
    translate(article, korean, {"Board papers": "이사회 문서"})
    return article, article.get_translation(korean)


def set_privacy(admin_client, page, restriction_type, password=""):
    response = admin_client.post(
        reverse("wagtailadmin_pages:set_privacy", args=[page.pk]),
        {"restriction_type": restriction_type, "password": password},
    )
    assert response.status_code == 200, response.content[:500]


def test_a_password_set_on_a_page_closes_its_translations_too(
    client, admin_client, translated_article, django_capture_on_commit_callbacks
):
    english, korean = translated_article
    assert "이사회 문서" in client.get("/ko/news/").text

    with django_capture_on_commit_callbacks(execute=True):
        set_privacy(admin_client, english, "password", "open sesame 7")

    form_page = client.get(korean.url)
    assert 'type="password"' in form_page.text
    assert "이사회 문서" not in form_page.text
    assert "이사회 문서" not in client.get("/ko/news/").text
    assert korean.url not in client.get("/sitemap.xml").text
    action = form_page.context["action_url"]
    client.post(action, {"password": "open sesame 7", "return_url": korean.url})
    assert "이사회 문서" in client.get(korean.url).text


def test_privacy_lifted_on_a_translation_is_lifted_on_the_original(
    client, admin_client, translated_article, django_capture_on_commit_callbacks
):
    english, korean = translated_article
    with django_capture_on_commit_callbacks(execute=True):
        set_privacy(admin_client, english, "login")
    assert client.get(english.url).status_code == 302

    with django_capture_on_commit_callbacks(execute=True):
        set_privacy(admin_client, korean, "none")

    assert not PageViewRestriction.objects.exists()
    assert "Board papers" in client.get(english.url).text


def test_deleting_the_original_leaves_its_translation_private(
    client, translated_article, django_capture_on_commit_callbacks
):
    english, korean = translated_article
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=english, restriction_type="login")
    with django_capture_on_commit_callbacks(execute=True):
        english.delete()
    assert client.get(korean.url).status_code == 302
