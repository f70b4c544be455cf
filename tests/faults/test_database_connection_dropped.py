"""Fault: PostgreSQL drops the site's connection (a restart, a failover, an administrator's
pg_terminate_backend). The site runs as in production, under gunicorn with one sync worker
that keeps its connection between requests (CONN_MAX_AGE); a second connection, the test's,
terminates the server's. A request caught in the middle gets the site's error page in its
language, not a traceback, and the next one works; a connection dropped between requests is
replaced before the request uses it (conn_health_checks)."""

import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection, transaction

from tests.faults.conftest import unused_port

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ROOT = Path(__file__).resolve().parents[2]
SERVER_NAME = "wego-fault-suite-server"  # the server's connections, as PostgreSQL names them


def get(url):
    """Status and text of a GET, whatever the status."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (a loopback address)
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


@pytest.fixture
def server(site_tree):
    """The site under gunicorn (one sync worker) on the test database, with its own address."""
    database = settings.DATABASES["default"]
    port = unused_port()
    process = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "wego_site.wsgi",
        ],
        cwd=ROOT,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "wego_site.settings.test",
            "DATABASE_URL": (
                f"postgres://{database['USER']}:{database['PASSWORD']}@{database['HOST']}:"
                f"{database['PORT']}/{database['NAME']}?application_name={SERVER_NAME}"
            ),
        },
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    address = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            get(address + "/en/")
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"gunicorn did not start: {process.stderr.read().decode()}")
            time.sleep(0.3)
    yield address
    process.terminate()
    process.wait(timeout=30)


def server_backends(**conditions):
    """Process ids of the server's PostgreSQL connections (state, wait_event_type...)."""
    where = "".join(f" AND {column} = %s" for column in conditions)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT pid FROM pg_stat_activity WHERE application_name = %s{where}",  # noqa: S608
            [SERVER_NAME, *conditions.values()],
        )
        return [pid for (pid,) in cursor.fetchall()]


def terminate(pid):
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(%s)", [pid])


def test_a_request_whose_connection_drops_gets_the_error_page_and_a_retry_works(server):
    assert get(server + "/ko/")[0] == 200  # the server holds its connection now

    answer = {}
    with transaction.atomic():
        # Hold the request inside its first query of the pages, then drop its connection.
        connection.cursor().execute("LOCK TABLE wagtailcore_page IN ACCESS EXCLUSIVE MODE")
        request = threading.Thread(target=lambda: answer.update(page=get(server + "/ko/")))
        request.start()
        deadline = time.monotonic() + 30
        while not (waiting := server_backends(wait_event_type="Lock")):
            assert time.monotonic() < deadline, "the request never reached the database"
            time.sleep(0.1)
        terminate(waiting[0])
    request.join(timeout=30)

    status, html = answer["page"]
    assert status == 500
    assert '<html lang="ko" dir="ltr">' in html
    assert "<h1>저희 쪽에 문제가 생겼습니다</h1>" in html  # "Something went wrong on our side"
    assert "Traceback" not in html
    assert get(server + "/ko/")[0] == 200  # trying again works


def test_a_connection_dropped_between_requests_is_replaced_before_the_next_one(server):
    assert get(server + "/en/")[0] == 200
    (idle,) = server_backends(state="idle")
    terminate(idle)
    deadline = time.monotonic() + 10
    while idle in server_backends():
        assert time.monotonic() < deadline
        time.sleep(0.1)

    status, html = get(server + "/en/")

    assert status == 200
    assert "Smart sustainable cities for all" in html
