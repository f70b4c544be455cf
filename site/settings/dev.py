"""Local development: `make run`. Embedded SQLite and database search unless the environment
names PostgreSQL (DATABASE_URL) or Elasticsearch (ELASTICSEARCH_URL)."""

from .base import *  # noqa: F403
from .base import STORAGES, env, env_bool, env_list

DEBUG = True
# Only ever used on a developer's machine; production.py refuses to start without its own.
SECRET_KEY = env("SECRET_KEY") or "dev-only-key-not-for-production-0f3c9b5e7d1a4c28b6e9"
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
EMAIL_DELIVERY_BACKEND = (
    env("EMAIL_DELIVERY_BACKEND") or "django.core.mail.backends.console.EmailBackend"
)
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Edits show at once while developing.
PUBLIC_PAGE_CACHE_SECONDS = 0
# The demo administrator of `make run` would otherwise have to set up an authenticator app
# before seeing the admin; every other environment requires it.
NEXUS_REQUIRE_MFA_FOR_STAFF = env_bool("NEXUS_REQUIRE_MFA_FOR_STAFF", default=False)
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
