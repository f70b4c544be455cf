"""The search backends of search_index.py. With Elasticsearch, two: the editors' index, with
the latest revision of every object, and the public index, with only what visitors may open.
Without it, Wagtail's database backend."""

from django.db import connection
from modelsearch.backends import database
from modelsearch.backends.elasticsearch8 import Elasticsearch8Index, Elasticsearch8SearchBackend
from wagtail.models import DraftStateMixin


def latest_revision(obj):
    """What an editor sees in the editor: the latest revision of a page or snippet with
    unpublished changes, the object itself otherwise."""
    if isinstance(obj, DraftStateMixin) and obj.has_unpublished_changes:
        return obj.get_latest_revision_as_object()
    return obj


class EditorsIndex(Elasticsearch8Index):
    def add_item(self, item):
        super().add_item(latest_revision(item))

    def add_items(self, model, items):
        super().add_items(model, [latest_revision(item) for item in items])


class EditorsSearchBackend(Elasticsearch8SearchBackend):
    index_class = EditorsIndex


class PublicIndex(Elasticsearch8Index):
    """Leaves out the objects visitors may not open. Taking out those that were in is
    search_index.reindex_page's work, once the change that hid them is committed."""

    def add_item(self, item):
        self.add_items(type(item), [item])

    def add_items(self, model, items):
        restrict = getattr(model, "publicly_indexed", None)
        if restrict is None:
            super().add_items(model, items)
            return
        candidates = model._default_manager.filter(pk__in=[item.pk for item in items])
        public_ids = set(restrict(candidates).values_list("pk", flat=True))
        super().add_items(model, [item for item in items if item.pk in public_ids])


class PublicSearchBackend(Elasticsearch8SearchBackend):
    index_class = PublicIndex


def database_search_backend(params):
    """Wagtail's database backend for the database in use; on SQLite with full-text search,
    one that takes double quotes in a query as text (sqlite_search.py)."""
    backend = database.SearchBackend(params)
    if connection.vendor == "sqlite" and database.USE_SQLITE_FTS:
        from foundation import sqlite_search

        return sqlite_search.SearchBackend(params)
    return backend
