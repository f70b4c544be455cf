"""What a visitor sees when the site opens in a real browser (Debian's Chromium)."""

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def site_with_content():
    call_command("load_initial_content", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_a_visitor_lands_on_the_english_home_page(
    live_server, site_with_content, page, assert_accessible
):
    response = page.goto(live_server.url + "/")

    assert response.ok
    assert page.url == live_server.url + "/en/"
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.title() == "Smart sustainable cities for all · WeGO"
    assert page.get_by_role("heading", level=1).inner_text() == "Smart sustainable cities for all"
    assert "international association" in page.locator(".hero__lead").inner_text()
    assert_accessible(page)


def test_keyboard_users_can_skip_to_the_content(live_server, site_with_content, page):
    page.goto(live_server.url + "/en/")

    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Skip to main content")
    assert skip_link.evaluate("element => element === document.activeElement")
    assert skip_link.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_the_header_search_finds_the_home_page(live_server, site_with_content, page):
    page.goto(live_server.url + "/en/")

    page.get_by_label("Search the site").fill("sustainable")
    page.get_by_label("Search the site").press("Enter")

    page.wait_for_url("**/en/search/?query=sustainable")
    assert page.get_by_role("status").inner_text() == "1 result for “sustainable”"
    assert page.get_by_role("link", name="Smart sustainable cities for all").is_visible()
