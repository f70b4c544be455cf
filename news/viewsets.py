"""Embargoed preview links in the admin: the links of the releases one may edit, with their
state, created for a journalist, revoked, and each one's log of openings."""

import django_filters
from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import CreateView, IndexView, InspectView
from wagtail.admin.views.generic.base import BaseOperationView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import register_permission_policy

from foundation.addresses import absolute_url
from foundation.viewsets import LocalTimeColumn, local_time

from .embargo import EmbargoLink, EmbargoLinkState
from .models import NewsArticlePage


def editable_releases(user):
    return NewsArticlePage.objects.filter(
        pk__in=PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    )


def links_for(user):
    """The links of the releases the user may edit: only they may see or revoke them."""
    return EmbargoLink.objects.filter(page__in=editable_releases(user))


class EmbargoLinkPermissionPolicy(ModelPermissionPolicy):
    """Links are created, read and revoked, never edited or deleted (their log stays).
    Revoking is what the "change" permission allows; each link also needs the right to edit
    its release (see links_for)."""

    def user_has_permission(self, user, action):
        if action in ("change", "delete"):
            return False
        return super().user_has_permission(user, "change" if action == "revoke" else action)


register_permission_policy(EmbargoLink, EmbargoLinkPermissionPolicy(EmbargoLink))


class EmbargoLinkForm(WagtailAdminModelForm):
    class Meta:
        model = EmbargoLink
        fields = ["page", "journalist", "outlet", "expires_at"]

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        # Only the releases this editor may edit, newest first.
        self.fields["page"].queryset = editable_releases(for_user).order_by("-date")
        self.fields["page"].widget = forms.Select(choices=self.fields["page"].choices)

    def clean_expires_at(self):
        expires_at = self.cleaned_data["expires_at"]
        if expires_at is not None and expires_at <= timezone.now():
            raise forms.ValidationError(_("Choose a time in the future."))
        return expires_at


class EmbargoLinkFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(
        label=gettext_lazy("State"), choices=EmbargoLinkState.choices, method="filter_state"
    )
    page = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Release"),
        queryset=lambda request: (
            editable_releases(request.user)
            .filter(embargo_links__isnull=False)
            .distinct()
            .order_by("-date")
        ),
    )

    class Meta:
        model = EmbargoLink
        fields = ["page", "state"]

    def filter_state(self, queryset, name, value):
        return queryset.in_state(value)


class EmbargoLinkIndexView(IndexView):
    def get_base_queryset(self):
        return links_for(self.request.user).select_related("page")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.is_active and self.user_has_permission("revoke"):
            buttons.append(revoke_button(instance))
        return buttons


def revoke_button(link):
    return Button(
        _("Revoke"),
        icon_name="cross",
        attrs={
            "data-controller": "w-action",
            "data-action": "w-action#post",
            "data-w-action-url-value": reverse("embargo_links:revoke", args=[link.pk]),
        },
    )


class CreateEmbargoLinkView(CreateView):
    page_title = gettext_lazy("New embargoed preview link")

    def get_initial(self):
        # From the release's edit screen ("Embargoed preview link" in its header menu).
        return {**super().get_initial(), "page": self.request.GET.get("page")}

    def save_instance(self):
        link = self.form.save(commit=False)
        link.created_by = self.request.user
        link.save()
        return link

    def get_success_message(self, instance):
        return _("The link for %(journalist)s is ready: copy it from the link's page.") % {
            "journalist": instance.journalist
        }

    def get_success_url(self):
        return reverse("embargo_links:inspect", args=[self.object.pk])


class EmbargoLinkInspectView(InspectView):
    def get_object(self, queryset=None):
        return get_object_or_404(links_for(self.request.user), pk=self.pk)

    def get_field_label(self, field_name, field):
        labels = {
            "address": _("Address to send"),
            "state": _("State"),
            "openings": _("Openings"),
        }
        return labels.get(field_name) or super().get_field_label(field_name, field)

    def get_address_display_value(self):
        url = absolute_url(self.object.get_absolute_url(), self.request)
        return format_html("<code>{}</code>", url)

    def get_state_display_value(self):
        return self.object.state().label

    def get_openings_display_value(self):
        openings = self.object.openings.select_related("document")
        if not openings:
            return _("Not opened yet.")
        return format_html(
            "<ol>{}</ol>",
            format_html_join(
                "",
                "<li>{}: {}</li>",
                (
                    (
                        local_time(opening.opened_at),
                        _("downloaded “%(document)s”") % {"document": opening.document.title}
                        if opening.document
                        else _("opened the release"),
                    )
                    for opening in openings
                ),
            ),
        )

    def get_field_display_value(self, field_name, field):
        value_func = getattr(self, f"get_{field_name}_display_value", None)
        if value_func is not None:
            return value_func()
        value = getattr(self.object, field_name)
        if field_name.endswith("_at"):
            return local_time(value)
        return "—" if value is None else super().get_field_display_value(field_name, field)

    @cached_property
    def header_more_buttons(self):
        buttons = super().header_more_buttons
        if self.object.is_active and self.permission_policy.user_has_permission(
            self.request.user, "revoke"
        ):
            buttons.append(revoke_button(self.object))
        return buttons


class RevokeEmbargoLinkView(PermissionCheckedMixin, BaseOperationView):
    model = EmbargoLink
    permission_required = "revoke"

    def get_object(self, queryset=None):
        return get_object_or_404(links_for(self.request.user), pk=self.kwargs["pk"])

    def perform_operation(self):
        if not self.object.is_active:
            raise PermissionDenied
        self.object.revoke(self.request.user)

    def get_success_message(self):
        return _("The link for %(journalist)s no longer works.") % {
            "journalist": self.object.journalist
        }

    def get_success_url(self):
        return self.next_url or reverse("embargo_links:inspect", args=[self.object.pk])


class EmbargoLinkViewSet(ModelViewSet):
    model = EmbargoLink
    url_prefix = "embargo-links"
    url_namespace = "embargo_links"
    icon = "lock"
    menu_label = gettext_lazy("Embargoed previews")
    menu_order = 215
    index_view_class = EmbargoLinkIndexView
    add_view_class = CreateEmbargoLinkView
    inspect_view_class = EmbargoLinkInspectView
    inspect_view_enabled = True
    inspect_view_fields = [
        "page",
        "journalist",
        "outlet",
        "address",
        "state",
        "expires_at",
        "created_at",
        "created_by",
        "revoked_at",
        "revoked_by",
        "openings",
    ]
    filterset_class = EmbargoLinkFilterSet
    search_fields = ["journalist", "outlet"]
    search_backend_name = None
    list_display = [
        "journalist",
        "outlet",
        "page",
        Column("get_state_display", label=gettext_lazy("State")),
        LocalTimeColumn("expires_at", label=gettext_lazy("Expires"), sort_key="expires_at"),
    ]
    list_per_page = 50
    copy_view_enabled = False
    add_to_reference_index = False

    def get_form_class(self, for_update=False):
        return EmbargoLinkForm

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("revoke/<int:pk>/", RevokeEmbargoLinkView.as_view(), name="revoke"),
        ]
