"""The suite's search goes through a real Elasticsearch 8 node, and the index holds exactly
what visitors may open."""

import pytest
from wagtail.models import Page, PageViewRestriction
from wagtail.search.backends.elasticsearch8 import Elasticsearch8SearchBackend

from tests.home.factories import HomePageFactory

pytestmark = pytest.mark.django_db


def indexed_document(backend, page):
    """The page's document as Elasticsearch holds it, read with the client directly."""
    index = backend.get_index_for_model(type(page))
    mapping = backend.mapping_class(type(page))
    backend.refresh_indexes()
    if not backend.es.exists(index=index.name, id=mapping.get_document_id(page)):
        return None
    return backend.es.get(index=index.name, id=mapping.get_document_id(page))["_source"]


def search_titles(client, query):
    response = client.get("/en/search/", {"query": query})
    assert response.status_code == 200
    return [result.title for result in response.context["search_results"]]


def publish_new_page(**fields):
    root = Page.get_first_root_node()
    page = HomePageFactory.build(**fields)
    root.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_the_backend_is_an_elasticsearch_8_node(search_backend):
    assert isinstance(search_backend, Elasticsearch8SearchBackend)
    nodes = search_backend.es.nodes.info()["nodes"]
    versions = {node["version"] for node in nodes.values()}
    assert all(version.startswith("8.") for version in versions), versions


def test_a_published_page_is_indexed_and_found(client, search_backend):
    page = publish_new_page(title="Kampala executive committee", introduction="Parking platform")

    document = indexed_document(search_backend, page)
    assert document is not None
    assert document["title"] == "Kampala executive committee"
    assert "Parking platform" in document["home_homepage__introduction"]

    search_backend.refresh_indexes()
    assert search_titles(client, "Kampala") == ["Kampala executive committee"]
    # Body text is searchable too, and analysis folds case.
    assert search_titles(client, "parking") == ["Kampala executive committee"]


def test_an_unpublished_page_leaves_the_index_and_the_results(
    client, search_backend, django_capture_on_commit_callbacks
):
    page = publish_new_page(title="Seberang Perai street lamps")
    search_backend.refresh_indexes()
    assert search_titles(client, "Seberang") == ["Seberang Perai street lamps"]

    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
        # Nothing changes in the index before the change is committed.
        assert indexed_document(search_backend, page) is not None

    assert indexed_document(search_backend, page) is None
    assert search_titles(client, "Seberang") == []


def test_a_draft_is_never_indexed(client, search_backend):
    root = Page.get_first_root_node()
    draft = HomePageFactory.build(title="Embargoed kick-off announcement", live=False)
    root.add_child(instance=draft)
    draft.save_revision()

    assert indexed_document(search_backend, draft) is None
    assert search_titles(client, "Embargoed") == []


def test_a_deleted_page_leaves_the_index(search_backend):
    page = publish_new_page(title="Ulaanbaatar spatial data")
    assert indexed_document(search_backend, page) is not None

    page.delete()

    assert indexed_document(search_backend, page) is None


def test_a_page_behind_a_password_leaves_the_index(
    client, search_backend, django_capture_on_commit_callbacks
):
    page = publish_new_page(title="Chengdu training programme")
    assert indexed_document(search_backend, page) is not None

    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="members-only"
        )
    assert indexed_document(search_backend, page) is None
    assert search_titles(client, "Chengdu") == []

    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert indexed_document(search_backend, page) is not None


def test_a_nul_character_in_the_query_is_ignored(client, search_backend):
    publish_new_page(title="Kampala executive committee")
    search_backend.refresh_indexes()
    assert search_titles(client, "Kampala\x00") == ["Kampala executive committee"]
