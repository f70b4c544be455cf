"""Nexus pages make the same number of queries however many people, organisations and
notifications there are."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from extranet.core.services import notify
from extranet.messaging.models import Conversation, Message, Participant
from tests.extranet.factories import ProfileFactory, conversation_between
from tests.members.factories import MemberFactory
from tests.query_counts import queries_for

pytestmark = pytest.mark.django_db


def add_people(nexus, count):
    """People of new organisations and of Seoul, with expertise and priorities, and
    notifications for the Seoul administrator."""
    for number in range(count):
        member = MemberFactory(country="KR" if number % 2 else "NG")
        person = ProfileFactory(member=member, member_admin=True)
        person.expertise.add("mobility", f"topic {number}")
        colleague = ProfileFactory(member=nexus.seoul)
        colleague.expertise.add("mobility")
        notify(nexus.admin.user, "invitation_accepted", name=colleague.name, member="Seoul")


@pytest.mark.parametrize(
    "address",
    [
        reverse("nexus:dashboard"),
        reverse("nexus:people"),
        reverse("nexus:people") + "?q=person&type=local_government&topic=mobility",
        reverse("nexus:organisations"),
        reverse("nexus:organisations") + "?country=KR",
        reverse("nexus:organisation", args=["seoul"]),
        reverse("nexus:manage_organisation"),
        reverse("nexus:notifications"),
        reverse("nexus:messages"),
        reverse("nexus:compose"),
    ],
)
def test_a_nexus_page_makes_as_many_queries_with_many_more_people(as_role, nexus, address):
    client = as_role("admin")
    add_people(nexus, 3)
    baseline = queries_for(client, address)
    add_people(nexus, 30)
    assert len(queries_for(client, address)) == len(baseline)


def test_the_inbox_makes_as_many_queries_with_a_thousand_conversations(as_role, nexus):
    """10 conversations, then 1,000, each with other people in it, some unread."""
    client = as_role("admin")
    others = [ProfileFactory(member=nexus.seoul) for _ in range(3)]
    start_conversations(nexus.admin, others, 10)
    baseline = queries_for(client, reverse("nexus:messages"))
    start_conversations(nexus.admin, others, 990)
    assert len(queries_for(client, reverse("nexus:messages"))) == len(baseline)


def start_conversations(author, others, count):
    conversations = Conversation.objects.bulk_create(
        Conversation(subject=f"Subject {number}", created_by=author.user) for number in range(count)
    )
    Participant.objects.bulk_create(
        Participant(
            conversation=conversation,
            user=profile.user,
            last_read_at=conversation.last_message_at if number % 2 else None,
        )
        for number, conversation in enumerate(conversations)
        for profile in (author, *others)
    )


def test_a_conversation_makes_as_many_queries_with_many_more_messages(
    as_role, nexus, private_media
):
    client = as_role("admin")
    conversation = conversation_between(nexus.admin, nexus.user, nexus.other_admin)
    url = reverse("nexus:conversation", args=[conversation.pk])
    add_messages(conversation, [nexus.admin, nexus.user], 5)
    baseline = queries_for(client, url)
    add_messages(conversation, [nexus.admin, nexus.user, nexus.other_admin], 200)
    assert len(queries_for(client, url)) == len(baseline)


def add_messages(conversation, authors, count):
    messages = Message.objects.bulk_create(
        Message(
            conversation=conversation, author=authors[n % len(authors)].user, body=f"<p>{n}</p>"
        )
        for n in range(count)
    )
    for message in messages:
        message.attachments.create(
            file=ContentFile(b"%PDF-1.7", name="a.pdf"),
            original_name="a.pdf",
            size=8,
            content_type="application/pdf",
        )
