"""The Content-Security-Policy of every kind of page: strict on the public site, in Nexus and on
the sign-in pages, whoever is signed in; relaxed in the admin only as far as Wagtail needs.
What Chromium makes of it: test_content_security_policy_browser.py."""

import pytest
from django.urls import reverse
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.embeds.finders import get_finders
from wagtail.models import Page

from tests.extranet.factories import ProfileFactory
from tests.home.complete_site import PAGES_OF_EVERY_TYPE

pytestmark = pytest.mark.django_db

VIDEO_PLAYERS = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
STRICT = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "frame-src": ["'self'", *VIDEO_PLAYERS],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
}
ADMIN = {
    **STRICT,
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
}


def policy(response):
    """{directive: sources} of the response's Content-Security-Policy; a nonce counts as
    "'nonce'" (a page that has an inline script gives it its request's nonce)."""
    header = response.get("Content-Security-Policy", "")
    directives = {}
    for directive in filter(None, (part.strip() for part in header.split(";"))):
        name, *sources = directive.split()
        directives[name] = [
            "'nonce'" if source.startswith("'nonce-") else source for source in sources
        ]
    return directives


def policies(client, urls):
    return {url: policy(client.get(url)) for url in urls}


def strict_everywhere(found):
    """The addresses whose policy is not the strict one (a nonce may join 'self' for scripts)."""
    return {
        url: directives
        for url, directives in found.items()
        if {
            **directives,
            "script-src": [s for s in directives.get("script-src", []) if s != "'nonce'"],
        }
        != STRICT
    }


def test_every_public_page_type_nexus_and_sign_in_have_the_strict_policy(
    client, admin_client, complete_site_to_read
):
    directory = Page.objects.get(url_path__endswith="/members/", locale__language_code="en")
    urls = [
        *PAGES_OF_EVERY_TYPE.values(),
        directory.specific.url + directory.specific.reverse_subpage("geojson"),
        "/en/accounts/login/",
        "/ar/accounts/password/reset/",
    ]
    assert strict_everywhere(policies(client, urls)) == {}

    member = ProfileFactory()
    client.force_login(member.user, backend="extranet.core.auth.NexusAuthenticationBackend")
    nexus = [reverse("nexus:dashboard"), reverse("nexus:people"), reverse("nexus:profile")]
    assert strict_everywhere(policies(client, nexus)) == {}
    # An editor reads the public site with Wagtail's user bar: the same policy.
    assert (
        strict_everywhere(policies(admin_client, ["/en/", "/ko/news/kick-off-2022-press-release/"]))
        == {}
    )


def test_the_admin_allows_inline_scripts_and_styles_and_frames_its_own_previews(
    admin_client, complete_site_to_read
):
    release = complete_site_to_read.release
    korean_release = Page.objects.get(
        translation_key=release.translation_key, locale__language_code="ko"
    )
    editor = AdminURLFinder().get_edit_url(release)
    translation_editor = AdminURLFinder().get_edit_url(korean_release)
    assert 'class="js-translation-editor"' in admin_client.get(translation_editor).text

    found = policies(admin_client, [reverse("wagtailadmin_home"), editor, translation_editor])
    assert found == dict.fromkeys(found, ADMIN)
    preview = admin_client.get(reverse("wagtailadmin_pages:preview_on_edit", args=[release.pk]))
    assert policy(preview) == {**ADMIN, "frame-ancestors": ["'self'"]}


def test_the_maps_tile_server_is_allowed_for_pictures(client, site_tree, settings):
    settings.MAP_TILE_URL = "https://{s}.tiles.example.org:8443/{z}/{x}/{y}.png"
    assert policy(client.get("/en/"))["img-src"] == [
        "'self'",
        "data:",
        "https://*.tiles.example.org:8443",
    ]


def test_videos_are_embedded_only_from_the_players_the_policy_lets_pages_frame():
    def embedded(url):
        return any(finder.accept(url) for finder in get_finders())

    assert embedded("https://www.youtube.com/watch?v=kick-off")
    assert embedded("https://vimeo.com/76979871")
    # Elsewhere, the block stays a link to the video.
    assert not embedded("https://www.dailymotion.com/video/x7tgad0")
