import logging

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.http import urlencode
from wagtail.models import Page

from foundation.locales import active_locale
from foundation.search_index import SEARCH_ENGINE_FAULTS, public_search_backend
from members.models import Member, MemberDirectoryPage

RESULTS_PER_PAGE = 10
MEMBER_RESULTS = 8
MAX_QUERY_LENGTH = 200

logger = logging.getLogger(__name__)


def search(request):
    """One search over the site's pages and its members, in the visitor's language unless
    they ask for every language."""
    # NUL cannot be stored or searched by PostgreSQL; it is never part of what people type.
    query = request.GET.get("query", "").replace("\x00", "").strip()[:MAX_QUERY_LENGTH]
    all_languages = request.GET.get("languages") == "all"
    pages = Page.objects.none()
    members = Member.objects.none()
    if query:
        # The public index holds only what visitors may open; the filters say it again (for
        # the database backend, which has one index) and choose the language.
        backend = public_search_backend()
        pages = Page.objects.live().public().filter(depth__gt=1)
        if not all_languages:
            pages = pages.filter(locale=active_locale())
        pages = pages.specific().search(query, backend=backend)
        # Members have one record whatever the language (their names are not translated).
        members = Member.objects.public().search(query, backend=backend)

    kept = {"query": query, **({"languages": "all"} if all_languages else {})}
    directory = MemberDirectoryPage.for_active_locale() if query else None
    try:
        # Asked here, not while the template renders, so that a search engine that is down
        # gets the page with a message rather than a server error.
        results = Paginator(pages, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        results.object_list = list(results.object_list)
        # Members are listed only where the visitor's language has a directory to link them to.
        member_count = members.count() if directory else 0
        member_results = list(members[:MEMBER_RESULTS]) if directory else []
    except SEARCH_ENGINE_FAULTS:
        logger.exception("The search engine did not answer the site search")
        return TemplateResponse(
            request,
            "search/search.html",
            {"search_query": query, "all_languages": all_languages, "search_unavailable": True},
            status=503,
            headers={"Retry-After": "120"},
        )
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query,
            "all_languages": all_languages,
            "search_results": results,
            "paginator": results.paginator,
            # The summary counts both lists; the directory shows the members beyond the first.
            "result_count": results.paginator.count + member_count,
            "member_results": member_results,
            "member_count": member_count,
            "directory": directory,
            "show_language": all_languages,
            "pagination_query": urlencode(kept),
        },
    )
