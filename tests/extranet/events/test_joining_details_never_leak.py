"""Events for members or for one group never show on the public site, and the joining link and
passcode of any event reach only the people holding a place: not the public page, its calendar
file, its structured data, the feeds, the sitemap, public search, nor a member who is only
waiting for a place."""

import json
import re

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page

from extranet.events import services
from extranet.events.models import Status
from tests.events.factories import EventPageFactory
from tests.extranet.factories import (
    AttendanceFactory,
    ProfileFactory,
    RegistrationFactory,
    event_index,
)

pytestmark = pytest.mark.django_db

JOIN_URL = "https://meet.example.org/wego-board-42"
PASSCODE = "583 201"
INSTRUCTIONS = "Meeting ID 8812 4471"
SECRETS = (JOIN_URL, "wego-board-42", PASSCODE, INSTRUCTIONS)


def assert_no_secret(text):
    for secret in SECRETS:
        assert secret not in text


def event_for(audience_trait, title, **extra):
    event = EventPageFactory(
        parent=event_index(), title=title, slug=title.lower().replace(" ", "-"), hybrid=True
    )
    registration = RegistrationFactory(
        event=event,
        hybrid=True,
        join_instructions=INSTRUCTIONS,
        **{audience_trait: True} if audience_trait else {},
        **extra,
    )
    services.share_audience(registration)
    return registration


@pytest.fixture
def events(site_tree, django_capture_on_commit_callbacks):
    """A public event, one for members and one for a group, each with joining details, and
    every change committed (the search indexes follow after the commit)."""
    with django_capture_on_commit_callbacks(execute=True):
        public = event_for("open_to_public", "Hackathon for everyone")
        members = event_for(None, "Hackathon for members")
        group = event_for("for_group", "Hackathon for the board")
    return public, members, group


def test_events_for_members_or_a_group_are_kept_from_the_public_pages(client, site_tree, events):
    _public, members, group = events
    listing = client.get(site_tree.events.url).text
    home = client.get(site_tree.home.url).text
    for html in (listing, home):
        assert "Hackathon for everyone" in html
        assert "Hackathon for members" not in html
        assert "Hackathon for the board" not in html
        assert_no_secret(html)

    for hidden in (members, group):
        page = client.get(hidden.event.url)
        assert page.status_code in (302, 403, 404)
        assert "Hackathon" not in page.text
        calendar = client.get(hidden.event.url + "calendar/")
        assert calendar.status_code in (302, 403, 404)
        assert "BEGIN:VCALENDAR" not in calendar.text


def test_a_member_opening_the_public_address_of_a_members_event_is_sent_to_nexus_only(
    client, events
):
    _public, members, _group = events
    member = ProfileFactory()
    client.force_login(member.user, backend="extranet.core.auth.NexusAuthenticationBackend")
    page = client.get(members.event.url)
    assert page.status_code != 200
    assert_no_secret(page.text)
    # Nexus shows the event to members, without the joining details until they have a place.
    nexus = client.get(reverse("nexus:event", args=[members.pk]))
    assert "Hackathon for members" in nexus.text
    assert_no_secret(nexus.text)


def test_the_sitemap_and_the_feeds_name_only_public_events_and_no_joining_details(
    client, site_tree, events
):
    public, members, group = events
    sitemap = client.get("/sitemap.xml").text
    assert public.event.slug in sitemap
    assert members.event.slug not in sitemap
    assert group.event.slug not in sitemap
    assert_no_secret(sitemap)
    for syndication in ("rss", "atom"):
        feed = client.get(f"{site_tree.news.url}feed/{syndication}/")
        assert feed.status_code == 200
        assert "Hackathon for members" not in feed.text
        assert "Hackathon for the board" not in feed.text
        assert_no_secret(feed.text)


def search_titles(client, query):
    response = client.get("/en/search/", {"query": query})
    assert response.status_code == 200
    if query not in SECRETS:
        assert_no_secret(response.text)
    return sorted(result.title for result in response.context["search_results"])


def test_elasticsearch_finds_only_the_public_event_and_no_joining_details(
    client, search_backend, site_tree, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        event_for("open_to_public", "Hackathon for everyone")
        event_for(None, "Hackathon for members")
        event_for("for_group", "Hackathon for the board")
    search_backend.refresh_indexes()
    assert search_titles(client, "Hackathon") == ["Hackathon for everyone"]
    # The joining details are not in the page, so not in its document either.
    assert search_titles(client, "wego-board-42") == []
    assert search_titles(client, "8812") == []


def test_the_database_search_finds_only_the_public_event(
    client, settings, site_tree, django_capture_on_commit_callbacks
):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "foundation.search_backends.database_search_backend"}
    }
    with django_capture_on_commit_callbacks(execute=True):
        event_for("open_to_public", "Hackathon for everyone")
        event_for(None, "Hackathon for members")
        event_for("for_group", "Hackathon for the board")
    assert search_titles(client, "Hackathon") == ["Hackathon for everyone"]
    assert search_titles(client, "8812") == []


def json_ld_events(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [data for data in map(json.loads, blocks) if data.get("@type") == "Event"]


def test_the_public_page_its_calendar_file_and_its_structured_data_keep_the_details_private(
    client, events
):
    public, _members, _group = events
    html = client.get(public.event.url).text
    assert "Hackathon for everyone" in html
    assert_no_secret(html)
    [data] = json_ld_events(html)
    assert_no_secret(json.dumps(data))
    assert data["location"][1]["url"] == public.event.full_url

    calendar = client.get(public.event.url + "calendar/")
    assert calendar.status_code == 200
    assert "BEGIN:VEVENT" in calendar.text
    assert_no_secret(calendar.text)


def test_a_member_holding_a_place_sees_the_details_and_one_only_waiting_does_not(client, events):
    public, _members, _group = events
    going = AttendanceFactory(registration=public, status=Status.GOING)
    waiting = AttendanceFactory(registration=public, waiting=True)
    address = reverse("nexus:event", args=[public.pk])

    client.force_login(going.profile.user, backend="extranet.core.auth.NexusAuthenticationBackend")
    assert JOIN_URL in client.get(address).text

    client.force_login(
        waiting.profile.user, backend="extranet.core.auth.NexusAuthenticationBackend"
    )
    page = client.get(address).text
    assert "waiting list" in page
    assert_no_secret(page)
    # Nor on the public page, which is the same for everyone.
    assert_no_secret(client.get(public.event.url).text)


def test_an_event_known_by_its_month_gives_months_and_no_invented_day_or_time(client, site_tree):
    registration = RegistrationFactory(open_to_public=True, month_only=True)
    html = client.get(registration.event.url).text
    [data] = json_ld_events(html)
    assert re.fullmatch(r"\d{4}-\d{2}", data["startDate"])
    assert re.fullmatch(r"\d{4}-\d{2}", data["endDate"])
    assert "T" not in data["startDate"] + data["endDate"]
    assert "Registration opens once the date of the event is set." in html
    # Nexus refuses answers too, and says why.
    member = ProfileFactory()
    client.force_login(member.user, backend="extranet.core.auth.NexusAuthenticationBackend")
    address = reverse("nexus:event", args=[registration.pk])
    response = client.post(address, {"status": "going"}, follow=True)
    assert "Registration opens once the date of the event is set." in response.text
    assert not registration.attendances.exists()


@pytest.mark.parametrize("translated", ["before", "after"])
def test_the_translation_of_a_members_event_is_kept_from_the_public_too(
    client, site_tree, django_capture_on_commit_callbacks, translated
):
    korean, _created = Locale.objects.get_or_create(language_code="ko")

    def translate(event):
        event.copy_for_translation(korean, copy_parents=True)
        for page in Page.objects.filter(locale=korean, alias_of=None, live=False):
            page.specific.save_revision().publish()
        return event.get_translation(korean)

    with django_capture_on_commit_callbacks(execute=True):
        event = EventPageFactory(parent=event_index(), title="Board retreat", slug="retreat")
        if translated == "before":
            korean_event = translate(event)
        services.share_audience(RegistrationFactory(event=event, join_url=JOIN_URL))
    with django_capture_on_commit_callbacks(execute=True):
        if translated == "after":
            korean_event = translate(event)
    page = client.get(korean_event.url)
    assert page.status_code != 200
    assert "Board retreat" not in page.text
    korean_events = Page.objects.get(locale=korean, slug=site_tree.events.slug)
    assert "Board retreat" not in client.get(korean_events.url).text
    assert "retreat" not in client.get("/sitemap.xml").text
