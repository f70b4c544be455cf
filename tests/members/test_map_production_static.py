"""Every page with a map, served as in production: static files collected with hashed names
(WhiteNoise's manifest storage) and served by WhiteNoise, DEBUG off. Leaflet guessing its
marker images' address from its stylesheet once answered 404 there, and showed broken images."""

import pytest
from django.core.management import call_command
from django.test import Client
from django.test.testcases import LiveServerThread
from django.urls import reverse

from tests.members.factories import MemberFactory
from wego_site.settings import base as base_settings


@pytest.fixture
def production_static_server(settings, tmp_path):
    """A live server with production's static files set-up (site/settings/production.py),
    without the real live server's handler that serves static files from the source folders."""
    settings.DEBUG = False
    settings.STATIC_ROOT = str(tmp_path / "static")
    settings.STORAGES = {**settings.STORAGES, "staticfiles": base_settings.STORAGES["staticfiles"]}
    settings.MIDDLEWARE = [
        settings.MIDDLEWARE[0],
        "whitenoise.middleware.WhiteNoiseMiddleware",
        *settings.MIDDLEWARE[1:],
    ]
    call_command("collectstatic", "--no-input", verbosity=0)
    server = LiveServerThread("localhost", static_handler=lambda handler: handler)
    server.daemon = True
    server.start()
    server.is_ready.wait()
    if server.error:
        raise server.error
    yield f"http://localhost:{server.port}"
    server.terminate()


def open_and_collect_problems(page, url):
    """Console errors, uncaught exceptions and failed or refused requests while url loads."""
    problems = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(f"uncaught: {error}"))
    page.on("requestfailed", lambda request: problems.append(f"failed: {request.url}"))
    page.on(
        "response",
        lambda response: (
            response.status >= 400 and problems.append(f"{response.status}: {response.url}")
        ),
    )
    page.goto(url)
    page.wait_for_load_state("networkidle")
    return problems


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_every_page_with_a_map_loads_cleanly_with_production_static_files(
    production_static_server, browser, member_map, admin_user
):
    kampala = member_map["Kampala"]
    unplaced = MemberFactory(name="Erbil Governorate", country="IQ", unplaced=True)
    client = Client()
    client.force_login(admin_user)
    context = browser.new_context(locale="en-GB")
    context.add_cookies(
        [
            {
                "name": "sessionid",
                "value": client.cookies["sessionid"].value,
                "url": production_static_server,
            }
        ]
    )
    pages_with_a_map = [
        "/en/members/",
        "/en/members/?region=africa",
        f"/en/members/{kampala.slug}/",
        reverse("wagtailsnippets_members_member:edit", args=[kampala.pk]),
        reverse("wagtailsnippets_members_member:edit", args=[unplaced.pk]),
    ]
    for path in pages_with_a_map:
        page = context.new_page()
        problems = open_and_collect_problems(page, production_static_server + path)
        assert not problems, f"{path}: {problems}"
        icons = page.locator(".leaflet-marker-icon:not(.marker-cluster)")
        if path != pages_with_a_map[-1]:
            icons.first.wait_for()
        for index in range(icons.count()):
            loaded = icons.nth(index).evaluate("image => image.complete && image.naturalWidth > 0")
            assert loaded, f"{path}: a marker image did not load"
        page.close()
    context.close()
