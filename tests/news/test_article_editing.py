"""What editors meet when they write an article: the event block belongs to media advisories
only, and an article without a date of its own shows the day it goes live."""

import datetime
import json
import zoneinfo
from unittest import mock

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from news.choices import NewsKind
from news.models import NewsArticlePage
from tests.news.factories import NewsArticlePageFactory

pytestmark = pytest.mark.django_db

SEOUL = zoneinfo.ZoneInfo("Asia/Seoul")
ONE_MINUTE = datetime.timedelta(minutes=1)


def test_the_event_block_is_shown_only_for_media_advisories(client, admin_user, site_tree):
    article = NewsArticlePageFactory(parent=site_tree.news)
    client.force_login(admin_user)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).text
    # Wagtail's rules controller shows the panel while the kind is "media advisory".
    rules = json.dumps({"kind": [NewsKind.MEDIA_ADVISORY]}).replace('"', "&quot;")
    panel_start = html.index(f'data-w-rules="{rules}"')
    panel = html[html.rindex("<section", 0, panel_start) : html.index("</section>", panel_start)]
    assert 'data-controller="w-rules"' in panel
    assert 'data-w-rules-target="show"' in panel
    assert "Media advisory: the event" in panel


def test_other_kinds_are_saved_without_the_event_they_carried(site_tree):
    article = NewsArticlePageFactory(parent=site_tree.news, media_advisory=True, hybrid=True)
    article.event_who = "The Mayor of Seoul"

    # The editor makes it a press release: the event, out of sight now, is not kept.
    article.kind = NewsKind.PRESS_RELEASE
    article.full_clean()
    article.save()

    article.refresh_from_db()
    assert (article.event_what, article.event_who, article.starts_on, article.city) == (
        "",
        "",
        None,
        "",
    )
    assert article.starts_at is None
    assert (article.venue, article.online_details) == ("", "")


def test_a_media_advisory_keeps_its_event(site_tree):
    article = NewsArticlePageFactory(parent=site_tree.news, media_advisory=True)
    article.full_clean()
    article.save()
    article.refresh_from_db()
    assert article.starts_on == datetime.date(2022, 2, 23)
    assert article.event_what == "The launch of the year's activities."


def test_an_article_without_a_date_shows_its_go_live_date_in_the_site_time_zone(client, site_tree):
    # Half past midnight in Seoul: still the previous day in UTC.
    go_live = datetime.datetime(2030, 5, 1, 0, 30, tzinfo=SEOUL)
    article = NewsArticlePageFactory.build(
        title="Embargoed prize", slug="prize", press_release=True, draft=True, date=None
    )
    site_tree.news.add_child(instance=article)
    article.go_live_at = go_live
    article.save_revision().publish()
    assert not NewsArticlePage.objects.get(pk=article.pk).live

    # The go-live time comes, and the scheduler's run after it.
    with mock.patch("django.utils.timezone.now", return_value=go_live + ONE_MINUTE):
        call_command("publish_scheduled", stdout=open("/dev/null", "w"))  # noqa: SIM115

    article = NewsArticlePage.objects.get(pk=article.pk)
    assert article.live
    assert article.date == datetime.date(2030, 5, 1)
    html = client.get(article.url).text
    assert '<time datetime="2030-05-01">' in html
    assert '"datePublished":"2030-05-01"' in html


def test_a_date_the_editor_gave_is_kept(site_tree):
    article = NewsArticlePageFactory.build(date=datetime.date(2030, 4, 28), draft=True)
    site_tree.news.add_child(instance=article)
    article.go_live_at = datetime.datetime(2030, 5, 1, 9, 0, tzinfo=SEOUL)
    article.save_revision().publish()
    assert NewsArticlePage.objects.get(pk=article.pk).date == datetime.date(2030, 4, 28)


def test_an_article_published_at_once_without_a_date_shows_the_day_of_publication(site_tree):
    article = NewsArticlePageFactory.build(date=None, draft=True)
    site_tree.news.add_child(instance=article)
    article.save_revision().publish()
    article.refresh_from_db()
    assert article.date == timezone.localdate(article.first_published_at, SEOUL)
