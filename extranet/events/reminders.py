"""Reminders a day and an hour before an event, to the people holding a place who did not turn
them off (AttendeeSettings.reminders), each in their language with the times in the event's
zone and their own, and the joining link for online events.

One deferred task per registration and kind is enqueued for its moment (`run_after`) when the
event's page is published or changed, and when an event's first place is given. The task names
the start it reminds of: when the event has moved since, a newer task exists and the old one
does nothing. Each reminder sent is recorded (models.Reminder, unique per attendee, kind and
start), so a task run twice, or two tasks for the same moment, remind nobody twice. A mail
server that fails leaves the reminders not yet sent for the next attempt (tasks.retry_later).

Task backends that cannot defer work (the immediate one of the tests) schedule no reminders:
run at once, they would remind everyone now."""

import datetime

from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from foundation.addresses import absolute_url
from foundation.locales import locale_for
from foundation.mail import deliver
from foundation.tasks import enqueue_after_commit, retry_later

from . import services
from .calendar import joining_lines, nexus_event_url
from .models import AttendeeSettings, Registration, Reminder
from .times import times_of

BEFORE = {
    Reminder.Kind.DAY: datetime.timedelta(days=1),
    Reminder.Kind.HOUR: datetime.timedelta(hours=1),
}


def start_key(moment):
    """The start as the task's argument: ISO 8601 in UTC, whatever zone the moment is in."""
    return moment.astimezone(datetime.UTC).isoformat()


def has_reminders(registration):
    """Events with a start time, not cancelled; not those with only a day or a month."""
    event = registration.event
    return (
        registration.cancelled_at is None
        and event.live
        and event.starts_on is not None
        and not event.is_month_only
        and not event.is_all_day
    )


def schedule(registration, now=None):
    """Enqueue (once the current transaction commits) the reminders of the event's start that
    are still to come. Returns the kinds enqueued."""
    if not send_event_reminders.get_backend().supports_defer or not has_reminders(registration):
        return []
    now = now or timezone.now()
    starts_at = registration.event.local_start()
    kinds = []
    for kind, before in BEFORE.items():
        run_after = starts_at - before
        if run_after > now:
            enqueue_after_commit(
                send_event_reminders.using(run_after=run_after),
                registration.pk,
                kind,
                start_key(starts_at),
            )
            kinds.append(kind)
    return kinds


def due(registration, kind, starts_at):
    """Attendances to remind: places held by open accounts that keep reminders on, not
    reminded of this start yet."""
    sent = Reminder.objects.filter(attendance=OuterRef("pk"), kind=kind, starts_at=starts_at)
    turned_off = AttendeeSettings.objects.filter(profile=OuterRef("profile"), reminders=False)
    return (
        registration.attendances.holding_places()
        .filter(profile__isnull=False, profile__closed_at__isnull=True)
        .filter(profile__user__is_active=True)
        .exclude(Exists(sent))
        .exclude(Exists(turned_off))
        .select_related("profile__user")
    )


@task()
def send_event_reminders(registration_id, kind, starts_at_iso, attempt=1):
    registration = Registration.objects.select_related("event").filter(pk=registration_id).first()
    if registration is None or not has_reminders(registration):
        return 0
    starts_at = registration.event.local_start()
    if start_key(starts_at) != starts_at_iso:
        return 0  # the event moved: the task enqueued for its new start reminds
    try:
        attendances = due(registration, kind, starts_at)
        return sum(remind(attendance, kind, starts_at) for attendance in attendances)
    except OSError:  # the mail server unreachable, a timeout, or any SMTPException
        retry_later(send_event_reminders, attempt, registration_id, kind, starts_at_iso)
        raise


def remind(attendance, kind, starts_at):
    """Send one reminder and record it, both or neither; 1 when sent."""
    try:
        with transaction.atomic():
            Reminder.objects.create(attendance=attendance, kind=kind, starts_at=starts_at)
            deliver([reminder_message(attendance, kind)])
    except IntegrityError:  # another run reminded them meanwhile
        return 0
    return 1


def reminder_message(attendance, kind):
    profile, registration = attendance.profile, attendance.registration
    with translation.override(profile.preferred_language):
        event = services.localized_event(registration, locale_for(profile.preferred_language))
        if kind == Reminder.Kind.DAY:
            subject = _("Tomorrow: %(event)s") % {"event": event.title}
        else:
            subject = _("In an hour: %(event)s") % {"event": event.title}
        body = render_to_string(
            "extranet/events/email/reminder.txt",
            {
                "event": event,
                "kind": kind,
                "times": times_of(registration.event, profile.time_zone),
                "joining": joining_lines(registration) if event.has_online_access else [],
                "event_url": nexus_event_url(registration),
                "settings_url": absolute_url(reverse("nexus:event_settings")),
            },
        )
    return EmailMessage(subject, body, None, [profile.user.email])
