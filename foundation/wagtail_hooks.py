from django.db.models import Q
from django.http import Http404
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.menu import MenuItem
from wagtail.locks import ScheduledForPublishLock
from wagtail.log_actions import LogFormatter
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from . import media_access
from .admin_views import LiftEmbargoView
from .scheduling import LIFT_EMBARGO_ACTION, lift_embargo_message
from .translation_report import TranslationOverview


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


@hooks.register("register_admin_urls")
def lift_embargo_url():
    return [
        path(
            "pages/<int:page_id>/lift-embargo/",
            LiftEmbargoView.as_view(),
            name="foundation_lift_embargo",
        )
    ]


class LiftEmbargoMenuItem(ActionMenuItem):
    """In the action menu of a scheduled page (which Wagtail locks until it goes live), for
    those who may publish it."""

    name = "action-lift-embargo"
    label = _("Publish now (lift embargo)")
    icon_name = "upload"

    def is_shown(self, context):
        if context["view"] != "edit" or not isinstance(context["lock"], ScheduledForPublishLock):
            return False
        return self.get_user_page_permissions_tester(context).can_publish()

    def get_url(self, context):
        return reverse("foundation_lift_embargo", args=[context["page"].pk])


@hooks.register("register_page_action_menu_item")
def lift_embargo_menu_item():
    # After "Page locked", which stays the footer's main (inactive) button.
    return LiftEmbargoMenuItem(order=10010)


@hooks.register("register_log_actions")
def lift_embargo_log_action(actions):
    @actions.register_action(LIFT_EMBARGO_ACTION)
    class LiftEmbargoFormatter(LogFormatter):
        label = _("Lift embargo")

        def format_message(self, log_entry):
            return lift_embargo_message(log_entry)


@hooks.register("register_admin_urls")
def translation_overview_urls():
    return [
        path("translations/", TranslationOverview.as_view(), name="translation_overview"),
        path(
            "translations/results/",
            TranslationOverview.as_view(results_only=True),
            name="translation_overview_results",
        ),
    ]


@hooks.register("insert_global_admin_css")
def admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


class TranslationOverviewMenuItem(MenuItem):
    def is_shown(self, request):
        return user_has_any_page_permission(request.user)


@hooks.register("register_reports_menu_item")
def translation_overview_menu_item():
    return TranslationOverviewMenuItem(
        _("Translations"),
        reverse("translation_overview"),
        name="translation-overview",
        icon_name="site",
        order=650,
    )


@hooks.register("construct_reports_menu")
def hide_wagtail_localize_report(request, menu_items):
    """The overview replaces wagtail-localize's report of the same name."""
    replaced = reverse("wagtail_localize:translations_report")
    menu_items[:] = [item for item in menu_items if item.url != replaced]
