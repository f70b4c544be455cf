"""Nexus search: what capabilities make findable, and who may find it.

Each capability registers its kinds of documents (registry.add_search_kind) and, when it has
some, the audiences a person belongs to (registry.add_search_audiences). Every document carries
the audiences allowed to read it ("person:12", "role:secretariat", "group:3", "nexus" for every
Nexus account); a search asks only for documents of one of the searcher's audiences, inside the
query itself, so that neither the hits nor their total ever count what the searcher may not
open, however many documents there are.

Documents are kept in the database (SearchDocument, SearchAudience), which is always written
and from which the index can be rebuilt, and in an Elasticsearch index of their own when the
site has Elasticsearch (NEXUS_SEARCH_ENGINE); without it the database table is searched, with
the same audience filter in SQL. Capabilities ask for updates with reindex_later and
reindex_many: they run through the task runner once the change is committed, and are tried
again while the engine is down."""

import logging
import re
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django_tasks import task
from elasticsearch import BadRequestError, helpers
from modelsearch.backends import get_search_backend

from foundation.progress import Progress
from foundation.search_index import PUBLIC_BACKEND, SEARCH_ENGINE_FAULTS
from foundation.tasks import enqueue_after_commit, retry_later

from . import registry
from .models import SearchAudience, SearchDocument

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 20
# Elasticsearch gives hits up to 10,000 deep (its index.max_result_window).
MAX_PAGE = 10_000 // RESULTS_PER_PAGE
IDS_PER_TASK = 500
EXCERPT_LENGTH = 220
# What a failed index update raises: the engine down or refusing, or a document it rejected.
INDEX_FAULTS = (*SEARCH_ENGINE_FAULTS, helpers.BulkIndexError)
EVERY_ACCOUNT = "nexus"

INDEX_MAPPINGS = {
    "dynamic": "strict",
    "properties": {
        "kind": {"type": "keyword"},
        # Analysed with the index's default analyzer, the site's CJK-aware one.
        "title": {"type": "text"},
        "body": {"type": "text"},
        "url": {"type": "keyword", "index": False},
        "created_at": {"type": "date"},
        "audiences": {"type": "keyword"},
    },
}


def uses_elasticsearch():
    return settings.NEXUS_SEARCH_ENGINE == "elasticsearch"


def search_engine():
    """The Elasticsearch client of the site's public backend (its addresses and timeout) and
    the name of Nexus's index, with the same prefix, so that each test worker has its own."""
    backend = get_search_backend(PUBLIC_BACKEND)
    return backend.es, f"{backend.index_prefix}nexus"


def create_index(es, name):
    if es.indices.exists(index=name):
        return
    analysis = settings.ELASTICSEARCH_SETTINGS["INDEX_SETTINGS"]["settings"]["analysis"]
    try:
        es.indices.create(index=name, settings={"analysis": analysis}, mappings=INDEX_MAPPINGS)
    except BadRequestError as error:
        # Another worker created it in the meantime.
        if error.error != "resource_already_exists_exception":
            raise


# Who finds what


def audiences_of(user):
    """The audiences a Nexus account belongs to: itself, its role, every Nexus account, and
    what the capabilities add (e.g. its groups)."""
    tokens = {EVERY_ACCOUNT, f"person:{user.pk}", f"role:{user.nexus_profile.role}"}
    for function in registry.search_audience_functions():
        tokens.update(function(user))
    return sorted(tokens)


# Updating


def reindex_later(kind, object_id):
    """Bring the object's document up to date once the current transaction commits."""
    reindex_many(kind, [object_id])


def reindex_many(kind, object_ids):
    if kind not in registry.search_kinds():
        raise ValueError(f"{kind!r} is not a registered search kind.")
    ids = [str(object_id) for object_id in object_ids]
    for start in range(0, len(ids), IDS_PER_TASK):
        enqueue_after_commit(reindex_task, kind, ids[start : start + IDS_PER_TASK])


@task()
def reindex_task(kind, object_ids, attempt=1):
    try:
        update_documents(kind, object_ids)
    except INDEX_FAULTS:
        retry_later(reindex_task, attempt, kind, object_ids)
        raise


def update_documents(kind, object_ids):
    """Write the current documents of these objects to the table and the index, and take
    out those nobody may find any more. Returns how many documents are kept."""
    searchable = registry.search_kinds()[kind]
    documents = {}
    for object_id in object_ids:
        document = searchable.document_of(object_id)
        documents[str(object_id)] = document if document and document["audiences"] else None
    store(kind, documents)
    if uses_elasticsearch():
        send_to_engine(kind, documents)
    return sum(document is not None for document in documents.values())


@transaction.atomic
def store(kind, documents):
    gone = [object_id for object_id, document in documents.items() if document is None]
    SearchDocument.objects.filter(kind=kind, object_id__in=gone).delete()
    for object_id, document in documents.items():
        if document is None:
            continue
        row, _created = SearchDocument.objects.update_or_create(
            kind=kind,
            object_id=object_id,
            defaults={
                "title": document["title"][:300],
                "body": document["body"],
                "url": document["url"],
                "created_at": document["created_at"],
            },
        )
        row.audiences.all().delete()
        SearchAudience.objects.bulk_create(
            SearchAudience(document=row, token=token) for token in set(document["audiences"])
        )


def send_to_engine(kind, documents):
    es, index_name = search_engine()
    create_index(es, index_name)
    actions = []
    for object_id, document in documents.items():
        action = {"_index": index_name, "_id": f"{kind}:{object_id}"}
        if document is None:
            actions.append({**action, "_op_type": "delete"})
        else:
            actions.append(
                {
                    **action,
                    "_source": {
                        "kind": kind,
                        "title": document["title"],
                        "body": document["body"],
                        "url": document["url"],
                        "created_at": document["created_at"].isoformat(),
                        "audiences": sorted(set(document["audiences"])),
                    },
                }
            )
    # A document that was never indexed needs no deleting (404).
    helpers.bulk(es, actions, ignore_status=(404,))


def rebuild(stdout):
    """Every registered kind's documents again, from the capabilities' objects, with progress
    on stdout; what no object gives any more is removed. Returns {kind: (objects, kept)}."""
    started = timezone.now()
    if uses_elasticsearch():
        es, index_name = search_engine()
        es.indices.delete(index=index_name, ignore_unavailable=True)
        create_index(es, index_name)
    summary = {}
    kinds = registry.search_kinds()
    for kind, searchable in kinds.items():
        ids = [str(object_id) for object_id in searchable.every_id()]
        progress = Progress(stdout, str(searchable.label), len(ids))
        kept = 0
        for start in range(0, len(ids), IDS_PER_TASK):
            chunk = ids[start : start + IDS_PER_TASK]
            kept += update_documents(kind, chunk)
            progress.advance(len(chunk))
        summary[kind] = (len(ids), kept)
    # Documents of objects gone (and of kinds no longer registered) were not written again.
    SearchDocument.objects.filter(indexed_at__lt=started).delete()
    SearchDocument.objects.exclude(kind__in=list(kinds)).delete()
    return summary


# Searching


@dataclass(frozen=True)
class Result:
    kind: str
    kind_label: str
    title: str
    excerpt: str
    url: str
    created_at: datetime


def clean_query(text):
    """What people typed, as words: without NUL (which PostgreSQL refuses) and extra spaces,
    and at most MAX_QUERY_LENGTH characters."""
    return " ".join(text.replace("\x00", " ").split())[:MAX_QUERY_LENGTH]


def excerpt(body, query):
    """A short piece of the text, around the first word of the query it contains."""
    matches = [re.search(re.escape(word), body, re.IGNORECASE) for word in query.split()]
    found = [match.start() for match in matches if match]
    start = max(0, min(found, default=0) - EXCERPT_LENGTH // 3)
    if start:
        # Begin at a word.
        space = body.find(" ", start)
        start = space + 1 if 0 <= space < start + 30 else start
    end = start + EXCERPT_LENGTH
    text = body[start:end].strip()
    return f"{'… ' if start else ''}{text}{' …' if end < len(body) else ''}"


def search(user, query, page_number=1):
    """The page of documents matching the query that the user may read (a Django Page, whose
    paginator counts at most MAX_PAGE pages), and their total. Raises SEARCH_ENGINE_FAULTS
    when Elasticsearch does not answer."""
    audiences = audiences_of(user)
    kinds = registry.search_kinds()
    find = engine_search if uses_elasticsearch() else database_search
    number = min(max(page_number, 1), MAX_PAGE)
    total, hits = find(query, audiences, kinds, (number - 1) * RESULTS_PER_PAGE)
    paginator = Paginator(range(min(total, MAX_PAGE * RESULTS_PER_PAGE)), RESULTS_PER_PAGE)
    if number > paginator.num_pages:  # beyond the last page: the last one
        number = paginator.num_pages
        if total:
            total, hits = find(query, audiences, kinds, (number - 1) * RESULTS_PER_PAGE)
    return Page(hits, number, paginator), total


def result(kinds, kind, title, body, url, created_at, query):
    return Result(kind, str(kinds[kind].label), title, excerpt(body, query), url, created_at)


def engine_search(query, audiences, kinds, offset):
    es, index_name = search_engine()
    response = es.search(
        index=index_name,
        ignore_unavailable=True,  # no index yet: nothing was indexed
        query={
            "bool": {
                "must": [
                    {
                        "multi_match": {
                            "query": query,
                            "fields": ["title^3", "body"],
                            "operator": "and",
                        }
                    }
                ],
                # Only what the searcher may read is matched, counted or ranked.
                "filter": [
                    {"terms": {"audiences": audiences}},
                    {"terms": {"kind": list(kinds)}},
                ],
            }
        },
        sort=["_score", {"created_at": "desc"}],
        from_=offset,
        size=RESULTS_PER_PAGE,
        track_total_hits=True,
        source=["kind", "title", "body", "url", "created_at"],
    )
    hits = [
        result(
            kinds,
            hit["_source"]["kind"],
            hit["_source"]["title"],
            hit["_source"]["body"],
            hit["_source"]["url"],
            datetime.fromisoformat(hit["_source"]["created_at"]),
            query,
        )
        for hit in response["hits"]["hits"]
    ]
    return response["hits"]["total"]["value"], hits


def database_search(query, audiences, kinds, offset):
    readable = SearchAudience.objects.filter(document=OuterRef("pk"), token__in=audiences)
    documents = SearchDocument.objects.filter(Exists(readable), kind__in=list(kinds))
    for word in query.split():
        documents = documents.filter(Q(title__icontains=word) | Q(body__icontains=word))
    total = documents.count()
    rows = documents.order_by("-created_at", "-pk")[offset : offset + RESULTS_PER_PAGE]
    hits = [
        result(kinds, row.kind, row.title, row.body, row.url, row.created_at, query) for row in rows
    ]
    return total, hits
