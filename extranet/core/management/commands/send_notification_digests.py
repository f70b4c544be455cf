import datetime

from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from extranet.core.models import EmailFrequency, Notification
from extranet.core.notifications import email_later
from foundation.progress import Progress

# An e-mail that should have left at once but has not after an hour could not be delivered (a
# mail server down): it goes with the next two digests, not with every later one (older
# notifications of people who only now chose e-mails are not news).
UNDELIVERED_AFTER = datetime.timedelta(hours=1)
RETRIED_FOR = datetime.timedelta(days=2)


class Command(BaseCommand):
    help = (
        "Queue a digest for each person who chose one, with the notifications not e-mailed yet, "
        "and again the immediate e-mails that could not be delivered; task workers send them. "
        "Run it once a day (cron or a systemd timer)."
    )

    def handle(self, *args, **options):
        waiting = (
            Notification.objects.filter(
                Q(recipient__nexus_profile__email_frequency=EmailFrequency.DAILY)
                | Q(
                    recipient__nexus_profile__email_frequency=EmailFrequency.IMMEDIATELY,
                    created_at__range=(
                        timezone.now() - RETRIED_FOR,
                        timezone.now() - UNDELIVERED_AFTER,
                    ),
                ),
                emailed_at__isnull=True,
                recipient__is_active=True,
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
