"""What the search index may hold: only what an anonymous visitor may open.

Pages enter the index when they are published and leave it when they are unpublished, put
behind a view restriction, or deleted (see signals.py and indexing.py), through the task runner
once the change is committed. Drafts, pages scheduled for later and private pages are never
indexed, so no search can reveal them.
"""

from modelsearch import index


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
