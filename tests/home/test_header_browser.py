"""The header in Chromium on a phone (390×844) and on a desktop screen (1280 px). On a phone the
header and navigation used to take 44% of the first screen (371 of 844 px); the navigation now
waits behind a menu button, and is simply shown without JavaScript and on wide screens."""

import pytest

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
SMALLEST_TARGET = 44  # px, both ways


def focused(page, locator):
    return locator.evaluate("element => element === document.activeElement")


def assert_large_targets(locator):
    for index in range(locator.count()):
        box = locator.nth(index).bounding_box()
        assert box["width"] >= SMALLEST_TARGET, locator.nth(index).inner_text()
        assert box["height"] >= SMALLEST_TARGET, locator.nth(index).inner_text()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_on_a_phone_the_menu_waits_behind_a_button_that_works_by_keyboard(
    live_server, browser, complete_site, assert_accessible, screenshot
):
    context = browser.new_context(viewport=PHONE, locale="en-GB")
    page = context.new_page()
    page.goto(live_server.url + "/en/")

    header = page.locator(".site-header").bounding_box()
    assert header["height"] / PHONE["height"] < 0.10
    assert page.get_by_role("heading", level=1).is_visible()
    main_menu = page.get_by_role("navigation", name="Main")
    languages = page.get_by_role("navigation", name="Languages")
    assert not main_menu.is_visible()
    assert not languages.is_visible()
    menu_button = page.get_by_role("button", name="Menu")
    assert menu_button.get_attribute("aria-expanded") == "false"
    controlled = page.locator("#" + menu_button.get_attribute("aria-controls"))
    assert controlled.get_by_role("navigation", name="Main", include_hidden=True).count() == 1
    assert_large_targets(menu_button)
    screenshot(page, "closed")
    assert_accessible(page)

    # Skip link, brand, member sign-in, then the menu button, with a visible focus ring.
    for _key in range(4):
        page.keyboard.press("Tab")
    assert focused(page, menu_button)
    assert menu_button.evaluate("element => element.matches(':focus-visible')")
    assert menu_button.evaluate("element => getComputedStyle(element).outlineStyle") != "none"

    page.keyboard.press("Enter")
    assert menu_button.get_attribute("aria-expanded") == "true"
    assert main_menu.is_visible()
    assert languages.is_visible()
    assert page.get_by_label("Search the site").is_visible()
    assert_large_targets(main_menu.get_by_role("link"))
    assert_large_targets(languages.get_by_role("link"))
    screenshot(page, "open")
    assert_accessible(page)

    # The menu follows its button: the next key stop is inside it; Escape closes it and puts
    # the focus back on the button.
    page.keyboard.press("Tab")
    assert controlled.evaluate("menu => menu.contains(document.activeElement)")
    page.keyboard.press("Escape")
    assert menu_button.get_attribute("aria-expanded") == "false"
    assert not main_menu.is_visible()
    assert focused(page, menu_button)

    # Space opens it too, and the other languages are there.
    page.keyboard.press("Space")
    assert menu_button.get_attribute("aria-expanded") == "true"
    languages.get_by_role("link", name="한국어").click()
    page.wait_for_url("**/ko/")
    assert page.locator(".site-menu-button").get_attribute("aria-expanded") == "false"
    assert page.locator(".site-header").bounding_box()["height"] / PHONE["height"] < 0.10
    context.close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_in_arabic_the_menu_button_sits_on_the_left_and_the_menu_reads_from_the_right(
    live_server, browser, complete_site, assert_accessible, screenshot
):
    context = browser.new_context(viewport=PHONE, locale="ar")
    page = context.new_page()
    page.goto(live_server.url + "/ar/")

    brand = page.locator(".site-header__brand").bounding_box()
    menu_button = page.locator(".site-menu-button")
    button = menu_button.bounding_box()
    assert button["x"] + button["width"] < brand["x"]
    assert button["x"] < 30
    menu_button.click()
    first_link = page.locator(".main-nav a").first.bounding_box()
    text_end = page.locator(".main-nav a").first.evaluate(
        "link => { const range = document.createRange(); range.selectNodeContents(link);"
        " return range.getBoundingClientRect().right; }"
    )
    assert first_link["width"] > PHONE["width"] - 40  # a full-width line...
    assert text_end > PHONE["width"] - 40  # ...whose text starts on the right
    screenshot(page, "open")
    assert_accessible(page)
    context.close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_without_javascript_and_on_a_wide_screen_the_navigation_is_simply_shown(
    live_server, browser, complete_site, assert_accessible, screenshot
):
    without_javascript = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = without_javascript.new_page()
    page.goto(live_server.url + "/en/")
    assert (
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Members").is_visible()
    )
    languages = page.get_by_role("navigation", name="Languages")
    assert languages.is_visible()
    assert_large_targets(languages.get_by_role("link"))
    assert not page.locator(".site-menu-button").is_visible()
    without_javascript.close()

    for language in ("en", "ar"):
        context = browser.new_context(viewport=DESKTOP)
        page = context.new_page()
        page.goto(f"{live_server.url}/{language}/")
        assert not page.locator(".site-menu-button").is_visible()
        links = page.locator(".main-nav a")
        assert links.count() == 5
        assert len({round(links.nth(index).bounding_box()["y"]) for index in range(5)}) == 1
        assert page.locator(".language-switcher").is_visible()
        # Languages strip, brand and search, navigation strip: as tall as before the menu button.
        assert page.locator(".site-header").bounding_box()["height"] < 170
        page.keyboard.press("Escape")
        assert page.locator(".main-nav").is_visible()
        screenshot(page, language)
        assert_accessible(page)
        context.close()
