from django.apps import AppConfig
from django.db.models.signals import post_delete
from django.utils.translation import gettext_lazy as _

from extranet.core import registry
from extranet.core.roles import EVERYONE


class MessagingConfig(AppConfig):
    name = "extranet.messaging"
    label = "nexus_messaging"
    verbose_name = _("Nexus messaging")

    def ready(self):
        registry.include_urls("extranet.messaging.urls")
        registry.add_menu_entry(
            _("Messages"),
            "nexus:messages",
            roles=EVERYONE,
            order=15,
            badge="extranet.messaging.views.unread_badge",
        )
        registry.add_shortcut(
            "extranet/messaging/shortcut_messages.html",
            roles=EVERYONE,
            order=15,
            context="extranet.messaging.views.unread_shortcut",
        )
        registry.add_activity_source("extranet.messaging.services.activity")
        registry.add_personal_data("messages", "extranet.messaging.services.personal_data")
        registry.add_personal_data(
            "recipient_lists", "extranet.messaging.services.personal_lists_data"
        )
        from . import models, services

        # However it goes (with its conversation too), a deleted message leaves Nexus search.
        post_delete.connect(services.forget_deleted_message, sender=models.Message)
        registry.add_search_kind(
            "message",
            _("Message"),
            document="extranet.messaging.services.search_document",
            all_ids="extranet.messaging.services.searchable_message_ids",
        )
        # No message content in the notification: its text is the e-mail's subject line.
        registry.add_notification_kind("message_received", _("New message from %(name)s"))
        registry.add_notification_kind(
            "conversation_joined", _("%(name)s added you to a conversation")
        )
        registry.add_notification_kind("mentioned", _("%(name)s mentioned you in a conversation"))
        registry.add_notification_kind(
            "message_reported", _("A message was reported to the secretariat (%(reason)s)")
        )
