"""Deferred work (mail, index updates) goes through Django's task API (the django-tasks
backport): a database queue in production and `make run`, served by `manage.py db_worker`.

Work is enqueued so that it runs only once the change that asked for it is committed, and a
failure there (a mail server down, the search engine stalled) never fails the request."""

from functools import partial

from django.db import transaction
from django_tasks import task_backends
from django_tasks_db import DatabaseBackend


def enqueue_after_commit(task, *args, **kwargs):
    """Enqueue the task for when the current transaction commits (at once outside one)."""
    if isinstance(task_backends[task.backend], DatabaseBackend):
        # The queue is a table of the same database: the task commits, or rolls back, with the
        # change itself, and workers only see it once committed.
        task.enqueue(*args, **kwargs)
    else:
        # robust: a queue that cannot be reached is logged; the change is committed already.
        transaction.on_commit(partial(task.enqueue, *args, **kwargs), robust=True)
