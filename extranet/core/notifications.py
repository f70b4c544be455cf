"""Notification e-mails: at once or in a daily digest, as each person prefers, in their
language. Notifications are created with services.notify(); each kind and its message is
registered by the app that sends it (see registry.py)."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from .models import Notification


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
            "extranet/core/email/notifications.txt",
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
