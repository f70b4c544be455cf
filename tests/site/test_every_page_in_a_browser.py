"""Every page the sitemap lists, in all seven languages, as Chromium shows it with the initial
content: axe-core finds no WCAG 2.2 AA violation of any impact, no page logs a console error or
fails to load one of its files. (The Nu HTML checker reads the same pages in
tests/home/test_initial_content.py.) Screenshots of the pages people open first, at a phone's
and a desktop's width, in English, Korean and Arabic, go to test-artifacts/."""

import re
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command

from members.models import Member
from tests.conftest import AXE_SCRIPT, AXE_TAGS

LANGUAGES = {"en", "ko", "es", "fr", "ru", "zh-hans", "ar"}
WIDTHS = {"phone": 390, "desktop": 1280}
PAGES_TO_SCREENSHOT = {
    "home": "/{language}/",
    "article": "/{language}/news/kick-off-2022-press-release/",
    "member-profile": "/{language}/members/seoul/",
    "map": "/{language}/members/",
}


def sitemap_paths(client):
    """The sitemap's pages; of the member profiles, all made by one template, a few per language
    (Seoul, with roles, and the first of each region's list) so the walk stays quick."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    paths = sorted(urlsplit(url).path for url in re.findall(r"<loc>([^<]+)</loc>", response.text))
    return [path for path in paths if not is_member_profile(path) or path in sampled_profiles()]


def is_member_profile(path):
    return re.fullmatch(r"/[^/]+/members/[^/]+/", path) is not None


def sampled_profiles():
    slugs = {"seoul"} | {
        Member.objects.filter(region=region).order_by("name").values_list("slug", flat=True)[0]
        for region in Member.objects.values_list("region", flat=True).distinct()
    }
    return {f"/{language}/members/{slug}/" for language in LANGUAGES for slug in slugs}


def violations_of_any_impact(browser_page, script):
    browser_page.evaluate(script)  # not a script element: the policy blocks inline ones
    results = browser_page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
    )
    return [
        f"{violation['id']} ({violation['impact']}) at {[n['target'] for n in violation['nodes']]}"
        for violation in results["violations"]
    ]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_every_page_of_the_sitemap_in_every_language_is_accessible_and_loads_cleanly(
    live_server, browser, client, screenshot
):
    call_command("load_initial_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    paths = sitemap_paths(client)
    assert {path.split("/")[1] for path in paths} == LANGUAGES
    axe = AXE_SCRIPT.read_text()

    problems = {}
    context = browser.new_context(viewport={"width": WIDTHS["desktop"], "height": 900})
    browser_page = context.new_page()
    errors = []
    browser_page.on(
        "console", lambda message: message.type == "error" and errors.append(message.text)
    )
    browser_page.on("pageerror", lambda error: errors.append(str(error)))
    browser_page.on(
        "response",
        lambda response: (
            response.status >= 400 and errors.append(f"{response.status} {response.url}")
        ),
    )
    for path in paths:
        errors.clear()
        response = browser_page.goto(live_server.url + path, wait_until="networkidle")
        found = [f"HTTP {response.status}"] if response.status != 200 else []
        found += violations_of_any_impact(browser_page, axe) + errors
        if found:
            problems[path] = found
    context.close()
    assert problems == {}

    for width_name, width in WIDTHS.items():
        context = browser.new_context(viewport={"width": width, "height": 844})
        browser_page = context.new_page()
        for language in ("en", "ko", "ar"):
            for name, path in PAGES_TO_SCREENSHOT.items():
                browser_page.goto(live_server.url + path.format(language=language))
                browser_page.wait_for_load_state("networkidle")
                screenshot(browser_page, f"{language}-{name}-{width_name}")
        context.close()
