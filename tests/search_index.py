from wagtail.search.backends import get_search_backend


def emptied_search_backend():
    """The Elasticsearch backend with every document of this worker's indexes removed.

    Each test's database work is rolled back, but what it sent to Elasticsearch stays."""
    backend = get_search_backend()
    backend.refresh_indexes()
    hits = backend.es.search(
        index=f"{backend.index_prefix}*", query={"match_all": {}}, size=10_000, source=False
    )["hits"]["hits"]
    if hits:
        backend.es.bulk(
            operations=[{"delete": {"_index": hit["_index"], "_id": hit["_id"]}} for hit in hits],
            refresh=True,
        )
    return backend
