"""Admin views of the foundation: lifting an embargo."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from .scheduling import embargo_end, lift_embargo, time_zone_text


class LiftEmbargoView(WagtailAdminTemplateMixin, TemplateView):
    """Asks for confirmation, then publishes the page's scheduled revision at once."""

    template_name = "foundation/lift_embargo.html"
    page_title = gettext_lazy("Publish now (lift embargo)")
    header_icon = "upload"

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(Page, pk=page_id).specific
        if not self.page.permissions_for_user(request.user).can_publish():
            raise PermissionDenied
        self.edit_url = reverse("wagtailadmin_pages:edit", args=[self.page.pk])
        self.go_live_at = embargo_end(self.page)
        if self.go_live_at is None:
            messages.info(request, _("“%(title)s” is not scheduled.") % {"title": self.page.title})
            return redirect(self.edit_url)
        return super().dispatch(request)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": self.edit_url, "label": self.page.get_admin_display_title()},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            page=self.page,
            go_live_at=self.go_live_at,
            time_zone=time_zone_text(self.go_live_at),
            edit_url=self.edit_url,
            **kwargs,
        )

    def post(self, request):
        lift_embargo(self.page, request.user)
        messages.success(
            request,
            _("“%(title)s” is published: its embargo is lifted.") % {"title": self.page.title},
        )
        return redirect(self.edit_url)
