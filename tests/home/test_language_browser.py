"""Korean and Arabic visitors in Chromium, with screenshots in test-artifacts/."""

from pathlib import Path

import pytest
from django.core.management import call_command

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture
def multilingual_site(transactional_db):
    call_command("load_initial_content", "--skip-locate", stdout=open("/dev/null", "w"))  # noqa: SIM115


def screenshot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_korean_visitor_reads_the_release_and_switches_language(
    live_server, browser, multilingual_site, assert_accessible
):
    context = browser.new_context(
        locale="ko-KR", extra_http_headers={"Accept-Language": "ko-KR,ko;q=0.9"}
    )
    page = context.new_page()

    page.goto(live_server.url + "/")
    assert page.url == live_server.url + "/ko/"
    assert page.locator("html").get_attribute("lang") == "ko"
    assert page.get_by_role("heading", level=1).inner_text() == "모두를 위한 스마트 지속가능 도시"
    assert page.get_by_role("link", name="본문으로 건너뛰기").count() == 1  # interface in Korean
    screenshot(page, "ko-home")
    assert_accessible(page)

    page.get_by_role("navigation", name="주 메뉴").get_by_role("link", name="뉴스와 미디어").click()
    page.get_by_role(
        "link", name="WeGO, 청년 리더와 시민 중심 도시를 위한 프로그램으로 2022년을 열다"
    ).first.click()
    assert page.locator("time").first.inner_text() == "2022년 2월 23일"
    screenshot(page, "ko-release")
    assert_accessible(page)

    page.get_by_role("navigation", name="언어").get_by_role("link", name="Español").click()
    assert page.url == live_server.url + "/es/news/kick-off-2022-press-release/"
    assert page.get_by_role("heading", level=1).inner_text().startswith("WeGO abre 2022")
    context.close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_arabic_visitor_gets_a_mirrored_page(
    live_server, browser, multilingual_site, assert_accessible
):
    context = browser.new_context(locale="ar", viewport={"width": 1280, "height": 900})
    page = context.new_page()

    page.goto(live_server.url + "/ar/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.get_by_role("heading", level=1).inner_text() == "مدن ذكية ومستدامة للجميع"
    # Mirrored: the brand starts on the right, the search form sits on the left.
    brand = page.locator(".site-header__brand").bounding_box()
    search = page.locator(".site-search").bounding_box()
    assert brand["x"] > search["x"]
    assert brand["x"] + brand["width"] > 1280 / 2
    heading = page.get_by_role("heading", level=1).bounding_box()
    assert heading["x"] + heading["width"] > 1280 - 120  # right-aligned
    screenshot(page, "ar-home")
    assert_accessible(page)

    # Pages without an Arabic version lead to the Arabic home page, and say so.
    page.goto(live_server.url + "/en/news/")
    arabic = page.get_by_role("navigation", name="Languages").get_by_role("link", name="العربية")
    assert arabic.get_attribute("href") == "/ar/"
    assert "not translated" in page.locator("#language-note-ar").inner_text()
    context.close()
