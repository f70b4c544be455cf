"""Reminders a day and an hour before an event, through the task runner: enqueued for their
moment when the event is published (or moved), sent to the people holding a place who keep
reminders on, once each, in their language and time zone, and not lost when the mail server
fails. The queue is the database one of production; its tasks are run here directly."""

import datetime
import socket

import pytest
from django.core import mail
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from extranet.events.models import AttendeeSettings, Reminder
from extranet.events.reminders import schedule, send_event_reminders
from tests.events.factories import EventPageFactory
from tests.extranet.factories import (
    AttendanceFactory,
    ProfileFactory,
    RegistrationFactory,
    event_index,
)

pytestmark = pytest.mark.django_db

TASK = "extranet.events.reminders.send_event_reminders"
# The factories' event: 10 March 2030, 15:00–16:30 in Seoul (06:00 UTC).
START = datetime.datetime(2030, 3, 10, 6, 0, tzinfo=datetime.UTC)
START_KEY = START.isoformat()


@pytest.fixture
def database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def reminder_tasks():
    return {
        (tuple(task.args_kwargs["args"]), task.run_after)
        for task in DBTaskResult.objects.filter(task_path=TASK, status="READY")
    }


def publish(page):
    page.save_revision().publish()


def remind(registration, kind="day", start_key=START_KEY, **kwargs):
    return send_event_reminders.call(registration.pk, kind, start_key, **kwargs)


def test_publishing_an_event_enqueues_its_reminders_for_a_day_and_an_hour_before(
    database_queue, site_tree
):
    registration = RegistrationFactory(online=True)

    publish(registration.event)

    assert reminder_tasks() == {
        ((registration.pk, "day", START_KEY), START - datetime.timedelta(days=1)),
        ((registration.pk, "hour", START_KEY), START - datetime.timedelta(hours=1)),
    }


def test_the_first_place_given_enqueues_them_too(database_queue, site_tree):
    registration = RegistrationFactory()
    AttendanceFactory(registration=registration)
    AttendanceFactory(registration=registration)  # later places need no task of their own

    assert {args for args, _run_after in reminder_tasks()} == {
        (registration.pk, "day", START_KEY),
        (registration.pk, "hour", START_KEY),
    }


def test_no_reminder_for_events_without_a_time_or_already_close(database_queue, site_tree):
    publish(RegistrationFactory(month_only=True).event)
    publish(RegistrationFactory(event=EventPageFactory(parent=event_index(), all_day=True)).event)
    assert reminder_tasks() == set()
    soon = RegistrationFactory()
    assert schedule(soon, now=START - datetime.timedelta(hours=3)) == ["hour"]
    assert schedule(soon, now=START - datetime.timedelta(minutes=30)) == []


def test_a_reminder_goes_once_to_each_person_holding_a_place_who_wants_it(
    database_queue, site_tree
):
    registration = RegistrationFactory(online=True)
    going = AttendanceFactory(
        registration=registration,
        online=True,
        profile=ProfileFactory(name="Going", time_zone="Europe/Paris"),
    )
    opted_out = AttendanceFactory(registration=registration, online=True)
    AttendeeSettings.objects.create(profile=opted_out.profile, reminders=False)
    AttendanceFactory(registration=registration, online=True, waiting=True)
    AttendanceFactory(registration=registration, online=True, maybe=True)

    assert remind(registration) == 1
    assert remind(registration) == 0  # the task ran again: nobody is reminded twice

    [message] = mail.outbox
    assert message.to == [going.profile.user.email]
    assert message.subject == f"Tomorrow: {registration.event.title}"
    assert "is tomorrow." in message.body
    assert "10 March 2030, 15:00–16:30 (Asia/Seoul, UTC+09:00)" in message.body
    assert "Your time: 10 March 2030, 07:00–08:30 (Europe/Paris, UTC+01:00)" in message.body
    assert "Join online: https://meet.example.org/wego-board-42" in message.body
    assert "Passcode: 583 201" in message.body
    assert f"/en/nexus/events/{registration.pk}/" in message.body
    assert "/en/nexus/events/settings/" in message.body
    assert Reminder.objects.get().attendance == going


def test_the_hour_reminder_is_another_and_in_the_person_s_language(database_queue, site_tree):
    registration = RegistrationFactory()
    AttendanceFactory(registration=registration, profile=ProfileFactory(preferred_language="ko"))

    assert remind(registration, "day") == 1
    assert remind(registration, "hour") == 1

    assert len(mail.outbox) == 2
    assert "2030년 3월 10일" in mail.outbox[1].body
    assert "meet.example.org" not in mail.outbox[1].body  # in person only


def test_a_task_for_a_start_that_moved_does_nothing_and_the_new_one_reminds(
    database_queue, site_tree
):
    registration = RegistrationFactory()
    AttendanceFactory(registration=registration)
    page = registration.event
    publish(page)
    page.start_time = datetime.time(17, 0)
    page.end_time = datetime.time(18, 0)
    publish(page)

    later = START + datetime.timedelta(hours=2)
    assert ((registration.pk, "day", later.isoformat()), later - datetime.timedelta(days=1)) in (
        reminder_tasks()
    )
    assert remind(registration, "day", START_KEY) == 0
    assert remind(registration, "day", later.isoformat()) == 1
    assert "10 March 2030, 17:00–18:00" in mail.outbox[0].body


def test_a_cancelled_event_reminds_nobody(database_queue, site_tree):
    registration = RegistrationFactory(cancelled_at=timezone.now())
    AttendanceFactory(registration=registration)
    assert remind(registration) == 0
    assert mail.outbox == []


def unused_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_mail_server_down_keeps_the_reminders_for_the_next_attempt(
    database_queue, site_tree, settings
):
    registration = RegistrationFactory()
    AttendanceFactory(registration=registration)
    DBTaskResult.objects.all().delete()
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", unused_port(), 5

    with pytest.raises(ConnectionRefusedError):
        remind(registration)

    assert not Reminder.objects.exists()
    [retry] = DBTaskResult.objects.filter(task_path=TASK)
    assert retry.args_kwargs == {
        "args": [registration.pk, "day", START_KEY],
        "kwargs": {"attempt": 2},
    }
    assert retry.run_after > timezone.now()

    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert remind(registration, **retry.args_kwargs["kwargs"]) == 1
    assert len(mail.outbox) == 1
    assert Reminder.objects.count() == 1
