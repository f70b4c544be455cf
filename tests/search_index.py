from wagtail.search.backends import get_search_backend, get_search_backends_with_name

from foundation.search_index import PUBLIC_BACKEND


def emptied_search_backend():
    """The public Elasticsearch backend, with every document of this worker's indexes (the
    public and the editors' ones) removed.

    Each test's database work is rolled back, but what it sent to Elasticsearch stays."""
    for _name, backend in get_search_backends_with_name():
        backend.refresh_indexes()
        hits = backend.es.search(
            index=f"{backend.index_prefix}*", query={"match_all": {}}, size=10_000, source=False
        )["hits"]["hits"]
        if hits:
            backend.es.bulk(
                operations=[
                    {"delete": {"_index": hit["_index"], "_id": hit["_id"]}} for hit in hits
                ],
                refresh=True,
            )
    return get_search_backend(PUBLIC_BACKEND)
