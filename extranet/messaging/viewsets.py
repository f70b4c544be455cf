"""The secretariat's screens for messaging in the Wagtail admin (Nexus menu): the recipient
lists it keeps (the rule each follows, and how many accounts it reaches today), and reported
messages — each report shows the one message reported, who wrote it and when, never the rest
of the private conversation; the secretariat hides the message, shows it again or dismisses
the report, and each decision is in the report's history (Wagtail's audit log)."""

import django_filters
from django import forms
from django.urls import path, reverse
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.views.generic.base import BaseOperationView
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from extranet.core.rich_text import plain_text
from extranet.core.roles import Role
from extranet.core.viewsets import post_button
from foundation.viewsets import local_time
from members.choices import MemberType, Region, RoleKind

from . import services
from .models import MessageReport, ReportReason, ReportStatus, SecretariatList

register_permission_policy(SecretariatList, ModelPermissionPolicy(SecretariatList))

NEXUS_ADMIN_MENU_HOOK = "register_nexus_admin_menu_item"


def criterion(label, choices, help_text):
    return forms.MultipleChoiceField(
        label=label,
        choices=choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=help_text,
    )


class SecretariatListForm(WagtailAdminModelForm):
    member_types = criterion(
        _("Member types"), MemberType.choices, _("None ticked: members of every type.")
    )
    regions = criterion(_("Regions"), Region.choices, _("None ticked: every region."))
    governance_roles = criterion(
        _("Current governance roles"),
        RoleKind.choices,
        _("Accounts of members holding one of these roles today. None ticked: any member."),
    )
    account_roles = criterion(
        _("Nexus account roles"), Role.choices, _("None ticked: every kind of account.")
    )

    class Meta:
        model = SecretariatList
        fields = [
            "name",
            "description",
            "member_types",
            "regions",
            "governance_roles",
            "account_roles",
            "secretariat_only",
        ]


class SecretariatListFilterSet(WagtailFilterSet):
    secretariat_only = django_filters.BooleanFilter(label=_("For the secretariat's own use"))

    class Meta:
        model = SecretariatList
        fields = ["secretariat_only"]


def accounts_reached(secretariat_list):
    return services.reached_profiles(secretariat_list).count()


CRITERIA = {
    "member_types": MemberType,
    "regions": Region,
    "governance_roles": RoleKind,
    "account_roles": Role,
}


class SecretariatListInspectView(InspectView):
    """The criteria by their names, as the form shows them, rather than stored codes."""

    def get_field_display_value(self, field_name, field):
        if field_name not in CRITERIA:
            return super().get_field_display_value(field_name, field)
        labels = dict(CRITERIA[field_name].choices)
        chosen = getattr(self.object, field_name)
        return ", ".join(str(labels.get(value, value)) for value in chosen) or _("Any")


class SecretariatListViewSet(ModelViewSet):
    model = SecretariatList
    url_prefix = "nexus/lists"
    url_namespace = "nexus_secretariat_lists"
    icon = "list-ul"
    menu_label = _("Recipient lists")
    menu_hook = NEXUS_ADMIN_MENU_HOOK
    filterset_class = SecretariatListFilterSet
    search_fields = ["name", "description"]
    search_backend_name = None  # the database: a handful of lists
    list_display = [
        "name",
        "description",
        BooleanColumn("secretariat_only", label=_("Secretariat only")),
        # A few lists, each counted by one query: they reach whoever fits them today.
        Column("accounts_reached", label=_("Accounts reached today"), accessor=accounts_reached),
    ]
    inspect_view_enabled = True
    inspect_view_class = SecretariatListInspectView
    copy_view_enabled = False
    add_to_reference_index = False

    def get_form_class(self, for_update=False):
        return SecretariatListForm


EXCERPT_WORDS = 30


class ReportPermissionPolicy(ModelPermissionPolicy):
    """Reports are made by members in Nexus: the secretariat (the "change" permission of its
    group) reads them and decides on them; nobody adds, edits or deletes one here."""

    def user_has_permission(self, user, action):
        if action not in ("view", "decide"):
            return False
        return super().user_has_permission(user, "change")


register_permission_policy(MessageReport, ReportPermissionPolicy(MessageReport))


def message_excerpt(report):
    return Truncator(plain_text(report.message.body)).words(EXCERPT_WORDS)


def person_name(user):
    profile = getattr(user, "nexus_profile", None) if user else None
    return profile.display_name if profile else _("Former member")


class ReportColumn(Column):
    """A column computed from the report (the message's excerpt, people's names)."""

    def __init__(self, name, value, **kwargs):
        super().__init__(name, **kwargs)
        self.value = value

    def get_value(self, instance):
        return self.value(instance)


class MessageReportFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=ReportStatus.choices)
    reason = django_filters.ChoiceFilter(label=_("Reason"), choices=ReportReason.choices)
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Reported"), widget=DateRangePickerWidget
    )

    class Meta:
        model = MessageReport
        fields = ["status", "reason", "created_at"]


def decision_buttons(view, report):
    """Hide or show again the message, dismiss an open report (for who may decide)."""
    if not view.user_has_permission("decide"):
        return []
    buttons = []
    if report.message.hidden_at:
        buttons.append(("unhide", _("Show the message again"), "view"))
    else:
        buttons.append(("hide", _("Hide the message"), "no-view"))
    if report.status == ReportStatus.OPEN:
        buttons.append(("dismiss", _("Dismiss the report"), "cross"))
    return [
        post_button(label, reverse(f"nexus_message_reports:{name}", args=[report.pk]), icon)
        for name, label, icon in buttons
    ]


def reports_queryset(queryset):
    return queryset.select_related(
        "message__conversation", "message__author__nexus_profile", "reporter__nexus_profile"
    )


class MessageReportIndexView(IndexView):
    def get_base_queryset(self):
        return reports_queryset(super().get_base_queryset())

    def get_list_more_buttons(self, instance):
        return [*super().get_list_more_buttons(instance), *decision_buttons(self, instance)]


class MessageReportInspectView(InspectView):
    """The report and the message reported, alone: its text, its author, when it was sent."""

    report_fields = [
        "message_text",
        "conversation_subject",
        "author",
        "sent",
        "hidden",
        "reporter",
        "reason",
        "note",
        "status",
        "created_at",
        "decided_at",
        "decided_by",
    ]
    labels = {
        "message_text": _("Message reported"),
        "conversation_subject": _("Conversation"),
        "author": _("Written by"),
        "sent": _("Sent"),
        "hidden": _("Hidden"),
    }

    def get_field_label(self, field_name, field):
        if field_name in self.labels:
            return self.labels[field_name]
        return super().get_field_label(field_name, field)

    def get_field_display_value(self, field_name, field):
        report = self.object
        message = report.message
        values = {
            "message_text": lambda: plain_text(message.body),
            "conversation_subject": lambda: message.conversation.subject,
            "author": lambda: person_name(message.author),
            "sent": lambda: local_time(message.created_at),
            "hidden": lambda: local_time(message.hidden_at) if message.hidden_at else "—",
            "reporter": lambda: person_name(report.reporter),
            "decided_by": lambda: person_name(report.decided_by) if report.decided_by else "—",
            "note": lambda: report.note or "—",
            "created_at": lambda: local_time(report.created_at),
            "decided_at": lambda: local_time(report.decided_at) if report.decided_at else "—",
        }
        if field_name in values:
            return values[field_name]()
        return super().get_field_display_value(field_name, field)

    def get_header_more_buttons(self):
        return [*super().get_header_more_buttons(), *decision_buttons(self, self.object)]


class MessageReportHistoryView(HistoryView):
    """The decisions on the report (audit log), for those who decide."""

    any_permission_required = ["decide"]


class DecisionView(PermissionCheckedMixin, BaseOperationView):
    """A decision on the report (POST only): services.hide_message, unhide_message,
    dismiss_report."""

    model = MessageReport
    permission_required = "decide"
    decision = ""

    def perform_operation(self):
        report, user = self.object, self.request.user
        if self.decision == "hide":
            services.hide_message(user, report.message, report)
        elif self.decision == "unhide":
            services.unhide_message(user, report.message, report)
        else:
            services.dismiss_report(user, report)

    def get_success_message(self):
        return {
            "hide": _("The message is hidden from its conversation."),
            "unhide": _("The message is shown again in its conversation."),
            "dismiss": _("The report is dismissed; the message stays as it is."),
        }[self.decision]

    def get_success_url(self):
        return self.next_url or reverse("nexus_message_reports:inspect", args=[self.object.pk])


class MessageReportViewSet(ModelViewSet):
    model = MessageReport
    url_prefix = "nexus/message-reports"
    url_namespace = "nexus_message_reports"
    icon = "warning"
    menu_label = _("Reported messages")
    menu_hook = NEXUS_ADMIN_MENU_HOOK
    menu_order = 30
    index_view_class = MessageReportIndexView
    inspect_view_class = MessageReportInspectView
    history_view_class = MessageReportHistoryView
    inspect_view_enabled = True
    inspect_view_fields = MessageReportInspectView.report_fields
    filterset_class = MessageReportFilterSet
    list_display = [
        ReportColumn("excerpt", message_excerpt, label=_("Message reported")),
        ReportColumn(
            "subject",
            lambda report: report.message.conversation.subject,
            label=_("Conversation"),
        ),
        ReportColumn(
            "author",
            lambda report: person_name(report.message.author),
            label=_("Written by"),
        ),
        ReportColumn(
            "reporter",
            lambda report: person_name(report.reporter),
            label=_("Reported by"),
        ),
        "reason",
        "status",
        DateColumn("created_at", label=_("Reported"), sort_key="created_at"),
    ]
    list_per_page = 50
    copy_view_enabled = False
    add_to_reference_index = False
    # The policy refuses adding and editing; the form is never shown.
    form_fields = []

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            *(
                path(
                    f"{decision}/<int:pk>/",
                    DecisionView.as_view(decision=decision),
                    name=decision,
                )
                for decision in ("hide", "unhide", "dismiss")
            ),
        ]
