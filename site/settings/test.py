"""The test suite: PostgreSQL and Elasticsearch, always. `make test` starts both and exports
DATABASE_URL and ELASTICSEARCH_URL; tests/conftest.py stops the run, naming the service, when
either is missing or unreachable."""

from .base import *  # noqa: F403
from .base import ELASTICSEARCH_URL, WAGTAILSEARCH_BACKENDS, env

SECRET_KEY = "test-only-key-3b8e1f0c9a7d4e26b5c1d8f7a6e4b2c0"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tasks run in the test's own process as soon as they are enqueued (after the transaction
# commits: tests that expect deferred work capture the on-commit callbacks).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast users in tests
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Tests see every page rendered; tests/home/test_page_cache.py switches the page cache on.
PUBLIC_PAGE_CACHE_SECONDS = 0
MEDIA_ROOT = env("TEST_MEDIA_ROOT") or "/tmp/wego-test-media"  # noqa: S108
if ELASTICSEARCH_URL:
    # Keep the suite's indexes apart from those of `make services` on the same cluster.
    WAGTAILSEARCH_BACKENDS["default"]["INDEX_PREFIX"] = "test_wego_"
# A deterministic stand-in for a machine translation service (it reverses the words).
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
}
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
