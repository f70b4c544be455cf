import secrets

import pytest
from django.db import connection

from .helpers import run, settings_value

PRODUCTION = "wego_site.settings.production"
DEV = "wego_site.settings.dev"


@pytest.mark.django_db
def test_the_suite_runs_on_postgresql():
    assert connection.vendor == "postgresql"


def test_dev_settings_default_to_sqlite_and_database_search():
    assert settings_value("settings.DATABASES['default']['ENGINE']", DEV) == (
        "django.db.backends.sqlite3"
    )
    assert settings_value("settings.WAGTAILSEARCH_BACKENDS['default']['BACKEND']", DEV) == (
        "foundation.search_backends.database_search_backend"
    )


def test_dev_settings_follow_the_service_variables():
    environment = {
        "DATABASE_URL": "postgres://someone:secret@db.internal:5433/wego",
        "ELASTICSEARCH_URL": "http://search.internal:9200",
    }
    assert settings_value("settings.DATABASES['default']['HOST']", DEV, **environment) == (
        "db.internal"
    )
    # The editors' index (the admin's) and the public one, on the same cluster.
    backends = {
        "default": "foundation.search_backends.EditorsSearchBackend",
        "public": "foundation.search_backends.PublicSearchBackend",
    }
    for name, backend in backends.items():
        setting = f"settings.WAGTAILSEARCH_BACKENDS['{name}']"
        assert settings_value(f"{setting}['BACKEND']", DEV, **environment) == backend
        assert (
            settings_value(f"{setting}['URLS']", DEV, **environment)
            == "['http://search.internal:9200']"
        )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without_a_required_variable(missing):
    environment = {
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": "postgres://someone:secret@db.internal:5432/wego",
        "ALLOWED_HOSTS": "www.example.org",
    }
    del environment[missing]

    result = run(["manage.py", "check"], PRODUCTION, **environment)

    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert missing in lines[0]


def test_production_passes_the_deployment_checklist():
    result = run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        PRODUCTION,
        SECRET_KEY=secrets.token_urlsafe(50),
        DATABASE_URL="postgres://someone:secret@db.internal:5432/wego",
        ALLOWED_HOSTS="www.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
