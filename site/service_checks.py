"""Is the test suite talking to the real services? Each problem names the service at fault, so
a run without PostgreSQL or Elasticsearch stops at once and says which one is missing."""

import psycopg
from django.conf import settings
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.elasticsearch8 import Elasticsearch8SearchBackend

CONNECT_TIMEOUT_SECONDS = 5


def postgresql_problem():
    database = settings.DATABASES["default"]
    if not database["ENGINE"].endswith("postgresql"):
        return "PostgreSQL: DATABASE_URL does not name a PostgreSQL database (unset or other)."
    address = f"{database['HOST']}:{database['PORT']}"
    try:
        psycopg.connect(
            host=database["HOST"],
            port=database["PORT"] or None,
            user=database["USER"],
            password=database["PASSWORD"],
            dbname=database["NAME"],
            connect_timeout=CONNECT_TIMEOUT_SECONDS,
        ).close()
    except psycopg.Error as error:
        reason = (str(error).strip().splitlines() or [type(error).__name__])[0]
        return f"PostgreSQL: cannot connect to {address} ({reason})."
    return None


def elasticsearch_problem():
    url = settings.ELASTICSEARCH_URL
    if not url:
        return "Elasticsearch: ELASTICSEARCH_URL is unset, so search would use the database."
    backend = get_search_backend()
    if not isinstance(backend, Elasticsearch8SearchBackend):
        return f"Elasticsearch: the search backend is {type(backend).__name__}, not ES 8."
    try:
        backend.es.options(request_timeout=CONNECT_TIMEOUT_SECONDS).cluster.health(
            wait_for_status="yellow", timeout=f"{CONNECT_TIMEOUT_SECONDS}s"
        )
    except Exception as error:  # any transport or API failure means the same: not usable
        return f"Elasticsearch: no healthy cluster at {url} ({type(error).__name__})."
    return None


def required_service_problems():
    return [problem for problem in (postgresql_problem(), elasticsearch_problem()) if problem]
