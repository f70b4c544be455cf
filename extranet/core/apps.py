from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from . import registry


class NexusCoreConfig(AppConfig):
    """The Nexus core. Its label stays "extranet", the app's name before the capabilities were
    split out of it: tables, migrations, permissions and content types keep their names."""

    name = "extranet.core"
    label = "extranet"
    verbose_name = _("Nexus extranet")

    def ready(self):
        # Imported here because Django loads apps.py before the models these modules need.
        # Importing security connects the security log's receivers to the sign-in signals.
        from . import security, views  # noqa: F401
        from .access import EVERYONE, MEMBER_ADMINS

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
            badge=views.unread_badge,
        )
        registry.add_menu_entry(_("My profile"), "nexus:profile", roles=EVERYONE, order=70)

        registry.add_shortcut("extranet/core/shortcut_profile.html", roles=EVERYONE, order=10)
        registry.add_shortcut(
            "extranet/core/shortcut_invite.html",
            roles=MEMBER_ADMINS,
            order=40,
            context=views.colleagues_count,
        )

        registry.add_organisation_section(
            "extranet/core/section_members_profile.html",
            order=10,
            view=views.members_profile_section,
            submit_name="save_members",
        )
        registry.add_organisation_section(
            "extranet/core/section_people.html", order=30, view=views.people_section
        )

        registry.add_notification_kind(
            "invitation_accepted",
            _("%(name)s accepted the invitation and joined %(member)s in Nexus."),
        )
        registry.add_notification_kind("role_changed", _("Your role in Nexus is now: %(role)s."))
