"""The Nexus menu comes from what the core and each capability registered, and marks the
section of the page being read."""

import re

import pytest
from django.urls import reverse

from tests.extranet.factories import PublicProfileChangeFactory

pytestmark = pytest.mark.django_db

NAV = re.compile(r'<nav class="nexus-nav".*?</nav>', re.DOTALL)
LINK = re.compile(r'<a href="([^"]*)"( aria-current="page")?>([^<]*)')


def menu(client, url):
    """The menu's links as (label, marked as current)."""
    nav = NAV.search(client.get(url).text).group(0)
    return [(label.strip(), bool(current)) for _href, current, label in LINK.findall(nav)]


def current_items(client, url):
    return [label for label, current in menu(client, url) if current]


@pytest.mark.parametrize(
    ("role", "address", "section"),
    [
        ("user", reverse("nexus:dashboard"), "Overview"),
        ("user", reverse("nexus:people"), "People"),
        ("user", reverse("nexus:people") + "?q=seoul", "People"),
        ("user", reverse("nexus:organisations"), "Organisations"),
        ("user", reverse("nexus:organisation", args=["seoul"]), "Organisations"),
        ("user", reverse("nexus:notifications"), "Notifications"),
        ("user", reverse("nexus:profile"), "My profile"),
        ("user", reverse("nexus:messages"), "Messages"),
        ("user", reverse("nexus:compose"), "Messages"),
        ("admin", reverse("nexus:manage_organisation"), "My organisation"),
        ("admin", reverse("nexus:invite"), "My organisation"),
        ("secretariat", reverse("nexus:review_changes"), "Profile changes"),
    ],
)
def test_the_current_section_is_marked_and_only_it(as_role, role, address, section):
    assert current_items(as_role(role), address) == [section]


def test_a_persons_page_is_under_people(as_role, nexus):
    client = as_role("user")
    assert current_items(client, reverse("nexus:person", args=[nexus.admin.pk])) == ["People"]


def test_a_change_under_review_is_under_profile_changes(as_role, nexus):
    change = PublicProfileChangeFactory(member=nexus.seoul)
    client = as_role("secretariat")
    address = reverse("nexus:review_change", args=[change.pk])
    assert current_items(client, address) == ["Profile changes"]


def test_pages_outside_the_menu_mark_nothing(as_role):
    # The Overview's address starts every other one: it is marked on itself only.
    assert current_items(as_role("user"), reverse("nexus:close_account")) == []


@pytest.mark.parametrize(
    ("role", "labels"),
    [
        (
            "user",
            [
                "Overview",
                "Messages",
                "People",
                "Organisations",
                "Groups",
                "Events",
                "Notifications",
                "My profile",
            ],
        ),
        (
            "admin",
            [
                "Overview",
                "Messages",
                "People",
                "Organisations",
                "Groups",
                "Events",
                "My organisation",
                "Notifications",
                "My profile",
            ],
        ),
        (
            "secretariat",
            [
                "Overview",
                "Messages",
                "People",
                "Organisations",
                "Groups",
                "Events",
                "Profile changes",
                "Notifications",
                "My profile",
            ],
        ),
    ],
)
def test_each_role_sees_its_menu_in_order(as_role, role, labels):
    assert [label for label, _current in menu(as_role(role), reverse("nexus:dashboard"))] == labels
