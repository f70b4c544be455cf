"""Every change to conversations: who may act, the change in a transaction, and the
notifications (through the core's notify, after commit by e-mail). Those who are not taking
part in a conversation (never did, or left) get "not found", whatever they ask."""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import BooleanField, ExpressionWrapper, F, Prefetch, Q
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from extranet.core import search
from extranet.core.attachments import save_attachments
from extranet.core.models import Notification, Profile
from extranet.core.rich_text import plain_text, searchable_text
from extranet.core.services import Refused, notify

from .models import Conversation, Message, MessageAttachment, Participant

HOUR = datetime.timedelta(hours=1)


class RateLimited(Refused):
    """Too many new conversations or recipients this hour."""


# Reading


def participation(user, conversation_id):
    """The person's part in the conversation, or 404: a conversation they do not take part in
    (or left) does not exist for them."""
    try:
        return Participant.objects.select_related("conversation").get(
            conversation_id=conversation_id, user=user, left_at__isnull=True
        )
    except Participant.DoesNotExist:
        raise Http404 from None


def inbox(user, archived=False):
    """The person's conversations, unread ones first, then the latest; with who takes part."""
    return (
        Participant.objects.current()
        .filter(user=user, archived=archived)
        .select_related("conversation")
        .prefetch_related(
            Prefetch(
                "conversation__participants",
                queryset=Participant.objects.current()
                .exclude(user=user)
                .select_related("user__nexus_profile")
                .order_by("pk"),
                to_attr="others",
            )
        )
        .annotate(
            unread=ExpressionWrapper(
                Q(last_read_at__isnull=True)
                | Q(conversation__last_message_at__gt=F("last_read_at")),
                output_field=BooleanField(),
            )
        )
        .order_by("-unread", "-conversation__last_message_at", "-pk")
    )


def unread_count(user):
    """Conversations with something new for the person (muted ones do not count)."""
    return Participant.objects.current().filter(user=user, muted=False).unread().count()


def visible_messages(part):
    """The messages the participant sees, oldest first: from the point they were let in."""
    return (
        Message.objects.filter(
            conversation_id=part.conversation_id, created_at__gte=part.history_from
        )
        .select_related("author__nexus_profile")
        .prefetch_related("attachments")
        .order_by("created_at", "pk")
    )


def page_of_message(messages, message_id, per_page):
    """The number of the page of `messages` (visible_messages) showing that message, or None
    when it is not among them."""
    message = messages.filter(pk=message_id).first() if str(message_id).isdecimal() else None
    if message is None:
        return None
    before = messages.filter(
        Q(created_at__lt=message.created_at) | Q(created_at=message.created_at, pk__lt=message.pk)
    ).count()
    return before // per_page + 1


def current_participants(conversation):
    return (
        Participant.objects.current()
        .filter(conversation=conversation)
        .select_related("user__nexus_profile__member")
        .order_by("pk")
    )


def attachment_for(user, attachment_id):
    """An attachment of a message the person may see, or 404."""
    try:
        attachment = MessageAttachment.objects.select_related("message").get(pk=attachment_id)
    except MessageAttachment.DoesNotExist:
        raise Http404 from None
    part = participation(user, attachment.message.conversation_id)
    message = attachment.message
    if message.hidden_at or message.created_at < part.history_from:
        raise Http404
    return attachment


def personal_data(user):
    """For the person's data download: the messages they wrote (their conversation's subject,
    when, the text without markup) and the names of the files they attached."""
    return [
        {
            "conversation": message.conversation.subject,
            "sent": message.created_at.isoformat(),
            "text": plain_text(message.body),
            "attachments": [
                {"name": file.original_name, "size": file.size}
                for file in message.attachments.all()
            ],
        }
        for message in Message.objects.filter(author=user)
        .select_related("conversation")
        .prefetch_related("attachments")
        .order_by("created_at", "pk")
    ]


# Search


def search_document(message_id):
    """What Nexus search finds of a message: its conversation's subject and its words, for the
    people taking part who see it (let in before it was sent); nothing once it is hidden."""
    message = (
        Message.objects.select_related("conversation")
        .filter(pk=message_id, hidden_at__isnull=True)
        .first()
    )
    if message is None:
        return None
    readers = (
        Participant.objects.current()
        .filter(conversation_id=message.conversation_id, history_from__lte=message.created_at)
        .values_list("user_id", flat=True)
    )
    return {
        "title": message.conversation.subject,
        "body": searchable_text(message.body),
        "url": (
            f"{conversation_url(message.conversation)}?message={message.pk}#message-{message.pk}"
        ),
        "created_at": message.created_at,
        "audiences": [f"person:{user_id}" for user_id in readers],
    }


def searchable_message_ids():
    return Message.objects.filter(hidden_at__isnull=True).values_list("pk", flat=True)


def forget_deleted_message(sender, instance, **kwargs):
    search.reindex_later("message", instance.pk)


def reindex_conversation(conversation_id):
    """Who finds each message of the conversation changed (people came or left, a message
    was hidden or shown again): its documents are brought up to date after commit."""
    search.reindex_many(
        "message",
        Message.objects.filter(conversation_id=conversation_id).values_list("pk", flat=True),
    )


# Recipients and limits


def recipients(sender, people=(), organisations=()):
    """The users that people and whole organisations (all their open accounts) reach, without
    the sender."""
    visible = Profile.objects.visible()
    wanted = Q(pk__in=[person.pk for person in people])
    if organisations:
        wanted |= Q(member__in=list(organisations))
    return list(
        get_user_model()
        .objects.filter(nexus_profile__in=visible.filter(wanted))
        .exclude(pk=sender.pk)
        .select_related("nexus_profile")
        .order_by("pk")
    )


def check_limits(request, new_conversations, new_recipients):
    """Members may start NEXUS_MESSAGING_CONVERSATIONS_PER_HOUR conversations and reach
    NEXUS_MESSAGING_RECIPIENTS_PER_HOUR people an hour; the secretariat has no limit."""
    if request.nexus_profile.is_secretariat:
        return
    since = timezone.now() - HOUR
    started = Conversation.objects.filter(created_by=request.user, created_at__gte=since).count()
    if started + new_conversations > settings.NEXUS_MESSAGING_CONVERSATIONS_PER_HOUR:
        raise RateLimited(
            ngettext(
                "You may start %(count)d conversation an hour. Please wait a while, or reply "
                "in a conversation you already have.",
                "You may start %(count)d conversations an hour. Please wait a while, or reply "
                "in a conversation you already have.",
                settings.NEXUS_MESSAGING_CONVERSATIONS_PER_HOUR,
            )
            % {"count": settings.NEXUS_MESSAGING_CONVERSATIONS_PER_HOUR}
        )
    reached = Participant.objects.filter(added_by=request.user, joined_at__gte=since).count()
    if reached + new_recipients > settings.NEXUS_MESSAGING_RECIPIENTS_PER_HOUR:
        raise RateLimited(
            _(
                "You may write to %(count)d people an hour, and this would be %(total)d. "
                "Please choose fewer people, or wait a while."
            )
            % {
                "count": settings.NEXUS_MESSAGING_RECIPIENTS_PER_HOUR,
                "total": reached + new_recipients,
            }
        )


# Changes


def conversation_url(conversation):
    return reverse("nexus:conversation", args=[conversation.pk])


def notify_new_message(message):
    """Tell those taking part (not the author, not those who muted it) about a new message;
    once: who has not read the last notification of this conversation gets no other."""
    url = conversation_url(message.conversation)
    waiting = Notification.objects.filter(kind="message_received", url=url, read_at__isnull=True)
    for part in (
        Participant.objects.current()
        .filter(conversation_id=message.conversation_id, muted=False, user__is_active=True)
        .exclude(user_id=message.author_id)
        .exclude(user_id__in=waiting.values("recipient_id"))
        .select_related("user__nexus_profile")
    ):
        notify(
            part.user,
            "message_received",
            url=url,
            name=message.author_name,
        )


@transaction.atomic
def start_conversation(request, *, subject, body, people=(), organisations=(), files=()):
    """A new conversation of the signed-in person with the people and organisations chosen,
    its first message and attachments; everyone reached is notified."""
    sender = request.user
    reached = recipients(sender, people, organisations)
    if not reached:
        raise Refused(_("Choose at least one person or organisation to write to."))
    check_limits(request, 1, len(reached))
    now = timezone.now()
    conversation = Conversation.objects.create(
        subject=subject, created_by=sender, created_at=now, last_message_at=now
    )
    Participant.objects.create(
        conversation=conversation,
        user=sender,
        added_by=None,
        joined_at=now,
        history_from=now,
        last_read_at=now,
    )
    Participant.objects.bulk_create(
        Participant(
            conversation=conversation, user=user, added_by=sender, joined_at=now, history_from=now
        )
        for user in reached
    )
    message = Message.objects.create(
        conversation=conversation, author=sender, body=body, created_at=now
    )
    save_attachments(MessageAttachment, files, message=message)
    notify_new_message(message)
    search.reindex_later("message", message.pk)
    return conversation


@transaction.atomic
def reply(request, part, *, body, files=()):
    """A message of the participant in their conversation; those who archived it see it in
    their inbox again."""
    try:  # they may have left in another tab meanwhile
        part = Participant.objects.select_for_update().get(pk=part.pk, left_at__isnull=True)
    except Participant.DoesNotExist:
        raise Http404 from None
    now = timezone.now()
    message = Message.objects.create(
        conversation_id=part.conversation_id, author=request.user, body=body, created_at=now
    )
    save_attachments(MessageAttachment, files, message=message)
    Conversation.objects.filter(pk=part.conversation_id).update(last_message_at=now)
    Participant.objects.current().filter(conversation_id=part.conversation_id).exclude(
        pk=part.pk
    ).update(archived=False)
    Participant.objects.filter(pk=part.pk).update(last_read_at=now, archived=False)
    notify_new_message(message)
    search.reindex_later("message", message.pk)
    return message


def mark_read(part):
    """Read up to now; the notifications of the conversation are read too."""
    now = timezone.now()
    Participant.objects.filter(pk=part.pk).update(last_read_at=now)
    Notification.objects.filter(
        recipient_id=part.user_id, url=conversation_url(part.conversation), read_at__isnull=True
    ).update(read_at=now)


def mark_unread(part):
    """Unread again: as if the last message had just come."""
    last = part.conversation.last_message_at
    Participant.objects.filter(pk=part.pk).update(
        last_read_at=last - datetime.timedelta(microseconds=1)
    )


def set_muted(part, muted):
    """Muted: no notifications, and not counted in the menu's unread count."""
    Participant.objects.filter(pk=part.pk).update(muted=muted)


def set_archived(part, archived):
    """Archived: out of the inbox until someone writes again."""
    Participant.objects.filter(pk=part.pk).update(archived=archived)


def leave(part):
    """The participant leaves: they see the conversation no more, nor its new messages."""
    Participant.objects.filter(pk=part.pk).update(left_at=timezone.now())
    reindex_conversation(part.conversation_id)


@transaction.atomic
def add_participants(request, part, *, people=(), organisations=(), with_history=False):
    """Bring more people into the conversation; they see the earlier messages only when the
    adder chooses so. Someone who had left comes back. Returns the users added."""
    conversation = part.conversation
    already = set(
        Participant.objects.current()
        .filter(conversation=conversation)
        .values_list("user_id", flat=True)
    )
    added = [
        user for user in recipients(request.user, people, organisations) if user.pk not in already
    ]
    if not added:
        raise Refused(_("Everyone you chose already takes part in this conversation."))
    check_limits(request, 0, len(added))
    now = timezone.now()
    history_from = conversation.created_at if with_history else now
    for user in added:
        Participant.objects.update_or_create(
            conversation=conversation,
            user=user,
            defaults={
                "added_by": request.user,
                "joined_at": now,
                "history_from": history_from,
                "last_read_at": None if with_history else now,
                "left_at": None,
                "archived": False,
                "muted": False,
            },
        )
        notify(
            user,
            "conversation_joined",
            url=conversation_url(conversation),
            name=request.nexus_profile.display_name,
        )
    reindex_conversation(conversation.pk)
    return added
