"""Notification e-mails: at once or in a daily digest, as each person prefers, in their
language. Notifications are created with services.notify(); each kind and its message is
registered by the app that sends it (see registry.py)."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django_tasks import task

from foundation.addresses import absolute_url
from foundation.mail import deliver
from foundation.tasks import enqueue_after_commit, retry_later

from .models import Notification


def email_later(notifications):
    """E-mail these notifications (of one person) once the transaction that made them commits."""
    enqueue_after_commit(email_notifications, [notification.pk for notification in notifications])


@task()
def email_notifications(notification_ids, attempt=1):
    """One e-mail with the notifications not e-mailed yet; run twice, it sends nothing twice.
    A mail server that fails leaves them waiting for the next try: a few minutes later, and in
    the next digests."""
    try:
        email_waiting_notifications(notification_ids)
    except OSError:  # the server unreachable, a timeout, or any SMTPException
        retry_later(email_notifications, attempt, notification_ids)
        raise


def email_waiting_notifications(notification_ids):
    with transaction.atomic():
        notifications = list(
            Notification.objects.select_for_update(skip_locked=True, of=("self",))
            .filter(pk__in=notification_ids, emailed_at__isnull=True)
            .select_related("recipient__nexus_profile")
            .order_by("created_at")
        )
        if not notifications:
            return
        recipient = notifications[0].recipient
        if recipient.is_active and recipient.email:
            deliver([notification_message(recipient, notifications)])
        Notification.objects.filter(pk__in=[n.pk for n in notifications]).update(
            emailed_at=timezone.now()
        )


def notification_message(recipient, notifications):
    """The e-mail, in the recipient's language."""
    with translation.override(recipient_language(recipient)):
        subject = (
            str(_("WeGO Nexus: %(message)s")) % {"message": notifications[0].message}
            if len(notifications) == 1
            else str(_("WeGO Nexus: %(count)d new notifications")) % {"count": len(notifications)}
        )
        body = render_to_string(
            "extranet/core/email/notifications.txt",
            {
                "notifications": notifications,
                "nexus_url": absolute_url(reverse("nexus:notifications")),
            },
        )
    return EmailMessage(subject, body, None, [recipient.email])


def recipient_language(recipient):
    profile = getattr(recipient, "nexus_profile", None)
    return profile.preferred_language if profile else settings.LANGUAGE_CODE
