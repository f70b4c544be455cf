import io
import os
from pathlib import Path

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.core.management import call_command
from django.db import connections
from django.utils import translation

from wego_site.service_checks import required_service_problems

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE_SCRIPT = ROOT / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = ROOT / "test-artifacts"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Every test that drives Chromium is a browser test: `-m "not browser"` leaves them out.

    Tests marked `last` move to the end, after pytest-django has put the transactional tests
    after the others (the tests that need no database, which follow them, mind no order): there
    pytest-xdist's "load" hands out only a few tests at a time, so these long ones spread over
    the workers instead of coming to one in a batch, and the workers finish together."""
    for item in items:
        if "browser" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.browser)
    items.sort(key=lambda item: item.get_closest_marker("last") is not None)


def pytest_sessionstart(session):
    problems = required_service_problems()
    if problems:
        pytest.exit(
            "The test suite runs against real services, and these are missing:\n  - "
            + "\n  - ".join(problems)
            + "\n`make test` installs and starts them.",
            returncode=3,
        )


@pytest.fixture(scope="session", autouse=True)
def search_index_mappings(django_db_setup, django_db_blocker):
    """Create the suite's indexes with their mappings and analyzers, once. Not when no test of
    the run uses the database: pytest-django then sets up no test database, and this would
    index the real one."""
    if not connections["default"].settings_dict["NAME"].startswith("test_"):
        return
    with django_db_blocker.unblock():
        call_command("update_index", verbosity=0, stdout=io.StringIO())


@pytest.fixture(autouse=True)
def queued_mail(settings):
    """Mail leaves through the task queue, as in production (Django's test set-up would send it
    at once): tests see it in mail.outbox once the transaction that wrote it commits, e.g.
    inside `django_capture_on_commit_callbacks(execute=True)`."""
    settings.EMAIL_BACKEND = "foundation.mail.QueuedEmailBackend"


@pytest.fixture(autouse=True)
def default_language(settings):
    """Each test starts in the site's default language: a request in another language leaves
    that language active in the thread, and with it error messages in, say, Korean."""
    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture
def admin_user(admin_user):
    """pytest-django's superuser, with the authenticator app every staff account must have."""
    TOTP.activate(admin_user, generate_totp_secret())
    return admin_user


@pytest.fixture
def search_backend():
    """The Elasticsearch backend with every document of the suite's indexes removed.

    Each test's database work is rolled back, but what it sent to Elasticsearch stays."""
    from tests.search_index import emptied_search_backend

    return emptied_search_backend()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"Chromium: {CHROMIUM} is missing; `make test` installs Debian's chromium.")
    # Playwright's sync API runs an event loop in this thread; Django's ORM must still be
    # usable from the test body.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    # With that loop running, Django hands this thread new connection objects, which lack the
    # snapshot that serialized_rollback restores between browser tests: carry it over.
    snapshots = {
        alias: getattr(connections[alias], "_test_serialized_contents", None)
        for alias in connections
    }
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        for alias, snapshot in snapshots.items():
            if snapshot is not None:
                connections[alias]._test_serialized_contents = snapshot
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="en-GB")
    browser_page = context.new_page()
    yield browser_page
    context.close()


@pytest.fixture
def screenshot(request):
    """Save a full-page screenshot as test-artifacts/<test>-<name>.png: named after the test, so
    that tests running at the same time in other workers never write the same file."""

    def take(browser_page, name):
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{request.node.name}-{name}.png"
        browser_page.screenshot(path=str(path), full_page=True)

    return take


@pytest.fixture
def assert_accessible():
    """Run axe-core in the page and fail on any serious or critical WCAG 2.2 AA violation."""
    if not AXE_SCRIPT.exists():
        pytest.fail(f"axe-core: {AXE_SCRIPT} is missing; `make test` installs it with npm ci.")
    script = AXE_SCRIPT.read_text()

    def check(browser_page):
        # Evaluated, not added as a script element, which the Content-Security-Policy blocks.
        browser_page.evaluate(script)
        results = browser_page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
        )
        blocking = [
            f"{violation['id']} ({violation['impact']}): {violation['help']} "
            f"at {[node['target'] for node in violation['nodes']]}"
            for violation in results["violations"]
            if violation["impact"] in {"serious", "critical"}
        ]
        assert not blocking, "\n".join(blocking)

    return check


@pytest.fixture
def csp_violations():
    """`watch(browser_page)` collects what the Content-Security-Policy blocks in that page and
    its frames, as Chromium reports it in the console, into the list it returns."""

    def watch(browser_page):
        blocked = []
        browser_page.on(
            "console",
            lambda message: (
                "Content Security Policy" in message.text and blocked.append(message.text)
            ),
        )
        return blocked

    return watch


@pytest.fixture
def site_tree(db):
    """A home page at the root of the default site, with the news, events, programme and
    member sections under it."""
    from tests.home.factories import build_site_tree

    return build_site_tree()


@pytest.fixture
def complete_site(db):
    """site_tree filled in as editors fill it: every page type with its relations and blocks,
    menus, members in every region, translations; indexed for search
    (tests/home/complete_site.py). It brings its own site tree: ask for it instead of site_tree."""
    from tests.home.complete_site import build_complete_site

    return build_complete_site()


@pytest.fixture(scope="module")
def module_transaction(django_db_setup, django_db_blocker):
    """One transaction around a whole module, rolled back after it, for data that is slow to
    build and that the module's tests only read (what Django's setUpTestData does). Each test's
    own transaction nests inside, so what a test changes is still undone after it.
    Transactional (browser) tests cannot use it: the live server sees committed data only."""
    from django.core.cache import cache
    from django.db import transaction

    from foundation.locales import forget_locales

    with django_db_blocker.unblock(), transaction.atomic():
        # What earlier tests of this worker cached, with rows that no longer exist.
        forget_locales()
        cache.clear()
        yield
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def complete_site_to_read(module_transaction):
    """complete_site, built once for a module of request tests that only read it."""
    from tests.home.complete_site import build_complete_site

    return build_complete_site()


@pytest.fixture(autouse=True)
def _fresh_caches():
    """Each test starts with empty caches: locales (cached per process), rate limits and
    throttles (in the cache), which a rolled-back test must not leave behind."""
    from django.core.cache import cache

    from foundation.locales import forget_locales

    forget_locales()
    cache.clear()
