import io
import os
from pathlib import Path
from types import SimpleNamespace

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.core.management import call_command
from django.db import connections
from django.utils import translation
from wagtail.search.backends import get_search_backend

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
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


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
    """Create the suite's indexes with their mappings and analyzers, once."""
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
    backend = get_search_backend()
    backend.refresh_indexes()
    hits = backend.es.search(
        index=f"{backend.index_prefix}*", query={"match_all": {}}, size=10_000, source=False
    )["hits"]["hits"]
    if hits:
        backend.es.bulk(
            operations=[{"delete": {"_index": hit["_index"], "_id": hit["_id"]}} for hit in hits],
            refresh=True,
        )
    return backend


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
def assert_accessible():
    """Run axe-core in the page and fail on any serious or critical WCAG 2.2 AA violation."""
    if not AXE_SCRIPT.exists():
        pytest.fail(f"axe-core: {AXE_SCRIPT} is missing; `make test` installs it with npm ci.")
    script = AXE_SCRIPT.read_text()

    def check(browser_page):
        browser_page.add_script_tag(content=script)
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
def site_tree(db):
    """A home page at the root of the default site, with the news, events, programme and
    member sections under it."""
    from wagtail.models import Page, Site

    from tests.events.factories import EventIndexPageFactory
    from tests.home.factories import HomePageFactory
    from tests.members.factories import MemberDirectoryPageFactory
    from tests.news.factories import NewsIndexPageFactory
    from tests.programs.factories import ProgramIndexPageFactory

    root = Page.get_first_root_node()
    root.get_children().delete()
    home = HomePageFactory(parent=root, slug="home", title="Smart sustainable cities for all")
    Site.objects.all().delete()
    Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True)
    return SimpleNamespace(
        home=home,
        news=NewsIndexPageFactory(parent=home),
        events=EventIndexPageFactory(parent=home),
        programs=ProgramIndexPageFactory(parent=home),
        members=MemberDirectoryPageFactory(parent=home),
    )


@pytest.fixture(autouse=True)
def _fresh_caches():
    """Each test starts with empty caches: locales (cached per process), rate limits and
    throttles (in the cache), which a rolled-back test must not leave behind."""
    from django.core.cache import cache

    from foundation.locales import forget_locales

    forget_locales()
    cache.clear()
