"""Fault: Elasticsearch is down (the search backends aimed at a port where nothing listens).
Searches say so in a page of their own instead of failing; the directories, which filter in
the database, work as usual; a page published meanwhile is published, and the indexes catch
up once the engine is back."""

import copy

import pytest
from django.urls import reverse
from django_tasks_db.models import DBTaskResult
from wagtail.search.backends import get_search_backends

from tests.admin_forms import form_data, page_edit_form
from tests.faults.conftest import retries_due, run_worker, unused_port
from tests.members.factories import MemberFactory
from tests.news.factories import NewsArticlePageFactory

UNAVAILABLE = "Search is unavailable at the moment"


@pytest.fixture
def search_engine_down(settings):
    working = copy.deepcopy(settings.WAGTAILSEARCH_BACKENDS)
    closed = f"http://127.0.0.1:{unused_port()}"
    settings.WAGTAILSEARCH_BACKENDS = {
        name: {**params, "URLS": [closed], "TIMEOUT": 2} for name, params in working.items()
    }

    def back():
        settings.WAGTAILSEARCH_BACKENDS = working

    return back


@pytest.mark.django_db
def test_the_site_search_says_search_is_unavailable_and_keeps_the_query(
    client, site_tree, search_engine_down
):
    response = client.get("/en/search/", {"query": "mobility"})

    assert response.status_code == 503
    assert response["Retry-After"]
    assert UNAVAILABLE in response.text
    assert 'value="mobility"' in response.text  # the form, ready to try again
    assert '<html lang="en"' in response.text


@pytest.mark.django_db
def test_the_member_directories_search_as_usual(as_role, site_tree, search_engine_down):
    MemberFactory(name="Kampala", slug="kampala", country="UG", region="africa")

    public = as_role("anonymous").get("/en/members/", {"q": "Kampala"})
    assert public.status_code == 200
    assert "Kampala" in public.text

    nexus = as_role("admin").get("/en/nexus/organisations/", {"q": "Kampala"})
    assert nexus.status_code == 200
    assert "Kampala" in nexus.text


@pytest.mark.django_db
@pytest.mark.parametrize("search", ["wagtailadmin_pages:search", "wagtailadmin_choose_page_search"])
def test_the_admin_searches_say_search_is_unavailable(
    admin_client, site_tree, search_engine_down, search
):
    response = admin_client.get(reverse(search), {"q": "mobility"})

    assert response.status_code == 503
    assert UNAVAILABLE in response.text
    assert reverse("wagtailadmin_home") in response.text  # the way back


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_page_published_meanwhile_is_published_and_found_once_the_engine_is_back(
    client, admin_user, site_tree, search_backend, search_engine_down, database_queue
):
    article = NewsArticlePageFactory(parent=site_tree.news, title="Kick-off")
    run_worker()  # its own indexing, while the engine still answered
    data = form_data(page_edit_form(article, admin_user))
    data.update(title="Kampala mobility week", **{"action-publish": "action-publish"})
    client.force_login(admin_user)

    response = client.post(reverse("wagtailadmin_pages:edit", args=[article.pk]), data)

    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.title, article.live, article.has_unpublished_changes) == (
        "Kampala mobility week",
        True,
        False,
    )
    assert client.get(article.url).status_code == 200
    run_worker()
    update = DBTaskResult.objects.filter(task_path="foundation.indexing.reindex_page_task")
    assert update.filter(status="FAILED").exists()
    assert update.filter(status="READY").exists()  # to be tried again

    search_engine_down()
    retries_due()
    run_worker()

    for backend in get_search_backends():
        backend.refresh_indexes()
    found = client.get("/en/search/", {"query": "Kampala mobility"})
    assert found.status_code == 200
    assert "Kampala mobility week" in found.text
