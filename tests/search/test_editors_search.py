"""Editors find their drafts, scheduled and private pages in the admin (page search, explorer
search, page chooser), through an index of their own; the public search never shows them, and
editors without permissions on a section do not find its unpublished pages."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupPagePermission, PageViewRestriction
from wagtail.search.backends import get_search_backend

from tests.events.factories import EventPageFactory
from tests.extranet.factories import AdminUserFactory
from tests.news.factories import NewsArticlePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def unpublished_pages(site_tree, search_backend, django_capture_on_commit_callbacks):
    """In the news section: a draft, a release scheduled for tomorrow and a live page behind
    a password, each with a word of its own in its title (the admin's search, Wagtail's
    autocomplete, reads titles)."""
    with django_capture_on_commit_callbacks(execute=True):
        draft = NewsArticlePageFactory.build(title="Kathmandu waste pilot", draft=True)
        site_tree.news.add_child(instance=draft)
        draft.save_revision()

        scheduled = NewsArticlePageFactory.build(title="Bhaktapur prize winners", draft=True)
        site_tree.news.add_child(instance=scheduled)
        scheduled.go_live_at = timezone.now() + datetime.timedelta(days=1)
        scheduled.save_revision().publish()

        private = NewsArticlePageFactory(parent=site_tree.news, title="Lalitpur board minutes")
        private.save_revision().publish()
        PageViewRestriction.objects.create(
            page=private, restriction_type=PageViewRestriction.PASSWORD, password="board-only"
        )
    for backend_name in ("default", "public"):
        get_search_backend(backend_name).refresh_indexes()
    return {"Kathmandu": draft, "Bhaktapur": scheduled, "Lalitpur": private}


def staff_with_pages(username, section):
    """An editor whose only page permissions are on the given section."""
    group = Group.objects.create(name=f"Editors of {section.title}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group, page=section, permission=Permission.objects.get(codename=codename)
        )
    return AdminUserFactory(username=username, group=group)


def found_in_admin(client, word, title, section):
    """Where in the admin a search for the word shows the page of that title: page search,
    the section's explorer search and the page chooser's search."""
    places = set()
    responses = {
        "page search": client.get(reverse("wagtailadmin_pages:search"), {"q": word}),
        "explorer": client.get(reverse("wagtailadmin_explore", args=[section.pk]), {"q": word}),
        "chooser": client.get(reverse("wagtailadmin_choose_page_search"), {"q": word}),
    }
    for place, response in responses.items():
        assert response.status_code == 200, place
        if title in response.text:
            places.add(place)
    return places


def found_in_public_search(client, word):
    response = client.get("/en/search/", {"query": word, "languages": "all"})
    return list(response.context["search_results"])


@pytest.mark.parametrize("word", ["Kathmandu", "Bhaktapur", "Lalitpur"])
def test_editors_of_the_section_find_drafts_scheduled_and_private_pages_no_one_else_does(
    client, site_tree, unpublished_pages, word
):
    title = unpublished_pages[word].title
    client.force_login(staff_with_pages("news-editor", site_tree.news))
    assert found_in_admin(client, word, title, site_tree.news) == {
        "page search",
        "explorer",
        "chooser",
    }

    client.force_login(staff_with_pages("events-editor", site_tree.events))
    assert found_in_admin(client, word, title, site_tree.events) == set()

    client.logout()
    assert found_in_public_search(client, word) == []


def test_live_pages_of_other_sections_stay_choosable(client, site_tree):
    published = EventPageFactory(parent=site_tree.events, title="Kigali mobility forum")
    published.save_revision().publish()
    get_search_backend().refresh_indexes()
    client.force_login(staff_with_pages("news-editor", site_tree.news))
    response = client.get(reverse("wagtailadmin_choose_page_search"), {"q": "Kigali"})
    assert "Kigali mobility forum" in response.text


def test_the_editors_index_holds_the_unpublished_changes(
    client, site_tree, search_backend, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        article = NewsArticlePageFactory(parent=site_tree.news, title="Quezon City floods")
        article.save_revision().publish()
        article.title = "Quezon City floods: the Marikina dashboard"
        article.save_revision()
    for backend_name in ("default", "public"):
        get_search_backend(backend_name).refresh_indexes()

    client.force_login(staff_with_pages("news-editor", site_tree.news))
    assert "page search" in found_in_admin(client, "Marikina", article.title, site_tree.news)
    client.logout()
    # Visitors see the published page only.
    assert found_in_public_search(client, "Marikina") == []
    assert [page.title for page in found_in_public_search(client, "Quezon")] == [
        "Quezon City floods"
    ]
