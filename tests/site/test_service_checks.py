"""Without its services the suite must stop and name the missing one, never skip."""

import os
import socket

import pytest

from .helpers import run

TEST_SETTINGS = "wego_site.settings.test"
A_TEST_THAT_WOULD_PASS = "tests/site/test_settings.py::test_the_suite_runs_on_postgresql"


@pytest.fixture
def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run_suite(**environment):
    environment = {
        "DATABASE_URL": os.environ["DATABASE_URL"],
        "ELASTICSEARCH_URL": os.environ["ELASTICSEARCH_URL"],
        **environment,
    }
    return run(
        ["-m", "pytest", "-p", "no:cacheprovider", A_TEST_THAT_WOULD_PASS],
        TEST_SETTINGS,
        **{key: value for key, value in environment.items() if value is not None},
    )


def test_an_unreachable_elasticsearch_stops_the_suite_and_is_named(closed_port):
    result = run_suite(ELASTICSEARCH_URL=f"http://127.0.0.1:{closed_port}")
    assert result.returncode != 0
    assert f"Elasticsearch: no healthy cluster at http://127.0.0.1:{closed_port}" in result.stdout
    assert "PostgreSQL" not in result.stdout
    assert "passed" not in result.stdout
    assert "skipped" not in result.stdout


def test_an_unreachable_postgresql_stops_the_suite_and_is_named(closed_port):
    url = os.environ["DATABASE_URL"].rsplit(":", 1)[0] + f":{closed_port}/wego"
    result = run_suite(DATABASE_URL=url)
    assert result.returncode != 0
    assert f"PostgreSQL: cannot connect to 127.0.0.1:{closed_port}" in result.stdout
    assert "passed" not in result.stdout
    assert "skipped" not in result.stdout


def test_unset_services_are_named_too():
    result = run_suite(DATABASE_URL=None, ELASTICSEARCH_URL=None)
    assert result.returncode != 0
    assert "PostgreSQL: DATABASE_URL does not name a PostgreSQL database" in result.stdout
    assert "Elasticsearch: ELASTICSEARCH_URL is unset" in result.stdout
