"""Deferred work (mail, index updates) goes through Django's task API (the django-tasks
backport): a database queue in production and `make run`, served by `manage.py db_worker`.

Work is enqueued so that it runs only once the change that asked for it is committed, and a
failure there (a mail server down, the search engine stalled) never fails the request. Work
that depends on such a service is tried again a while later (`retry_later`): django-tasks
records each failed attempt in its table and log, but retries nothing by itself."""

import datetime
import logging
from functools import partial

from django.db import transaction
from django.utils import timezone
from django_tasks import task_backends
from django_tasks_db import DatabaseBackend

logger = logging.getLogger(__name__)

# The wait before each new attempt, longer every time: a service back within about ten hours
# gets the work done; after the last attempt the task stays failed, for the operator.
RETRY_DELAYS = tuple(datetime.timedelta(minutes=minutes) for minutes in (1, 5, 30, 120, 480))


def enqueue_after_commit(task, *args, **kwargs):
    """Enqueue the task for when the current transaction commits (at once outside one)."""
    if isinstance(task_backends[task.backend], DatabaseBackend):
        # The queue is a table of the same database: the task commits, or rolls back, with the
        # change itself, and workers only see it once committed.
        task.enqueue(*args, **kwargs)
    else:
        # robust: a queue that cannot be reached is logged; the change is committed already.
        transaction.on_commit(partial(task.enqueue, *args, **kwargs), robust=True)


def retry_later(task, failed_attempt, *args, **kwargs):
    """After attempt number `failed_attempt` (from 1) of the task failed, enqueue it again with
    the same arguments and `attempt` set to the next number, to run after the next delay of
    RETRY_DELAYS. The task function takes that `attempt` keyword (1 by default). Backends that
    cannot defer work (the immediate one of the tests) get no retry."""
    if not task.get_backend().supports_defer:
        return
    if failed_attempt > len(RETRY_DELAYS):
        logger.error("%s failed %d times; it is not tried again.", task.name, failed_attempt)
        return
    run_after = timezone.now() + RETRY_DELAYS[failed_attempt - 1]
    task.using(run_after=run_after).enqueue(*args, attempt=failed_attempt + 1, **kwargs)
