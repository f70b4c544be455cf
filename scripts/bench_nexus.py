"""The Nexus part of `make bench` (scripts/bench.py), run with the benchmark's environment:

- `bench_nexus.py data`: a member account with an inbox of NEXUS_MESSAGES messages (in
  conversations of MESSAGES_EACH), a group of NEXUS_POSTS posts and a hybrid event with
  EVENT_ATTENDEES attendees (the account among them), made with bulk_create;
- `bench_nexus.py session`: prints a session key signing that account in, made with the
  SECRET_KEY of the server about to be measured (sessions are signed with it).
"""

# ruff: noqa: E402 (the models are imported once Django is set up)
import datetime
import os
import sys
from importlib import import_module
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wego_site.settings.dev")
django.setup()

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.db import transaction
from django.utils import timezone

from events.models import EventIndexPage, EventPage
from extranet.core.models import Profile, Role
from extranet.events.models import Attendance, Mode, Registration, Status
from extranet.groups.models import Group, Membership, MembershipRole, Post
from extranet.messaging.models import Conversation, Message, Participant
from foundation.event_facts import AttendanceMode
from members.models import Member

EMAIL = "bench-member@example.org"
NEXUS_MESSAGES = 10_000
MESSAGES_EACH = 10
NEXUS_POSTS = 10_000
GROUP_SLUG = "bench-group"
EVENT_ATTENDEES = 1_000
# Fixed, so that scripts/bench.py can name the event's address before the data exists.
EVENT_REGISTRATION_ID = 900_001
BATCH = 2000


def create_data():
    users = get_user_model().objects
    member = Member.objects.canonical().filter(active=True).order_by("pk").first()
    with transaction.atomic():
        reader = users.create_user(username=EMAIL, email=EMAIL)
        EmailAddress.objects.create(user=reader, email=EMAIL, primary=True, verified=True)
        Profile.objects.create(user=reader, member=member, role=Role.MEMBER_USER, name="Reader")
        writer = users.create_user(username="bench-writer", email="bench-writer@example.org")
        Profile.objects.create(user=writer, member=member, role=Role.MEMBER_USER, name="Writer")

        conversations = Conversation.objects.bulk_create(
            Conversation(subject=f"Question {number}", created_by=writer)
            for number in range(NEXUS_MESSAGES // MESSAGES_EACH)
        )
        Participant.objects.bulk_create(
            Participant(conversation=conversation, user=person)
            for conversation in conversations
            for person in (reader, writer)
        )
        Message.objects.bulk_create(
            (
                Message(conversation=conversation, author=writer, body=f"<p>Message {number}</p>")
                for conversation in conversations
                for number in range(MESSAGES_EACH)
            ),
            batch_size=BATCH,
        )

        group = Group.objects.create(name="Bench group", slug=GROUP_SLUG)
        Membership.objects.bulk_create(
            [
                Membership(group=group, user=writer, role=MembershipRole.OWNER),
                Membership(group=group, user=reader),
            ]
        )
        Post.objects.bulk_create(
            (
                Post(group=group, author=writer, body=f"<p>Post {number}</p>")
                for number in range(NEXUS_POSTS)
            ),
            batch_size=BATCH,
        )

        create_event(reader)


def create_event(reader):
    index = EventIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    event = index.add_child(
        instance=EventPage(
            title="Bench hybrid forum",
            slug="bench-hybrid-forum",
            summary="An event with a thousand attendees.",
            starts_on=timezone.localdate() + datetime.timedelta(days=30),
            start_time=datetime.time(10, 0),
            end_time=datetime.time(17, 0),
            attendance_mode=AttendanceMode.HYBRID,
            venue="Seoul Global Center",
            city="Seoul",
        )
    )
    registration = Registration.objects.create(
        pk=EVENT_REGISTRATION_ID,
        event=event,
        in_person_capacity=EVENT_ATTENDEES // 2,
        online_capacity=EVENT_ATTENDEES // 2,
        colleagues_allowed=True,
        join_url="https://meet.example.org/bench",
    )
    Attendance.objects.create(registration=registration, profile=reader.nexus_profile)
    Attendance.objects.bulk_create(
        (
            Attendance(
                registration=registration,
                name=f"Attendee {number}",
                email=f"attendee{number}@example.org",
                status=Status.GOING,
                mode=Mode.ONLINE if number % 2 else Mode.IN_PERSON,
            )
            for number in range(EVENT_ATTENDEES - 1)
        ),
        batch_size=BATCH,
    )


def session_key():
    reader = get_user_model().objects.get(username=EMAIL)
    session = import_module(settings.SESSION_ENGINE).SessionStore()
    session[SESSION_KEY] = str(reader.pk)
    session[BACKEND_SESSION_KEY] = "extranet.core.auth.NexusAuthenticationBackend"
    session[HASH_SESSION_KEY] = reader.get_session_auth_hash()
    session.create()
    return session.session_key


if __name__ == "__main__":
    if sys.argv[1:] == ["data"]:
        create_data()
    elif sys.argv[1:] == ["session"]:
        print(f"{settings.SESSION_COOKIE_NAME}={session_key()}")
    else:
        sys.exit("Usage: bench_nexus.py data|session")
