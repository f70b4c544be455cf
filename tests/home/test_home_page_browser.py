"""What a visitor does when the site opens in a real browser (Debian's Chromium); what the
pages say is checked without one in test_complete_site.py."""

import pytest
from django.utils import translation


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_visitor_lands_searches_and_navigates_by_keyboard(live_server, page, complete_site):
    page.goto(live_server.url + "/")
    assert page.url == live_server.url + "/en/"
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
    page.get_by_role("link", name="WeGO Executive Committee Meeting 2022").click()
    page.wait_for_url("**/en/events/excom-meeting-2022/")
    assert (
        page.get_by_role("heading", level=1).inner_text() == "WeGO Executive Committee Meeting 2022"
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("width", [390, 1280])
def test_members_find_the_way_into_nexus_on_a_phone_and_a_desktop(
    live_server, page, complete_site, assert_accessible, screenshot, width
):
    page.set_viewport_size({"width": width, "height": 844})
    for language in ("en", "ar"):
        page.goto(f"{live_server.url}/{language}/")
        with translation.override(language):
            sign_in = page.get_by_role("link", name=translation.gettext("Member sign-in"))
        assert sign_in.is_visible()
        box = sign_in.bounding_box()
        # On the first screen, whole, and large enough to tap (WCAG 2.2 target size).
        assert box["x"] >= 0
        assert box["x"] + box["width"] <= width
        assert box["y"] + box["height"] <= 844
        assert min(box["width"], box["height"]) >= 24
        assert_accessible(page)
        screenshot(page, f"{language}-{width}")

    sign_in.click()
    page.wait_for_url("**/ar/accounts/login/?next=/ar/nexus/")
    assert page.get_by_role("heading", level=1).is_visible()
