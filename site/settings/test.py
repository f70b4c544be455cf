"""The test suite: PostgreSQL and Elasticsearch, always. `make test` starts both and exports
DATABASE_URL and ELASTICSEARCH_URL; tests/conftest.py stops the run, naming the service, when
either is missing or unreachable."""

import re
from pathlib import Path

from .base import *  # noqa: F403
from .base import (
    BASE_DIR,
    DATABASES,
    ELASTICSEARCH_URL,
    STORAGES,
    WAGTAILSEARCH_BACKENDS,
    env,
)

SECRET_KEY = "test-only-key-3b8e1f0c9a7d4e26b5c1d8f7a6e4b2c0"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tasks run in the test's own process as soon as they are enqueued (after the transaction
# commits: tests that expect deferred work capture the on-commit callbacks).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast users in tests
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# The same two caches in each test process's memory (tests/home/test_page_cache.py also runs
# the real ones).
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}
# Tests see every page rendered; tests/home/test_page_cache.py switches the page cache on.
PUBLIC_PAGE_CACHE_SECONDS = 0
# pytest-xdist runs the suite in worker processes (gw0, gw1, ...), each with a database of its
# own (pytest-django adds the worker to its name); each also gets its own uploaded files and
# search indexes, so that one worker's clean-up never deletes what another is testing. Files
# stay in the checkout, apart from other checkouts' test runs on the same machine.
worker = env("PYTEST_XDIST_WORKER") or "serial"
MEDIA_ROOT = str(Path(env("TEST_MEDIA_ROOT") or BASE_DIR / "var" / "test-media") / worker)
PRIVATE_MEDIA_ROOT = str(
    Path(env("TEST_PRIVATE_MEDIA_ROOT") or BASE_DIR / "var" / "test-private-media") / worker
)
if ELASTICSEARCH_URL:
    # Keep the suite's indexes apart from those of `make services` on the same cluster, and
    # from another checkout's run naming another database (as its test database is apart).
    database = re.sub(r"[^a-z0-9_]", "_", str(DATABASES["default"]["NAME"]).lower())
    WAGTAILSEARCH_BACKENDS["default"]["INDEX_PREFIX"] = f"editors_test_{database}_{worker}_"
    WAGTAILSEARCH_BACKENDS["public"]["INDEX_PREFIX"] = f"test_{database}_{worker}_"
# A deterministic stand-in for a machine translation service (it reverses the words).
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
}
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
