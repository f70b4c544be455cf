"""What the search index may hold: only what an anonymous visitor may open.

Pages enter the index when they are published and leave it when they are unpublished, put
behind a view restriction, or deleted (see signals.py), through the task runner once the change
is committed. Drafts, pages scheduled for later and private pages are never indexed, so no
search can reveal them.
"""

from contextlib import contextmanager

from django.apps import apps
from django_tasks import task
from modelsearch import index
from wagtail.models import Page


class PublicPageIndexMixin:
    """For page models: index only live pages without a view restriction."""

    @classmethod
    def get_indexed_objects(cls):
        return super().get_indexed_objects().live().public()


def is_publicly_indexable(page):
    return type(page).get_indexed_objects().filter(pk=page.pk).exists()


def reindex_page(page):
    """Add the page to the index if visitors may open it, remove it otherwise."""
    page = page.specific
    if is_publicly_indexable(page):
        index.insert_or_update_object(page)
    else:
        index.remove_object(page)


@task()
def reindex_page_task(page_id):
    page = Page.objects.filter(pk=page_id).first()
    if page is not None:  # a deleted page has left the index already
        reindex_page(page)


@task()
def reindex_subtree_task(page_id):
    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        for descendant in Page.objects.descendant_of(page, inclusive=True).specific().iterator():
            reindex_page(descendant)


@contextmanager
def deferred_indexing():
    """Leave the index alone while many objects are saved; the caller re-indexes at the end
    (update_index), which is much faster than one request per save."""
    backends = apps.get_app_config("wagtailsearch").get_search_backend_config()
    previous = {name: params.get("AUTO_UPDATE", True) for name, params in backends.items()}
    for params in backends.values():
        params["AUTO_UPDATE"] = False
    try:
        yield
    finally:
        for name, params in backends.items():
            params["AUTO_UPDATE"] = previous[name]
