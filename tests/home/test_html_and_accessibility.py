"""Key pages are valid HTML (Nu HTML Checker) and pass axe-core in Chromium."""

import pytest
from django.core.management import call_command

from tests.html_checker import html_errors

KEY_PAGES = {
    "home": "/en/",
    "news index": "/en/news/",
    "press release": "/en/news/kick-off-2022-press-release/",
    "media advisory": "/en/news/kick-off-2022-media-advisory/",
    "events": "/en/events/",
    "event": "/en/events/activities-kick-off-2022/",
    "programmes": "/en/programmes/",
    "programme": "/en/programmes/smart-city-driver/project-implementer/",
    "members": "/en/members/",
    "member profile": "/en/members/seoul/",
    "governance": "/en/about/governance/",
    "search": "/en/search/?query=smart",
    "not found": "/en/no-such-page/",
}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_key_pages_are_valid_html_and_accessible(live_server, page, assert_accessible, tmp_path):
    call_command("load_initial_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    documents = {}
    for name, url in KEY_PAGES.items():
        response = page.goto(live_server.url + url)
        documents[name] = response.text()
        page.wait_for_load_state("networkidle")
        try:
            assert_accessible(page)
        except AssertionError as error:
            raise AssertionError(f"{name} ({url}):\n{error}") from None
    assert html_errors(documents, tmp_path) == {}
