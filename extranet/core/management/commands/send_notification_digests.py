from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from extranet.core.models import EmailFrequency, Notification
from extranet.core.notifications import email_later
from foundation.progress import Progress


class Command(BaseCommand):
    help = (
        "Queue a digest for each person who chose one, with the notifications not e-mailed yet; "
        "task workers send them. Run it once a day (cron or a systemd timer)."
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
        progress = Progress(self.stdout, _("Queueing digests"), len(by_recipient))
        for notifications in by_recipient.values():
            email_later(notifications)
            progress.advance()
        self.stdout.write(
            _("%(people)d digests queued, with %(notifications)d notifications.")
            % {"people": len(by_recipient), "notifications": sum(map(len, by_recipient.values()))}
        )
