"""The translation overview is wider than the admin's content area: every language's column
can be reached, by scrolling the table sideways."""

import pytest
from django.conf import settings
from django.urls import reverse
from wagtail.models import Locale

from tests.members.test_map_admin import signed_in_page


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_every_language_column_can_be_reached(
    live_server, browser, admin_user, site_tree, assert_accessible
):
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    page = signed_in_page(browser, live_server, admin_user)
    page.goto(live_server.url + reverse("translation_overview"))
    table = page.get_by_role("region", name="Translations")
    arabic = table.get_by_role("columnheader", name="العربية")

    arabic.scroll_into_view_if_needed()

    region, column = table.bounding_box(), arabic.bounding_box()
    assert column["x"] >= region["x"]
    assert column["x"] + column["width"] <= region["x"] + region["width"] + 1
    assert_accessible(page)
