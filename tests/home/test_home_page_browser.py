"""What a visitor sees when the site opens in a real browser (Debian's Chromium)."""

import pytest
from django.core.management import call_command


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_visitor_lands_searches_and_navigates_by_keyboard(live_server, page):
    call_command("load_initial_content", "--skip-locate", stdout=open("/dev/null", "w"))  # noqa: SIM115

    response = page.goto(live_server.url + "/")
    assert response.ok
    assert page.url == live_server.url + "/en/"
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.title() == "Smart sustainable cities for all · WeGO"
    assert page.get_by_role("heading", level=1).inner_text() == "Smart sustainable cities for all"
    assert "international association" in page.locator(".hero__lead").inner_text()
    assert (
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Members").is_visible()
    )

    # Keyboard users skip straight to the content.
    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Skip to main content")
    assert skip_link.evaluate("element => element === document.activeElement")
    assert skip_link.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"

    # The header search finds pages.
    page.get_by_label("Search the site").fill("Kampala")
    page.get_by_label("Search the site").press("Enter")
    page.wait_for_url("**/en/search/?query=Kampala")
    assert page.get_by_role("status").inner_text() == "1 result for “Kampala”"
    page.get_by_role("link", name="WeGO Executive Committee Meeting 2022").click()
    assert (
        page.get_by_role("heading", level=1).inner_text() == "WeGO Executive Committee Meeting 2022"
    )
