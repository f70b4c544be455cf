"""The directory of people and organisations, for every Nexus account."""

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from extranet.core.access import nexus_view

from . import services
from .filters import OrganisationFilter, PeopleFilter

PEOPLE_PER_PAGE = 24
ORGANISATIONS_PER_PAGE = 24


def query_without_page(request):
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


@nexus_view()
def people(request):
    found = PeopleFilter(request.GET or None, queryset=services.visible_people())
    page = Paginator(found.qs.distinct().order_by("name"), PEOPLE_PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "extranet/directory/people.html",
        {"form": found.form, "people": page, "query": query_without_page(request)},
    )


@nexus_view()
def person(request, pk):
    shown = get_object_or_404(services.visible_people(), pk=pk)
    return render(
        request,
        "extranet/directory/person.html",
        {
            "person": shown,
            "show_contact": request.nexus_profile.can_see_contact_details_of(shown),
        },
    )


@nexus_view()
def organisations(request):
    found = OrganisationFilter(request.GET or None, queryset=services.visible_organisations())
    listed = services.with_accounts_count(found.qs).distinct().order_by("name")
    page = Paginator(listed, ORGANISATIONS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "extranet/directory/organisations.html",
        {"form": found.form, "organisations": page, "query": query_without_page(request)},
    )


@nexus_view()
def organisation(request, slug):
    member = get_object_or_404(services.visible_organisations(), slug=slug)
    return render(
        request,
        "extranet/directory/organisation.html",
        {"member": member, **services.organisation_page(member)},
    )
