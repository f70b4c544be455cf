"""Every page the sitemap lists, in all seven languages, as Chromium shows it with the initial
content: axe-core finds no WCAG 2.2 AA violation of any impact, no page logs a console error or
fails to load one of its files. (The Nu HTML checker reads the same pages in
tests/home/test_initial_content.py.) Screenshots of the pages people open first, at a phone's
and a desktop's width, in English, Korean and Arabic, go to test-artifacts/.

One test per language, so that the pytest-xdist workers share the walk; the initial content is
loaded once per worker and copied back for the worker's next languages (it takes long to load)."""

import io
import re
from urllib.parse import urlsplit

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection

from members.models import Member
from tests.conftest import AXE_SCRIPT, AXE_TAGS

# The languages with the most pages first: the workers then finish at about the same time.
LANGUAGES = ["en", "es", "ko", "ar", "ru", "fr", "zh-hans"]
WIDTHS = {"phone": 390, "desktop": 1280}
SCREENSHOT_LANGUAGES = {"en", "ko", "ar"}
PAGES_TO_SCREENSHOT = {
    "home": "/{language}/",
    "article": "/{language}/news/kick-off-2022-press-release/",
    "member-profile": "/{language}/members/seoul/",
    "map": "/{language}/members/",
}
# Pages loading at once, each in its own tab: most of a page's time is the wait for its network
# to stay idle for half a second, which the other tabs use.
TABS = 3


@pytest.fixture(scope="session")
def initial_content_rows():
    """The rows load_initial_content wrote, once a test of this worker has run it."""
    return {}


@pytest.fixture
def initial_content(live_server, initial_content_rows):
    """The database as load_initial_content leaves it, committed for the live server: loaded by
    the worker's first test, copied back from those rows (primary keys included) by the next."""
    if "rows" not in initial_content_rows:
        call_command("load_initial_content", stdout=io.StringIO())
        initial_content_rows["rows"] = connection.creation.serialize_db_to_string()
        return
    call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True)
    connection.creation.deserialize_db_from_string(initial_content_rows["rows"])
    models = apps.get_models(include_auto_created=True)
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(statement)


def sitemap_paths(client, language):
    """The sitemap's pages in that language; of the member profiles, all made by one template, a
    few (Seoul, with roles, and the first of each region's list) so the walk stays quick."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    paths = sorted(urlsplit(url).path for url in re.findall(r"<loc>([^<]+)</loc>", response.text))
    assert {path.split("/")[1] for path in paths} == set(LANGUAGES)
    profiles = sampled_profiles(language)
    return [
        path
        for path in paths
        if path.split("/")[1] == language and (not is_member_profile(path) or path in profiles)
    ]


def is_member_profile(path):
    return re.fullmatch(r"/[^/]+/members/[^/]+/", path) is not None


def sampled_profiles(language):
    slugs = {"seoul"} | {
        Member.objects.filter(region=region).order_by("name").values_list("slug", flat=True)[0]
        for region in Member.objects.values_list("region", flat=True).distinct()
    }
    return {f"/{language}/members/{slug}/" for slug in slugs}


def violations_of_any_impact(browser_page, script):
    browser_page.evaluate(script)  # not a script element: the policy blocks inline ones
    results = browser_page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
    )
    return [
        f"{violation['id']} ({violation['impact']}) at {[n['target'] for n in violation['nodes']]}"
        for violation in results["violations"]
    ]


class Tab:
    """A page of the browser with what went wrong in it since it was last sent somewhere."""

    def __init__(self, context):
        self.page = context.new_page()
        self.errors = []
        self.response = None
        self.page.on(
            "console", lambda message: message.type == "error" and self.errors.append(message.text)
        )
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on(
            "response",
            lambda response: (
                response.status >= 400 and self.errors.append(f"{response.status} {response.url}")
            ),
        )

    def open(self, url):
        """Start loading the page; the other tabs load theirs meanwhile."""
        self.errors.clear()
        self.response = self.page.goto(url, wait_until="commit")

    def problems(self, axe):
        self.page.wait_for_load_state("networkidle")
        found = [f"HTTP {self.response.status}"] if self.response.status != 200 else []
        return found + violations_of_any_impact(self.page, axe) + self.errors


@pytest.mark.last
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_of_the_sitemap_is_accessible_and_loads_cleanly(
    language, initial_content, live_server, browser, client, screenshot
):
    paths = sitemap_paths(client, language)
    assert f"/{language}/" in paths
    axe = AXE_SCRIPT.read_text()

    problems = {}
    context = browser.new_context(viewport={"width": WIDTHS["desktop"], "height": 900})
    tabs = [Tab(context) for _ in range(TABS)]
    for start in range(0, len(paths), TABS):
        batch = list(zip(tabs, paths[start : start + TABS], strict=False))
        for tab, path in batch:
            tab.open(live_server.url + path)
        for tab, path in batch:
            found = tab.problems(axe)
            if found:
                problems[path] = found
    context.close()
    assert problems == {}

    if language not in SCREENSHOT_LANGUAGES:
        return
    for width_name, width in WIDTHS.items():
        context = browser.new_context(viewport={"width": width, "height": 844})
        browser_page = context.new_page()
        for name, path in PAGES_TO_SCREENSHOT.items():
            browser_page.goto(live_server.url + path.format(language=language))
            browser_page.wait_for_load_state("networkidle")
            screenshot(browser_page, f"{language}-{name}-{width_name}")
        context.close()
