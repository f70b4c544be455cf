from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _

from . import registry
from .roles import EVERYONE, MEMBER_ADMINS


class NexusCoreConfig(AppConfig):
    """The Nexus core. Its label stays "extranet", the app's name before the capabilities were
    split out of it: tables, migrations, permissions and content types keep their names."""

    name = "extranet.core"
    label = "extranet"
    verbose_name = _("Nexus extranet")

    def ready(self):
        # The security log's receivers connect to the sign-in signals when their module loads.
        from . import security  # noqa: F401

        checks.register(registry.check_registered_functions)

        registry.add_menu_entry(
            _("Overview"), "nexus:dashboard", roles=EVERYONE, order=10, match_sub_pages=False
        )
        registry.add_menu_entry(
            _("My organisation"), "nexus:manage_organisation", roles=MEMBER_ADMINS, order=40
        )
        registry.add_menu_entry(
            _("Notifications"),
            "nexus:notifications",
            roles=EVERYONE,
            order=60,
            badge="extranet.core.views.unread_badge",
        )
        registry.add_menu_entry(_("My profile"), "nexus:profile", roles=EVERYONE, order=70)

        registry.add_shortcut("extranet/core/shortcut_profile.html", roles=EVERYONE, order=10)
        registry.add_shortcut(
            "extranet/core/shortcut_invite.html",
            roles=MEMBER_ADMINS,
            order=40,
            context="extranet.core.views.colleagues_count",
        )

        registry.add_organisation_section(
            "extranet/core/section_members_profile.html",
            order=10,
            view="extranet.core.views.members_profile_section",
            submit_name="save_members",
        )
        registry.add_organisation_section(
            "extranet/core/section_people.html",
            order=30,
            view="extranet.core.views.people_section",
        )

        registry.add_notification_kind(
            "invitation_accepted",
            _("%(name)s accepted the invitation and joined %(member)s in Nexus."),
        )
        registry.add_notification_kind("role_changed", _("Your role in Nexus is now: %(role)s."))
