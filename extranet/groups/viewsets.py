"""Nexus → Groups in the Wagtail admin, for the secretariat (those with the group model's
permissions): every group with its members, posts and last activity, filtered by visibility
and join policy, searched by name; editing a group's settings goes through services, and each
change is in the group's history. Groups are created, and their members managed, in Nexus."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from foundation.viewsets import LocalTimeColumn

from . import services
from .forms import GroupForm
from .models import Group, JoinPolicy, Visibility


class GroupPermissionPolicy(ModelPermissionPolicy):
    """Viewing and changing only: a group is created in Nexus, where its creator becomes its
    first owner, and a group with its members' posts is not deleted from a list."""

    def user_has_permission(self, user, action):
        return action in ("view", "change") and super().user_has_permission(user, action)


register_permission_policy(Group, GroupPermissionPolicy(Group))


class GroupFilterSet(WagtailFilterSet):
    visibility = django_filters.ChoiceFilter(label=_("Visibility"), choices=Visibility.choices)
    join_policy = django_filters.ChoiceFilter(label=_("Who may join"), choices=JoinPolicy.choices)

    class Meta:
        model = Group
        fields = ["visibility", "join_policy"]


class GroupIndexView(IndexView):
    def get_base_queryset(self):
        return services.administered_groups()


class GroupEditView(EditView):
    def form_valid(self, form):
        self.form = form
        try:
            self.object = services.administer_group(self.request, form)
        except OSError as error:  # the image could not be stored: nothing was saved
            form.image_not_stored(error)
            return self.form_invalid(form)
        response = self.save_action()
        return self.run_after_hook() or response

    def form_invalid(self, form):
        form.keep_uploaded_image()
        return super().form_invalid(form)


class GroupViewSet(ModelViewSet):
    model = Group
    url_prefix = "nexus/groups"
    url_namespace = "nexus_groups"
    icon = "group"
    menu_label = _("Groups")
    # In the core's Nexus menu (extranet.core.viewsets.NexusViewSetGroup), after its own items.
    menu_hook = "register_nexus_admin_menu_item"
    menu_order = 30
    index_view_class = GroupIndexView
    edit_view_class = GroupEditView
    filterset_class = GroupFilterSet
    search_fields = ["name"]
    search_backend_name = None  # the database: the admin's index has no groups
    list_display = [
        "name",
        "visibility",
        Column(
            "join_policy",
            accessor="get_join_policy_display",
            label=_("Who may join"),
            sort_key="join_policy",
        ),
        Column("members_count", label=_("Members"), sort_key="members_count"),
        Column("posts_count", label=_("Posts"), sort_key="posts_count"),
        LocalTimeColumn("last_activity", label=_("Last activity"), sort_key="last_activity"),
    ]
    list_per_page = 50
    ordering = ["name"]
    copy_view_enabled = False
    add_to_reference_index = False

    def get_form_class(self, for_update=False):
        return GroupForm
