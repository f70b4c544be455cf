from django.db import connection
from django.test.utils import CaptureQueriesContext


def queries_for(client, url):
    """The SQL queries one request makes, after a first request has warmed the caches."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in context.captured_queries]
