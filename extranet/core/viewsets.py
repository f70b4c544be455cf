"""Nexus in the Wagtail admin, for the secretariat (permissions of the Secretariat group):
access codes (issue one, issue to every active member, revoke) and the security log."""

import django_filters
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db import models
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.utils import get_user_display_name
from wagtail.admin.views.generic import CreateView, IndexView, InspectView
from wagtail.admin.views.generic.base import BaseOperationView, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from foundation.viewsets import LocalDateColumn, local_time
from members.models import Member

from . import services
from .forms import IssueCodeForm
from .models import AccessCode, SecurityEvent, SecurityEventKind


class AccessCodePermissionPolicy(ModelPermissionPolicy):
    """Codes are issued, read and revoked, never edited or deleted: the e-mail went out for
    the code as issued. Revoking is what the "change" permission allows."""

    def user_has_permission(self, user, action):
        if action in ("change", "delete"):
            return False
        return super().user_has_permission(user, "change" if action == "revoke" else action)


class ViewOnlyPermissionPolicy(ModelPermissionPolicy):
    """Only "view", for everyone, superusers included: a log nobody can rewrite."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)


register_permission_policy(AccessCode, AccessCodePermissionPolicy(AccessCode))
register_permission_policy(SecurityEvent, ViewOnlyPermissionPolicy(SecurityEvent))


def post_button(label, url, icon_name):
    """A button that POSTs to `url` (Wagtail's w-action controller adds the CSRF token)."""
    return Button(
        label,
        icon_name=icon_name,
        attrs={
            "data-controller": "w-action",
            "data-action": "w-action#post",
            "data-w-action-url-value": url,
        },
    )


class LocalTimeInspectView(InspectView):
    """Times in the site's time zone, people by name and e-mail (never the internal username
    of accounts created from access codes), and nothing rather than "None" for what did not
    happen."""

    def get_field_display_value(self, field_name, field):
        value = getattr(self.object, field_name)
        if isinstance(field, models.DateTimeField):
            return local_time(value)
        if value is None:
            return "—"
        if isinstance(value, get_user_model()):
            return f"{get_user_display_name(value)} <{value.email}>"
        if field_name == "details":
            return self.object.details_text or "—"
        return super().get_field_display_value(field_name, field)


def members_with_codes(request):
    return Member.objects.filter(access_codes__isnull=False).distinct().order_by("name")


class AccessCodeFilterSet(WagtailFilterSet):
    STATES = [
        ("usable", gettext_lazy("Waiting to be used")),
        ("redeemed", gettext_lazy("Used")),
        ("revoked", gettext_lazy("Revoked")),
        ("expired", gettext_lazy("Expired")),
    ]

    state = django_filters.ChoiceFilter(
        label=gettext_lazy("State"), choices=STATES, method="filter_state"
    )
    member = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Member"), queryset=members_with_codes
    )

    class Meta:
        model = AccessCode
        fields = ["state", "member"]

    def filter_state(self, queryset, name, value):
        if value == "usable":
            return queryset.usable()
        if value == "redeemed":
            return queryset.filter(redeemed_at__isnull=False)
        if value == "revoked":
            return queryset.filter(revoked_at__isnull=False)
        return queryset.filter(
            redeemed_at__isnull=True, revoked_at__isnull=True, expires_at__lte=timezone.now()
        )


class AccessCodeIndexView(IndexView):
    add_item_label = gettext_lazy("Issue a code")

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("member")

    @cached_property
    def header_more_buttons(self):
        buttons = super().header_more_buttons
        if self.user_has_permission("add"):
            buttons.append(
                Button(
                    _("Issue codes to every contact of every active member"),
                    url=reverse("nexus_access_codes:issue_to_all"),
                    icon_name="mail",
                )
            )
        return buttons

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.state == "usable" and self.user_has_permission("revoke"):
            buttons.append(
                post_button(
                    _("Revoke"),
                    reverse("nexus_access_codes:revoke", args=[instance.pk]),
                    "cross",
                )
            )
        return buttons


class IssueAccessCodeView(CreateView):
    """Issue a code to one member's contact and e-mail it (services.issue_access_code)."""

    page_title = gettext_lazy("Issue a code")
    submit_button_label = gettext_lazy("Issue and e-mail the code")
    submit_button_active_label = gettext_lazy("Sending…")

    def get_page_subtitle(self):
        return ""  # the title says it all; Wagtail would add "Access code"

    def save_instance(self):
        data = self.form.cleaned_data
        return services.issue_access_code(
            self.request, data["member"], data["email"], data["role"] or None
        )

    def get_success_message(self, instance):
        return _("An access code is on its way to %(email)s.") % {"email": instance.email}

    def get_success_buttons(self):
        return []


class IssueToEveryMemberView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """A code for each contact of each active member; contacts that already have a code
    waiting are skipped. The page says how many e-mails will leave before any does."""

    model = AccessCode
    permission_required = "add"
    template_name = "extranet/core/admin/issue_to_every_member.html"
    page_title = gettext_lazy("Issue codes to every active member")
    header_icon = "mail"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("nexus_access_codes:index"),
                "label": AccessCode._meta.verbose_name_plural,
            },
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        invited, without_contact = services.contacts_to_invite()
        return super().get_context_data(
            invited=len(invited),
            members=len({member.pk for member, _email in invited}),
            without_contact=without_contact,
            index_url=reverse("nexus_access_codes:index"),
            **kwargs,
        )

    def post(self, request):
        sent, without_contact = services.issue_to_every_member(request)
        messages.success(
            request,
            _("%(sent)d access codes sent. %(missing)d active members have no contact yet.")
            % {"sent": sent, "missing": without_contact},
        )
        return redirect("nexus_access_codes:index")


class RevokeAccessCodeView(PermissionCheckedMixin, BaseOperationView):
    model = AccessCode
    permission_required = "revoke"
    success_url_name = "nexus_access_codes:index"

    def perform_operation(self):
        services.revoke_access_code(self.request, self.object)

    def get_success_message(self):
        return _("The access code for %(email)s is revoked.") % {"email": self.object.email}

    def get_success_url(self):
        return self.next_url or reverse(self.success_url_name)


class AccessCodeViewSet(ModelViewSet):
    model = AccessCode
    url_prefix = "nexus/access-codes"
    url_namespace = "nexus_access_codes"
    icon = "key"
    menu_label = gettext_lazy("Access codes")
    index_view_class = AccessCodeIndexView
    add_view_class = IssueAccessCodeView
    filterset_class = AccessCodeFilterSet
    search_fields = ["email", "member__name"]
    search_backend_name = None  # the database: codes are not in the search index
    list_display = [
        "email",
        "member",
        "role",
        Column("state_label", label=gettext_lazy("State")),
        DateColumn("issued_at", label=gettext_lazy("Issued")),
        LocalDateColumn("expires_at", label=gettext_lazy("Expires"), sort_key="expires_at"),
    ]
    list_per_page = 50
    inspect_view_enabled = True
    inspect_view_class = LocalTimeInspectView
    inspect_view_fields_exclude = ["code_hash"]
    copy_view_enabled = False
    add_to_reference_index = False

    def get_form_class(self, for_update=False):
        return IssueCodeForm

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("issue-to-all/", IssueToEveryMemberView.as_view(), name="issue_to_all"),
            path("revoke/<int:pk>/", RevokeAccessCodeView.as_view(), name="revoke"),
        ]


class SecurityEventFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(
        label=pgettext_lazy("security log", "Event"), choices=SecurityEventKind.choices
    )
    created_at = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("When"), widget=DateRangePickerWidget
    )

    class Meta:
        model = SecurityEvent
        fields = ["kind", "created_at"]


class SecurityEventIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("user")


class SecurityEventViewSet(ModelViewSet):
    model = SecurityEvent
    url_prefix = "nexus/security"
    url_namespace = "nexus_security_events"
    icon = "warning"
    menu_label = gettext_lazy("Security events")
    index_view_class = SecurityEventIndexView
    filterset_class = SecurityEventFilterSet
    # The address given at sign-in, or the account's.
    search_fields = ["email", "user__email"]
    search_backend_name = None
    list_display = [
        "kind",
        DateColumn("created_at", label=gettext_lazy("When"), sort_key="created_at"),
        Column("account_or_email", label=gettext_lazy("Account or e-mail")),
        "ip_address",
        Column("details_text", label=gettext_lazy("Details")),
    ]
    list_per_page = 50
    inspect_view_enabled = True
    inspect_view_class = LocalTimeInspectView
    copy_view_enabled = False
    add_to_reference_index = False
    # The policy refuses every other action; the form is never shown.
    form_fields = []


class NexusViewSetGroup(ViewSetGroup):
    menu_label = gettext_lazy("Nexus")
    menu_icon = "group"
    menu_order = 160
    items = (AccessCodeViewSet, SecurityEventViewSet)
    # Capabilities add their screens to this menu through this hook (a viewset's menu_hook),
    # since the core imports none of them.
    submenu_hook = "register_nexus_admin_menu_item"
