"""The fault suite: each file makes one service the site depends on fail for real (a closed
port, a dropped connection, a full disk) and checks that people get a clear message and that
nothing is lost."""

import socket

import pytest
from django.utils import timezone
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from tests.extranet.conftest import as_role, nexus

__all__ = ["as_role", "database_queue", "nexus", "retries_due", "run_worker", "unused_port"]


def unused_port():
    """A loopback port where nothing listens: connecting to it is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def database_queue(settings):
    """Deferred work as in production: queued in the database, run by a worker (the tests'
    settings run it at once otherwise). Tests using it are transactional: the worker sees
    committed work only."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def run_worker():
    """What `manage.py db_worker --batch` does: run every task that is due, then stop."""
    Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="fault-suite",
    ).run()


def retries_due():
    """Time passes: the retries waiting in the queue are due now."""
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())
