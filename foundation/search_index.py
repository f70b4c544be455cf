"""What the two search indexes hold.

The editors' index (the "default" backend, which the Wagtail admin searches: page search,
explorer, choosers, snippet listings) holds every page and record, drafts, scheduled and
private pages included, with the text of their latest revision; the admin shows each editor
only what their permissions cover (see wagtail_hooks.py).

The public index (the "public" backend, which the site's search uses) holds only what an
anonymous visitor may open: models say which of their objects with `publicly_indexed()`.
Drafts, pages scheduled for later and private pages never enter it, so no public search can
reveal them. Pages enter and leave both indexes when they are saved, published, unpublished,
put behind a view restriction or deleted (see signals.py and indexing.py), through the task
runner once the change is committed.
"""

from django.conf import settings
from elasticsearch import ApiError, TransportError
from modelsearch import index
from modelsearch.backends import get_search_backends_with_name

PUBLIC_BACKEND = "public"
# What an Elasticsearch server that is down, stalled or overloaded raises.
SEARCH_ENGINE_FAULTS = (TransportError, ApiError)


def public_search_backend():
    """The backend the site's search asks. Without Elasticsearch (a laptop) there is only the
    database backend, whose one table serves both; the public search filters what it asks for
    (live, public pages) in SQL then."""
    return PUBLIC_BACKEND if PUBLIC_BACKEND in settings.WAGTAILSEARCH_BACKENDS else "default"


class PublicPageIndexMixin:
    """For page models: the public index holds only live pages without a view restriction."""

    @classmethod
    def publicly_indexed(cls, queryset):
        return queryset.live().public()


def is_publicly_indexable(page):
    return type(page).publicly_indexed(type(page).objects.filter(pk=page.pk)).exists()


def reindex_page(page):
    """Bring the page's documents up to date: in the editors' index always, in the public
    one if visitors may open it (which takes it out otherwise). Unlike Wagtail's own updates,
    which log a search engine's failure and go on, this raises it (SEARCH_ENGINE_FAULTS), so
    that the task fails and is tried again."""
    page = index.get_indexed_instance(page)
    if page is None:
        return
    for name, backend in get_search_backends_with_name(with_auto_update=True):
        if name == PUBLIC_BACKEND and not is_publicly_indexable(page):
            backend.delete(page)
        else:
            backend.add(page)
