"""Korean and Arabic visitors in Chromium, with screenshots in test-artifacts/; what the pages
say in each language is checked without a browser in test_complete_site.py."""

import pytest


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_korean_visitor_reads_the_release_and_switches_language(
    live_server, browser, complete_site, assert_accessible, screenshot
):
    context = browser.new_context(
        locale="ko-KR", extra_http_headers={"Accept-Language": "ko-KR,ko;q=0.9"}
    )
    page = context.new_page()

    page.goto(live_server.url + "/")
    assert page.url == live_server.url + "/ko/"
    screenshot(page, "ko-home")
    assert_accessible(page)

    page.get_by_role("navigation", name="주 메뉴").get_by_role("link", name="뉴스와 미디어").click()
    page.get_by_role(
        "link", name="WeGO, 청년 리더와 시민 중심 도시를 위한 프로그램으로 2022년을 열다"
    ).first.click()
    page.wait_for_url("**/ko/news/kick-off-2022-press-release/")
    screenshot(page, "ko-release")
    assert_accessible(page)

    page.get_by_role("navigation", name="언어").get_by_role("link", name="Español").click()
    page.wait_for_url("**/es/news/kick-off-2022-press-release/")
    context.close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_arabic_visitor_gets_a_mirrored_page(
    live_server, browser, complete_site, assert_accessible, screenshot
):
    context = browser.new_context(locale="ar", viewport={"width": 1280, "height": 900})
    page = context.new_page()

    page.goto(live_server.url + "/ar/")
    # Mirrored: the brand starts on the right, the search form sits on the left.
    brand = page.locator(".site-header__brand").bounding_box()
    search = page.locator(".site-search").bounding_box()
    assert brand["x"] > search["x"]
    assert brand["x"] + brand["width"] > 1280 / 2
    heading = page.get_by_role("heading", level=1).bounding_box()
    assert heading["x"] + heading["width"] > 1280 - 120  # right-aligned
    screenshot(page, "ar-home")
    assert_accessible(page)

    # Pages without an Arabic version lead to the Arabic home page.
    page.goto(live_server.url + "/en/news/")
    page.get_by_role("navigation", name="Languages").get_by_role("link", name="العربية").click()
    page.wait_for_url("**/ar/")
    context.close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_on_a_phone_the_switcher_shows_which_languages_lack_the_page(
    live_server, browser, complete_site, assert_accessible, screenshot
):
    context = browser.new_context(locale="en-GB", viewport={"width": 390, "height": 844})
    page = context.new_page()

    page.goto(live_server.url + "/en/news/")
    page.get_by_role("button", name="Menu").click()
    switcher = page.get_by_role("navigation", name="Languages")
    arabic = switcher.get_by_role("listitem").filter(has=page.locator('a[lang="ar"]'))
    hint = arabic.locator(".language-switcher__hint")
    assert hint.is_visible()
    assert hint.inner_text() == "(not translated)"
    box = hint.bounding_box()
    assert box["x"] >= 0
    assert box["x"] + box["width"] <= 390
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    # Screen readers hear the longer explanation as the link's description, once.
    link = arabic.get_by_role("link", name="العربية")
    assert link.get_attribute("aria-describedby") == "language-note-ar"
    korean = switcher.get_by_role("listitem").filter(has=page.locator('a[lang="ko"]'))
    assert korean.locator(".language-switcher__hint").count() == 0  # translated
    screenshot(page, "en-news-390")
    assert_accessible(page)

    # On the Arabic home page, the release nobody has translated yet reads left to right,
    # labelled as English.
    page.goto(live_server.url + "/ar/")
    lead = page.locator(".lead-story h2")
    assert lead.get_attribute("lang") == "en"
    assert lead.evaluate("element => getComputedStyle(element).direction") == "ltr"
    assert page.locator(".lead-story .badge--language").is_visible()
    screenshot(page, "ar-home-390")
    assert_accessible(page)
    context.close()
