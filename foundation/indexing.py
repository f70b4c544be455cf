"""Index updates as tasks, and bulk loads that leave the indexes alone until the end. Apart
from search_index.py, which models import before Wagtail's signal handlers can be."""

import threading
from contextlib import contextmanager

from django.apps import apps
from django.db.models.signals import post_save
from django_tasks import task
from modelsearch import index
from modelsearch import signal_handlers as search_signal_handlers
from wagtail.models import Page
from wagtail.signal_handlers import disable_reference_index_auto_update

from .search_index import SEARCH_ENGINE_FAULTS, reindex_page
from .tasks import retry_later


@task()
def reindex_page_task(page_id, attempt=1):
    page = Page.objects.filter(pk=page_id).first()
    if page is None:  # a deleted page has left the index already
        return
    try:
        reindex_page(page)
    except SEARCH_ENGINE_FAULTS:
        retry_later(reindex_page_task, attempt, page_id)
        raise


@task()
def reindex_subtree_task(page_id, attempt=1):
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return
    try:
        for descendant in Page.objects.descendant_of(page, inclusive=True).specific().iterator():
            reindex_page(descendant)
    except SEARCH_ENGINE_FAULTS:
        retry_later(reindex_subtree_task, attempt, page_id)
        raise


# Set while deferred_indexing() runs in this thread.
_deferred = threading.local()


def indexing_deferred():
    return getattr(_deferred, "active", False)


@contextmanager
def deferred_indexing():
    """Leave the search and reference indexes alone while many objects are saved, and queue no
    task per save; the caller rebuilds both at the end (update_index and
    rebuild_references_index), which is much faster than one update per save. For commands:
    it changes signal connections of the whole process."""
    backends = apps.get_app_config("wagtailsearch").get_search_backend_config()
    previous = {name: params.get("AUTO_UPDATE", True) for name, params in backends.items()}
    for params in backends.values():
        params["AUTO_UPDATE"] = False
    indexed = [
        model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)
    ]
    for model in indexed:
        post_save.disconnect(search_signal_handlers.post_save_signal_handler, sender=model)
    _deferred.active = True
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        _deferred.active = False
        for model in indexed:
            post_save.connect(search_signal_handlers.post_save_signal_handler, sender=model)
        for name, params in backends.items():
            params["AUTO_UPDATE"] = previous[name]
