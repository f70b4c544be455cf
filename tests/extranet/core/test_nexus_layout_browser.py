"""The Nexus layout in Chromium, on a phone and a desktop screen, in English and in Arabic
(right to left): the menu button opens the navigation, the account menu opens and closes from
the keyboard, the bell tells its count, and every page passes axe-core."""

import pytest
from wagtail.models import Page, Site

from extranet.core.services import notify
from tests.extranet.browser import sign_in
from tests.extranet.factories import (
    GroupFactory,
    MembershipFactory,
    PostFactory,
    ProfileFactory,
    conversation_between,
)
from tests.home.factories import HomePageFactory
from tests.members.factories import MemberFactory

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def check_account_menu_by_keyboard(page):
    button = page.locator(".nexus-account__button")
    menu = page.locator("#nexus-account-menu")
    assert not menu.is_visible()
    button.focus()
    page.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
    assert menu.is_visible()
    # My profile, notification settings, my data; then the sign-out button.
    links = menu.get_by_role("link")
    assert links.count() == 3
    assert all(links.nth(number).is_visible() for number in range(3))
    assert menu.get_by_role("button").is_visible()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('#nexus-account-menu') !== null")
    page.keyboard.press("Escape")
    assert not menu.is_visible()
    assert page.evaluate("document.activeElement.classList.contains('nexus-account__button')")
    page.keyboard.press(" ")
    assert menu.is_visible()
    page.keyboard.press("Escape")
    assert not menu.is_visible()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_nexus_layout_on_a_phone_and_a_desktop_in_english_and_arabic(
    live_server, browser, assert_accessible, screenshot, private_media
):
    root = Page.get_first_root_node()
    root.get_children().delete()
    home = HomePageFactory(parent=root, slug="home")
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    seoul = MemberFactory(name="Seoul", slug="seoul", country="KR")
    reader = ProfileFactory(member=seoul, name="Hye-jin Lee")
    colleague = ProfileFactory(member=seoul, name="Dong-hyun Choi")
    group = GroupFactory(name="Smart water", slug="smart-water", owner=colleague.user)
    MembershipFactory(group=group, user=reader.user)
    PostFactory(group=group, author=colleague.user, body="<p>Our leak sensors work.</p>")
    conversation_between(colleague, reader, subject="EXCOM Meeting 2022")
    notify(reader.user, "role_changed", role="Member user")

    for viewport in (PHONE, DESKTOP):
        page = sign_in(browser, live_server, reader, viewport=viewport)
        for language in ("en", "ar"):
            page.goto(f"{live_server.url}/{language}/nexus/")
            size = f"{language}-{viewport['width']}"
            assert page.locator("html").get_attribute("dir") == (
                "rtl" if language == "ar" else "ltr"
            )
            bell = page.locator(".nexus-bell")
            assert bell.is_visible()
            assert page.locator(".nexus-bell__count").inner_text() == "1"
            nav = page.locator("#nexus-menu")
            button = page.locator(".nexus-menu-button")
            if viewport is PHONE:
                assert button.is_visible()
                assert not nav.is_visible()
                # Right to left, the menu button is at the right edge.
                box = button.bounding_box()
                assert (box["x"] > PHONE["width"] / 2) == (language == "ar")
                button.click()
                assert button.get_attribute("aria-expanded") == "true"
                assert nav.is_visible()
                assert_accessible(page)
                screenshot(page, f"menu-{size}")
                page.keyboard.press("Escape")
                assert not nav.is_visible()
                assert page.evaluate(
                    "document.activeElement.classList.contains('nexus-menu-button')"
                )
                assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
            else:
                assert not button.is_visible()
                assert nav.is_visible()
                brand = page.locator(".nexus-header__brand").bounding_box()
                assert (brand["x"] > DESKTOP["width"] / 2) == (language == "ar")
            check_account_menu_by_keyboard(page)
            assert page.get_by_text("Our leak sensors work.").is_visible()
            assert_accessible(page)
            screenshot(page, f"dashboard-{size}")
            for address in ("messages/", "groups/smart-water/"):
                page.goto(f"{live_server.url}/{language}/nexus/{address}")
                assert_accessible(page)
                assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]

    # In English, the bell is named with its count.
    page.goto(f"{live_server.url}/en/nexus/")
    page.get_by_role("link", name="Notifications, 1 unread").click()
    page.wait_for_url("**/nexus/notifications/")
