"""Notifications: an in-app list with an unread count, and e-mail as each user prefers (at
once, in a daily digest, or never).

Features add a kind to KINDS and call notify(); the text is written when it is read or sent,
in the reader's language."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from .models import EmailFrequency, Notification, Role

KINDS = {
    "invitation_accepted": _("%(name)s accepted the invitation and joined %(member)s in Nexus."),
    "profile_approved": _("The secretariat published the new public profile of %(member)s."),
    "profile_rejected": _(
        "The secretariat did not publish the proposed profile of %(member)s: %(note)s"
    ),
    "role_changed": _("Your role in Nexus is now: %(role)s."),
    "profile_change_submitted": _("%(member)s proposed changes to its public profile."),
}


def message_for(notification):
    template = KINDS.get(notification.kind)
    if template is None:
        return str(notification.kind)
    data = dict(notification.data)
    # Roles are stored as values so that each reader gets the label in their own language.
    if data.get("role") in Role.values:
        data["role"] = Role(data["role"]).label
    try:
        return str(template) % data
    except (KeyError, TypeError, ValueError):
        return str(template)


def notify(recipient, kind, url="", **data):
    """Record a notification for the user and e-mail it now if they asked for that."""
    if kind not in KINDS:
        raise ValueError(f"Unknown notification kind {kind!r}; add it to KINDS.")
    notification = Notification.objects.create(
        recipient=recipient,
        kind=kind,
        data={key: str(value) for key, value in data.items()},
        url=url,
    )
    profile = getattr(recipient, "nexus_profile", None)
    if profile and profile.email_frequency == EmailFrequency.IMMEDIATELY and recipient.email:
        send_notifications(recipient, [notification])
    return notification


def send_notifications(recipient, notifications):
    """One e-mail with the given notifications, in the recipient's language."""
    language = recipient_language(recipient)
    with translation.override(language):
        subject = (
            str(_("WeGO Nexus: %(message)s")) % {"message": notifications[0].message}
            if len(notifications) == 1
            else str(_("WeGO Nexus: %(count)d new notifications")) % {"count": len(notifications)}
        )
        body = render_to_string(
            "extranet/email/notifications.txt",
            {
                "notifications": notifications,
                "nexus_url": settings.WAGTAILADMIN_BASE_URL + reverse("nexus:notifications"),
            },
        )
    send_mail(subject[:200], body, None, [recipient.email])
    Notification.objects.filter(pk__in=[n.pk for n in notifications]).update(
        emailed_at=timezone.now()
    )


def recipient_language(recipient):
    profile = getattr(recipient, "nexus_profile", None)
    return profile.preferred_language if profile else settings.LANGUAGE_CODE
