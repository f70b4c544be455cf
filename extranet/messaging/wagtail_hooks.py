from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import services
from .viewsets import MessageReportViewSet, SecretariatListViewSet


@hooks.register("register_admin_viewset")
def register_secretariat_lists():
    return SecretariatListViewSet()


@hooks.register("register_admin_viewset")
def register_message_reports():
    return MessageReportViewSet()


@hooks.register("register_log_actions")
def moderation_log_actions(actions):
    actions.register_action(services.BLOCK_ACTION, _("Block a person"), _("Blocked a person"))
    actions.register_action(services.UNBLOCK_ACTION, _("Unblock a person"), _("Unblocked a person"))
    actions.register_action(
        services.HIDE_ACTION, _("Hide the message"), _("Hid the reported message")
    )
    actions.register_action(
        services.UNHIDE_ACTION, _("Show the message again"), _("Showed the message again")
    )
    actions.register_action(
        services.DISMISS_ACTION, _("Dismiss the report"), _("Dismissed the report")
    )
