"""A search engine that is down answers searches with a clear page, not a server error.

The site search handles it itself (search/views.py), keeping its form; everywhere else that
asks the engine (the admin's page search, explorer and choosers, snippet listings) gets this
middleware's page: a 503 in the request's language, saying that searching is what failed."""

import logging

from django.shortcuts import render

from .search_index import SEARCH_ENGINE_FAULTS

logger = logging.getLogger(__name__)
# Seconds after which a client may try again.
RETRY_AFTER = 120


class SearchUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, SEARCH_ENGINE_FAULTS):
            return None
        logger.error("The search engine did not answer %s", request.path, exc_info=exception)
        in_admin = request.path.startswith("/admin/")
        response = render(request, "search_unavailable.html", {"in_admin": in_admin}, status=503)
        response["Retry-After"] = str(RETRY_AFTER)
        return response
