"""What follows when an event's page is published (Wagtail's page_published signal) or a place
is given, connected from apps.ready().

Before Wagtail writes a page being published, `remember_facts` keeps the facts the database
still holds (the published ones); once published, `event_published` compares them with the new
ones. When the date, time, venue or online access changed, attendees' calendar files get a new
SEQUENCE and everyone expecting to come is told (services.event_changed, notifications sent by
the task runner once committed). Every publication enqueues the reminders for the (new)
start; those enqueued for an old one find the event moved and do nothing.

The registration belongs to the page of the default language, whose facts its translations
share: only that page's publication counts."""

from django.db.models.signals import post_save, pre_save
from wagtail.signals import page_published

from events.models import EventPage

from . import reminders, services
from .models import Attendance, Registration, Status

# The facts attendees are told about when they change: every one an editor gives.
WATCHED_FACTS = EventPage.event_fact_field_names


def facts_of(page):
    return {name: str(getattr(page, name)) for name in WATCHED_FACTS}


def remember_facts(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or instance.pk is None or not instance.live:
        return
    if update_fields is not None and not set(update_fields) & set(WATCHED_FACTS):
        return
    stored = EventPage.objects.filter(pk=instance.pk, live=True).values(*WATCHED_FACTS).first()
    if stored is not None:
        instance._published_facts = facts_of(EventPage(**stored))


def event_published(sender, instance, **kwargs):
    registration = Registration.objects.filter(event_id=instance.pk).select_related("event").first()
    if registration is None:
        return
    before = instance.__dict__.pop("_published_facts", None)
    registration.event = instance
    if before is not None and before != facts_of(instance) and registration.cancelled_at is None:
        services.event_changed(registration)
    # Every publication: the registration may be newer than the page's last one. Reminders
    # already enqueued for the same start remind nobody twice.
    reminders.schedule(registration)


def place_given(sender, instance, created=False, raw=False, update_fields=None, **kwargs):
    """The first place of an event: its reminders are enqueued (publishing enqueues them too,
    and a registration made after the page's last publication has none yet). Reminders go to
    whoever holds a place when they are due, so later places need no task of their own."""
    if raw or instance.status != Status.GOING:
        return
    if update_fields is not None and "status" not in update_fields:
        return  # a check-in, say
    registration = instance.registration
    if registration.attendances.holding_places().count() == 1:
        reminders.schedule(registration)


def connect():
    pre_save.connect(remember_facts, sender=EventPage, dispatch_uid="nexus_events_facts")
    page_published.connect(event_published, sender=EventPage, dispatch_uid="nexus_events_publish")
    post_save.connect(place_given, sender=Attendance, dispatch_uid="nexus_events_place_given")
