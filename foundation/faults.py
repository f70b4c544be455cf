"""What people get when a service the site depends on fails inside a request, where no view
of the project can say it better.

- A search engine that is down: a 503 page in the request's language saying that searching is
  what failed. The site search handles it itself (search/views.py), keeping its form; this is
  for everywhere else that asks the engine (the admin's page search, explorer and choosers,
  snippet listings).
- A full disk under Wagtail's drag-and-drop uploaders, which store the file before any form of
  ours can refuse it: the uploader's own error answer, which it shows beside the file. The
  admin's forms say it themselves (foundation.forms.StoresFileOnValidation)."""

import errno
import logging

from django.http import JsonResponse
from django.shortcuts import render

from .forms import FILE_NOT_STORED
from .search_index import SEARCH_ENGINE_FAULTS

logger = logging.getLogger(__name__)
# Seconds after which a client may try a search again.
RETRY_AFTER = 120
DISK_FULL = (errno.ENOSPC, errno.EDQUOT)
UPLOADERS = ("wagtailimages:add_multiple", "wagtaildocs:add_multiple")


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


class UploadNotStoredMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        match = request.resolver_match
        if not (
            isinstance(exception, OSError)
            and exception.errno in DISK_FULL
            and match is not None
            and match.view_name in UPLOADERS
        ):
            return None
        logger.error("An upload could not be stored", exc_info=exception)
        return JsonResponse({"success": False, "error_message": str(FILE_NOT_STORED)})
