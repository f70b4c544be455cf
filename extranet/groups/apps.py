from django.apps import AppConfig
from django.db.models.signals import post_delete
from django.utils.translation import gettext_lazy as _

from extranet.core import registry
from extranet.core.roles import EVERYONE


class GroupsConfig(AppConfig):
    name = "extranet.groups"
    label = "nexus_groups"
    verbose_name = _("Nexus groups")

    def ready(self):
        registry.include_urls("extranet.groups.urls")
        registry.add_menu_entry(
            _("Groups"),
            "nexus:groups",
            roles=EVERYONE,
            order=35,
            badge="extranet.groups.views.invitations_badge",
        )
        registry.add_personal_data("groups", "extranet.groups.services.personal_data")
        registry.add_activity_source("extranet.groups.services.activity")
        from . import models, services

        # However it goes (with its group too), a deleted post leaves Nexus search.
        post_delete.connect(services.forget_deleted_post, sender=models.Post)
        registry.add_search_kind(
            "group_post",
            _("Group post"),
            document="extranet.groups.services.search_document",
            all_ids="extranet.groups.services.searchable_post_ids",
        )
        registry.add_search_audiences("extranet.groups.services.search_audiences")
        registry.add_notification_kind("group_post", _("%(author)s posted in %(group)s."))
        registry.add_notification_kind(
            "group_reply", _("%(author)s commented on your post in %(group)s.")
        )
        registry.add_notification_kind(
            "group_join_request", _("%(person)s asks to join %(group)s.")
        )
        registry.add_notification_kind(
            "group_request_approved", _("Your request was approved: you are a member of %(group)s.")
        )
        registry.add_notification_kind(
            "group_request_declined", _("Your request to join %(group)s was declined.")
        )
        registry.add_notification_kind(
            "group_invitation", _("%(person)s invited you to join %(group)s.")
        )
        registry.add_notification_kind(
            "group_mentioned", _("%(author)s mentioned you in %(group)s.")
        )
