from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from extranet.core.models import EmailFrequency, Notification
from extranet.core.notifications import send_notifications
from foundation.progress import Progress


class Command(BaseCommand):
    help = (
        "E-mail each person who chose a daily digest the notifications not e-mailed yet. Run it "
        "once a day (cron or a systemd timer)."
    )

    def handle(self, *args, **options):
        waiting = (
            Notification.objects.filter(
                emailed_at__isnull=True,
                recipient__is_active=True,
                recipient__nexus_profile__email_frequency=EmailFrequency.DAILY,
            )
            .select_related("recipient__nexus_profile")
            .order_by("recipient_id", "created_at")
        )
        by_recipient = {}
        for notification in waiting:
            by_recipient.setdefault(notification.recipient, []).append(notification)
        progress = Progress(self.stdout, _("Sending digests"), len(by_recipient))
        for recipient, notifications in by_recipient.items():
            send_notifications(recipient, notifications)
            progress.advance()
        self.stdout.write(
            _("%(people)d digests sent, with %(notifications)d notifications.")
            % {"people": len(by_recipient), "notifications": sum(map(len, by_recipient.values()))}
        )
