"""Scheduled publishing (embargoes) in the editor: the time zone of the schedule is stated,
and an embargoed release is published early in one confirmed step, recorded in its history."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry
from wagtail.users.models import UserProfile

from news.models import NewsArticlePage
from tests.extranet.factories import AdminUserFactory
from tests.news.factories import NewsArticlePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def embargoed(site_tree):
    """A press release scheduled for 09:00 in Seoul on 1 May 2030, never published yet."""
    article = NewsArticlePageFactory.build(
        title="Smart City Prize winners", slug="prize", press_release=True, draft=True, date=None
    )
    site_tree.news.add_child(instance=article)
    article.go_live_at = datetime.datetime(2030, 5, 1, 0, 0, tzinfo=datetime.UTC)
    article.save_revision().publish()
    return NewsArticlePage.objects.get(pk=article.pk)


def edit_page(client, page):
    return client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).text


def test_the_schedule_and_the_status_panel_say_which_time_zone_they_are_in(
    client, admin_user, embargoed
):
    client.force_login(admin_user)
    html = edit_page(client, embargoed)
    assert "Go-live date and time (when an embargo lifts)" in html
    assert "In Asia/Seoul (UTC+09:00). The page stays hidden until then" in html
    assert "Dates and times are in Asia/Seoul (UTC+09:00)." in html
    # No tab called "Settings": the schedule lives in the status panel.
    assert "Set schedule" in html

    # An editor who set their own time zone reads the dates in it.
    profile = UserProfile.get_for_user(admin_user)
    profile.current_time_zone = "Europe/Paris"
    profile.save()
    html = edit_page(client, embargoed)
    assert "In Europe/Paris (UTC+02:00)" in html or "In Europe/Paris (UTC+01:00)" in html
    assert "Dates and times are in Europe/Paris" in html


def test_publishing_an_embargoed_release_early_is_one_confirmed_action(
    client, admin_user, embargoed
):
    client.force_login(admin_user)
    lift_url = reverse("foundation_lift_embargo", args=[embargoed.pk])
    assert "Publish now (lift embargo)" in edit_page(client, embargoed)
    assert lift_url in edit_page(client, embargoed)

    confirmation = client.get(lift_url)
    assert confirmation.status_code == 200
    text = confirmation.text
    assert "This page is under embargo until 1 May 2030, 09:00, in Asia/Seoul (UTC+09:00)." in text
    assert not NewsArticlePage.objects.get(pk=embargoed.pk).live  # asking changes nothing

    response = client.post(lift_url)
    assert response.status_code == 302

    article = NewsArticlePage.objects.get(pk=embargoed.pk)
    assert article.live
    assert article.go_live_at is None
    assert article.scheduled_revision is None
    assert article.date == timezone.localdate()  # the day it went live, as no date was given
    assert client.get(article.url).status_code == 200
    assert "Publish now (lift embargo)" not in edit_page(client, article)

    entry = PageLogEntry.objects.get(page=article, action="foundation.lift_embargo")
    assert entry.user == admin_user
    history = client.get(reverse("wagtailadmin_pages:history", args=[article.pk])).text
    assert "Embargo lifted: published before its go-live time, 1 May 2030, 09:00" in history


def test_only_those_who_may_publish_can_lift_an_embargo(client, embargoed):
    editor = AdminUserFactory(username="editor", editor=True)
    client.force_login(editor)
    assert "Publish now (lift embargo)" not in edit_page(client, embargoed)
    response = client.post(reverse("foundation_lift_embargo", args=[embargoed.pk]))
    assert response.url == reverse("wagtailadmin_home")  # the admin's "permission denied"
    assert not NewsArticlePage.objects.get(pk=embargoed.pk).live
