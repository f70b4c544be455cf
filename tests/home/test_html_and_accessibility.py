"""Every page type, filled in as editors fill it, passes axe-core in Chromium; that the same
pages are valid HTML is checked without a browser in test_complete_site.py."""

import pytest

from tests.home.complete_site import PAGES_OF_EVERY_TYPE


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_every_page_type_is_accessible(live_server, page, assert_accessible, complete_site):
    for name, url in PAGES_OF_EVERY_TYPE.items():
        page.goto(live_server.url + url)
        page.wait_for_load_state("networkidle")
        try:
            assert_accessible(page)
        except AssertionError as error:
            raise AssertionError(f"{name} ({url}):\n{error}") from None
