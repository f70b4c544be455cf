"""Reported messages in the Wagtail admin (Nexus → Reported messages), for the secretariat:
each report shows the one message reported, who wrote it and when, never the rest of the
private conversation; the secretariat hides the message, shows it again or dismisses the
report, and each decision is in the report's history (Wagtail's audit log)."""

import django_filters
from django.urls import path, reverse
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.views.generic.base import BaseOperationView
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from extranet.core.rich_text import plain_text
from extranet.core.viewsets import post_button
from foundation.viewsets import local_time

from . import services
from .models import MessageReport, ReportReason, ReportStatus

# The Nexus group's submenu in the admin (extranet/core/viewsets.py NexusViewSetGroup).
NEXUS_ADMIN_MENU_HOOK = "register_nexus_admin_menu_item"
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
    status = django_filters.ChoiceFilter(label=gettext_lazy("Status"), choices=ReportStatus.choices)
    reason = django_filters.ChoiceFilter(label=gettext_lazy("Reason"), choices=ReportReason.choices)
    created_at = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("Reported"), widget=DateRangePickerWidget
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
        "message_text": gettext_lazy("Message reported"),
        "conversation_subject": gettext_lazy("Conversation"),
        "author": gettext_lazy("Written by"),
        "sent": gettext_lazy("Sent"),
        "hidden": gettext_lazy("Hidden"),
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
    menu_label = gettext_lazy("Reported messages")
    menu_hook = NEXUS_ADMIN_MENU_HOOK
    menu_order = 30
    index_view_class = MessageReportIndexView
    inspect_view_class = MessageReportInspectView
    history_view_class = MessageReportHistoryView
    inspect_view_enabled = True
    inspect_view_fields = MessageReportInspectView.report_fields
    filterset_class = MessageReportFilterSet
    list_display = [
        ReportColumn("excerpt", message_excerpt, label=gettext_lazy("Message reported")),
        ReportColumn(
            "subject",
            lambda report: report.message.conversation.subject,
            label=gettext_lazy("Conversation"),
        ),
        ReportColumn(
            "author",
            lambda report: person_name(report.message.author),
            label=gettext_lazy("Written by"),
        ),
        ReportColumn(
            "reporter",
            lambda report: person_name(report.reporter),
            label=gettext_lazy("Reported by"),
        ),
        "reason",
        "status",
        DateColumn("created_at", label=gettext_lazy("Reported"), sort_key="created_at"),
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
