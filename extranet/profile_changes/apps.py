from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from extranet.core import registry
from extranet.core.roles import SECRETARIAT


class ProfileChangesConfig(AppConfig):
    name = "extranet.profile_changes"
    label = "nexus_profile_changes"
    verbose_name = _("Nexus public profile changes")

    def ready(self):
        registry.include_urls("extranet.profile_changes.urls")
        registry.add_menu_entry(
            _("Profile changes"), "nexus:review_changes", roles=SECRETARIAT, order=50
        )
        registry.add_shortcut(
            "extranet/profile_changes/shortcut_review.html",
            roles=SECRETARIAT,
            order=50,
            context="extranet.profile_changes.views.pending_count",
        )
        registry.add_organisation_section(
            "extranet/profile_changes/section_public_profile.html",
            order=20,
            view="extranet.profile_changes.views.public_profile_section",
            submit_name="propose_public",
        )
        registry.add_notification_kind(
            "profile_change_submitted", _("%(member)s proposed changes to its public profile.")
        )
        registry.add_notification_kind(
            "profile_approved", _("The secretariat published the new public profile of %(member)s.")
        )
        registry.add_notification_kind(
            "profile_rejected",
            _("The secretariat did not publish the proposed profile of %(member)s: %(note)s"),
        )
