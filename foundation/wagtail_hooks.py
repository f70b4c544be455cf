from django.db.models import Q
from django.http import Http404
from wagtail import hooks
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from . import media_access


@hooks.register("before_serve_document")
def withhold_documents_not_public_yet(document, request):
    """A document that no live public page uses (an embargoed release's press kit) is not
    served to visitors: media_access.py says who gets it."""
    if not media_access.may_open(request, document):
        raise Http404


@hooks.register("construct_page_chooser_queryset")
def unpublished_pages_only_for_their_editors(pages, request):
    """The editors' index holds drafts, scheduled and private pages. Page search and the
    explorer show only pages the editor has permissions on (Wagtail's own filter); the
    chooser's search shows any live public page, and the others only to those who may edit
    them. Browsing the chooser shows the tree as Wagtail does."""
    if not request.GET.get("q") or request.user.is_superuser:
        return pages
    editable = PagePermissionPolicy().instances_user_has_permission_for(request.user, "change")
    visible_to_all = Q(live=True) & ~Page.objects.private_q()
    return pages.filter(visible_to_all | Q(pk__in=list(editable.values_list("pk", flat=True))))
