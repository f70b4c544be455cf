"""Dates as each language writes them, on the pages where visitors and members read them: an
article's day, an event known only by its month, the month a member's role began, the moment
of a Nexus notification."""

import datetime
import zoneinfo
from types import SimpleNamespace

import pytest
from wagtail.models import Locale

from extranet.core.models import Notification
from home.initial_content.pages import translate
from tests.events.factories import EventPageFactory
from tests.extranet.factories import ProfileFactory
from tests.home.factories import build_site_tree
from tests.members.factories import MemberFactory, MemberRoleFactory
from tests.news.factories import NewsArticlePageFactory

pytestmark = pytest.mark.django_db

# language: (an article of 23 February 2022, an event in February 2022, a role held since
# then, a Nexus notification of 23 February 2022 at 15:05)
DATES = {
    "en": ("23 February 2022", "February 2022", "since February 2022", "23 Feb 2022, 15:05"),
    "ko": ("2022년 2월 23일", "2022년 2월", "2022년 2월부터", "2022. 2. 23. 15:05"),
    "es": (
        "23 de febrero de 2022",
        "febrero de 2022",
        "desde febrero de 2022",
        "23/02/2022 15:05",
    ),
    "fr": ("23 février 2022", "février 2022", "depuis février 2022", "23/02/2022 15:05"),
    # A day takes the genitive, a month alone the nominative.
    "ru": (
        "23 февраля 2022 г.",
        "Февраль 2022 г.",
        "Февраль 2022 г. — по настоящее время",
        "23.02.2022 15:05",
    ),
    "zh-hans": ("2022年2月23日", "2022年2月", "自2022年2月起", "2022/2/23 15:05"),
    "ar": ("23 فبراير 2022", "فبراير 2022", "منذ فبراير 2022", "23/02/2022، 15:05"),
}


@pytest.fixture(scope="module")
def dated_pages(module_transaction):
    """An article, a month-only event and a member with a role, in the seven languages (the
    pages' texts stay English: only the interface and the dates follow the language), and a
    person of that member with a notification of 23 February 2022, 15:05 in Seoul."""
    site_tree = build_site_tree()
    article = NewsArticlePageFactory(
        parent=site_tree.news, slug="kick-off", date=datetime.date(2022, 2, 23)
    )
    event = EventPageFactory(
        parent=site_tree.events,
        slug="general-assembly",
        month_only=True,
        starts_on=datetime.date(2022, 2, 1),
    )
    member = MemberFactory(name="Kampala", slug="kampala", country="UG")
    MemberRoleFactory(member=member, starts_on=datetime.date(2022, 2, 1))
    person = ProfileFactory(member=member)
    notification = Notification.objects.create(
        recipient=person.user, kind="role_changed", data={"role": "member_user"}, url="/"
    )
    Notification.objects.filter(pk=notification.pk).update(
        created_at=datetime.datetime(2022, 2, 23, 15, 5, tzinfo=zoneinfo.ZoneInfo("Asia/Seoul"))
    )
    for code in DATES:
        if code == "en":
            continue
        locale, _created = Locale.objects.get_or_create(language_code=code)
        for page in (
            site_tree.home,
            site_tree.news,
            site_tree.events,
            site_tree.members,
            article,
            event,
        ):
            translate(page, locale, {})
    return SimpleNamespace(site_tree=site_tree, person=person)


@pytest.mark.parametrize("language", DATES)
def test_dates_are_written_the_languages_way_on_the_site_and_in_nexus(
    client, dated_pages, language
):
    day, month, since, moment = DATES[language]
    for address in ("news/kick-off/", "news/"):
        assert day in client.get(f"/{language}/{address}").text
    for address in ("events/general-assembly/", "events/"):
        assert month in client.get(f"/{language}/{address}").text
    assert since in client.get(f"/{language}/members/kampala/").text
    client.force_login(
        dated_pages.person.user, backend="extranet.core.auth.NexusAuthenticationBackend"
    )
    assert moment in client.get(f"/{language}/nexus/notifications/").text
