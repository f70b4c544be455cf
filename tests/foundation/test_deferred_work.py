"""Mail and other deferred work leave through the database queue once the transaction that
wrote them commits, and a worker process (`manage.py db_worker`, as in production) does it; a
mail server that refuses never fails the request that sent the mail."""

import os
import socket
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django_tasks_db.models import DBTaskResult

from tests.conftest import ROOT

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def run_worker(**environment):
    """A worker process on the test database: it runs what is queued, then stops."""
    database = settings.DATABASES["default"]
    url = (
        f"postgres://{database['USER']}:{database['PASSWORD']}@{database['HOST']}:"
        f"{database['PORT']}/{database['NAME']}"
    )
    return subprocess.run(
        [sys.executable, "manage.py", "db_worker", "--batch", "--no-reload", "--no-startup-delay"],
        cwd=ROOT,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "wego_site.settings.dev",
            "DATABASE_URL": url,
            # Workers share the site's key: it decrypts the queued mail.
            "SECRET_KEY": settings.SECRET_KEY,
            **environment,
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


def unused_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def send_and_roll_back():
    with transaction.atomic():
        send_mail("Rolled back", "Never sent.", None, ["ict@abuja.example"])
        raise RuntimeError("the change fails after the mail was written")


def test_mail_waits_for_the_commit_and_a_worker_delivers_it(database_queue):
    with pytest.raises(RuntimeError):
        send_and_roll_back()
    assert not DBTaskResult.objects.exists()

    with transaction.atomic():
        send_mail("Welcome to Nexus", "Your colleague invited you.", None, ["ict@abuja.example"])
    queued = DBTaskResult.objects.get()
    assert queued.status == "READY"

    worker = run_worker()  # development settings: the mail goes to the console

    assert "Subject: Welcome to Nexus" in worker.stdout
    assert "To: ict@abuja.example" in worker.stdout
    assert "Rolled back" not in worker.stdout
    queued.refresh_from_db()
    assert queued.status == "SUCCESSFUL"


def test_a_mail_server_that_refuses_fails_the_task_not_the_sender(database_queue):
    send_mail("Your access code", "A link.", None, ["ict@abuja.example"])  # no error here

    run_worker(
        EMAIL_DELIVERY_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(unused_port()),
    )

    failed = DBTaskResult.objects.get(status="FAILED")
    assert failed.exception_class_path == "builtins.ConnectionRefusedError"
    retry = DBTaskResult.objects.get(status="READY")  # the next attempt, a while later
    assert retry.run_after > failed.finished_at


def test_the_queue_keeps_no_secret_a_mail_carries(database_queue):
    link = "https://wego.example/en/accounts/join/QX7K-2M9P-HT4W/"
    send_mail("Your access to WeGO Nexus", f"Follow {link} to join.", None, ["ict@abuja.example"])

    stored = DBTaskResult.objects.get()
    assert "QX7K-2M9P-HT4W" not in str(stored.args_kwargs)
    assert "ict@abuja.example" not in str(stored.args_kwargs)

    assert link in run_worker().stdout  # the worker can still read and send it
