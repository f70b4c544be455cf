"""Pages the editors keep behind a password, or for signed-in people only."""

import pytest
from wagtail.models import PageViewRestriction

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
