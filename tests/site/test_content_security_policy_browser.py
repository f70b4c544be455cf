"""The Content-Security-Policy in Chromium: it is in force (the pages are served with it), and
it blocks nothing the site does, on the phone's header menu, the member map with a tile
server, the admin's page editor with its preview, and the translation editor."""

import io
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PIL import Image
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Page

from tests.home.test_header_browser import PHONE
from tests.members.test_map_admin import signed_in_page


def served_with_policy(response):
    return "content-security-policy" in response.headers


@pytest.fixture
def tile_server():
    """A tile server on another port, hence another origin than the site's: every tile is the
    same pale square."""
    tile = io.BytesIO()
    Image.new("RGB", (256, 256), "#dde8f3").save(tile, "PNG")

    class Tiles(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()
            self.wfile.write(tile.getvalue())

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Tiles)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/{{z}}/{{x}}/{{y}}.png"
    server.shutdown()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_on_a_phone_the_menu_and_the_map_with_its_tiles_work_under_the_policy(
    live_server, browser, complete_site, tile_server, settings, csp_violations
):
    settings.MAP_TILE_URL = tile_server
    context = browser.new_context(viewport=PHONE, locale="en-GB")
    page = context.new_page()
    blocked = csp_violations(page)

    assert served_with_policy(page.goto(live_server.url + "/en/"))
    page.get_by_role("button", name="Menu").click()
    assert page.get_by_role("navigation", name="Main").is_visible()

    assert served_with_policy(page.goto(live_server.url + "/en/members/"))
    page.wait_for_function(
        "() => Number(document.querySelector('#member-map').dataset.markerCount) > 0"
    )
    page.locator("#member-map img.leaflet-tile-loaded").first.wait_for()
    assert page.locator("#member-map .leaflet-marker-icon").first.is_visible()
    assert blocked == []
    context.close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_page_editor_its_preview_and_the_translation_editor_work_under_the_admin_policy(
    live_server, browser, admin_user, complete_site, csp_violations
):
    release = complete_site.release
    korean_release = Page.objects.get(
        translation_key=release.translation_key, locale__language_code="ko"
    )
    page = signed_in_page(browser, live_server, admin_user)
    blocked = csp_violations(page)

    assert served_with_policy(page.goto(live_server.url + AdminURLFinder().get_edit_url(release)))
    page.locator("#id_title").fill("A release under a strict policy")
    page.locator("[data-side-panel-toggle='preview']").click()
    preview = page.frame_locator("#w-preview-iframe")
    assert preview.get_by_role("heading", level=1).inner_text() == (
        "A release under a strict policy"
    )

    translation_editor = AdminURLFinder().get_edit_url(korean_release)
    assert served_with_policy(page.goto(live_server.url + translation_editor))
    page.get_by_role("button", name="Edit").first.click()
    page.keyboard.press("End")
    page.keyboard.type(" (2022)")
    page.get_by_role("button", name="Save").first.click()
    page.get_by_text("Translated manually").first.wait_for()
    assert blocked == []
    page.context.close()
