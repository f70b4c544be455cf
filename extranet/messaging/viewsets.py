"""The secretariat's recipient lists in the Wagtail admin (Nexus menu): the rule each list
follows, and how many accounts it reaches today."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.views.generic import InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from extranet.core.roles import Role
from members.choices import MemberType, Region, RoleKind

from . import services
from .models import SecretariatList

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
