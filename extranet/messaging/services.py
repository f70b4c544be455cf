"""Every change to conversations: who may act, the change in a transaction, and the
notifications (through the core's notify, after commit by e-mail). Those who are not taking
part in a conversation (never did, or left) get "not found", whatever they ask."""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import (
    BooleanField,
    Count,
    Exists,
    ExpressionWrapper,
    F,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
)
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.log_actions import log

from extranet.core import search
from extranet.core.attachments import save_attachments
from extranet.core.mentions import mentioned
from extranet.core.models import Notification, Profile
from extranet.core.registry import Activity
from extranet.core.rich_text import excerpt, plain_text, searchable_text
from extranet.core.services import Refused, notify, notify_secretariat
from members.models import MemberRole

from .models import (
    Block,
    Broadcast,
    BroadcastDelivery,
    Conversation,
    Message,
    MessageAttachment,
    MessageReport,
    Participant,
    PersonalList,
    ReportStatus,
    SecretariatList,
)

# Audit log actions (registered in wagtail_hooks.py), shown in the reports' history.
BLOCK_ACTION = "nexus_messaging.block"
UNBLOCK_ACTION = "nexus_messaging.unblock"
HIDE_ACTION = "nexus_messaging.hide_message"
UNHIDE_ACTION = "nexus_messaging.unhide_message"
DISMISS_ACTION = "nexus_messaging.dismiss_report"

HOUR = datetime.timedelta(hours=1)
# Characters of a message shown in the dashboard's activity stream.
EXCERPT_LENGTH = 120


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
    """The messages the participant sees, oldest first: from the point they were let in; each
    says whether the participant reported it (and the secretariat has not decided yet)."""
    reported = MessageReport.objects.filter(
        message=OuterRef("pk"), reporter_id=part.user_id, status=ReportStatus.OPEN
    )
    return (
        Message.objects.filter(
            conversation_id=part.conversation_id, created_at__gte=part.history_from
        )
        .annotate(reported_by_me=Exists(reported))
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


def activity(user, since, limit):
    """For the dashboard's activity stream: in each conversation the person takes part in (not
    left, not archived), the latest message someone else wrote that they may see (from their
    `history_from` on, hidden ones never); conversations with something unread are marked.
    Two queries, however many conversations and messages there are."""
    by_others = (
        Message.objects.filter(
            conversation_id=OuterRef("conversation_id"),
            created_at__gte=OuterRef("history_from"),
            hidden_at__isnull=True,
        )
        .exclude(author=user)
        .order_by("-created_at", "-pk")
    )
    parts = list(
        Participant.objects.current()
        .filter(user=user, archived=False)
        .select_related("conversation")
        .annotate(
            latest_id=Subquery(by_others.values("pk")[:1]),
            latest_at=Subquery(by_others.values("created_at")[:1]),
        )
        .filter(latest_id__isnull=False)
        .order_by("-latest_at", "-pk")[:limit]
    )
    messages = Message.objects.select_related("author__nexus_profile").in_bulk(
        [part.latest_id for part in parts]
    )
    items = []
    for part in parts:
        message = messages[part.latest_id]
        items.append(
            Activity(
                when=message.created_at,
                actor=getattr(message.author, "nexus_profile", None),
                actor_name=message.author_name,
                summary=_("%(name)s wrote: “%(text)s”")
                % {
                    "name": message.author_name,
                    "text": excerpt(message.body, EXCERPT_LENGTH),
                },
                title=part.conversation.subject,
                url=conversation_url(part.conversation) + "#latest",
                unread=part.is_unread,
            )
        )
    return items


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


def blocking_the(sender):
    """The ids of those who blocked the sender (a user or a user's id)."""
    return Block.objects.filter(blocked=sender).values("blocker_id")


def refuse_those_blocking(sender, people):
    """Refuse the people chosen by name who blocked the sender. They are named (the sender
    chose them), nothing more is said; whole organisations and lists just skip them."""
    blocking_ids = set(
        Block.objects.filter(
            blocked=sender, blocker_id__in=[person.user_id for person in people]
        ).values_list("blocker_id", flat=True)
    )
    blocking = [person.display_name for person in people if person.user_id in blocking_ids]
    if blocking:
        raise Refused(
            ngettext(
                "%(names)s cannot receive your messages. Remove them from the people you "
                "chose, then send again.",
                "%(names)s cannot receive your messages. Remove them from the people you "
                "chose, then send again.",
                len(blocking),
            )
            % {"names": ", ".join(blocking)}
        )


def recipients(sender, people=(), organisations=(), lists=()):
    """The users that people, whole organisations (all their open accounts) and recipient lists
    reach, each once, without the sender and those who blocked the sender."""
    visible = Profile.objects.visible()
    wanted = Q(pk__in=[person.pk for person in people])
    if organisations:
        wanted |= Q(member__in=list(organisations))
    for recipient_list in lists:
        wanted |= list_reach(recipient_list)
    return list(
        get_user_model()
        .objects.filter(nexus_profile__in=visible.filter(wanted))
        .exclude(pk=sender.pk)
        .exclude(pk__in=blocking_the(sender))
        .select_related("nexus_profile__member")
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
    """Tell those taking part (not the author, not those who muted it or blocked its author)
    about a new message; once: who has not read the last notification of this conversation
    gets no other. Those it mentions are told so, muted or not."""
    url = conversation_url(message.conversation)
    told = notify_mentioned(message, url)
    waiting = Notification.objects.filter(kind="message_received", url=url, read_at__isnull=True)
    for part in (
        Participant.objects.current()
        .filter(conversation_id=message.conversation_id, muted=False, user__is_active=True)
        .exclude(user_id=message.author_id)
        .exclude(user_id__in=waiting.values("recipient_id"))
        .exclude(user_id__in=told)
        .exclude(user_id__in=blocking_the(message.author_id))
        .select_related("user__nexus_profile")
    ):
        notify(
            part.user,
            "message_received",
            url=url,
            name=message.author_name,
        )


def mentionable(conversation):
    """The profiles that may be mentioned in the conversation: those taking part now."""
    return [
        part.user.nexus_profile
        for part in current_participants(conversation)
        if hasattr(part.user, "nexus_profile")
    ]


def notify_mentioned(message, url):
    """Tell the participants the message mentions (not its author, nor those who blocked
    them); the ids of those told."""
    blocking = set(blocking_the(message.author).values_list("blocker_id", flat=True))
    told = []
    for profile in mentioned(message.body, mentionable(message.conversation)):
        if profile.user_id in (message.author_id, *blocking) or not profile.user.is_active:
            continue
        notify(profile.user, "mentioned", url=url, name=message.author_name)
        told.append(profile.user_id)
    return told


@transaction.atomic
def start_conversation(request, *, subject, body, people=(), organisations=(), lists=(), files=()):
    """A new conversation of the signed-in person with the people, organisations and lists
    chosen, its first message and attachments; everyone reached is notified."""
    sender = request.user
    check_lists_usable(request, lists)
    refuse_those_blocking(sender, people)
    reached = recipients(sender, people, organisations, lists)
    if not reached and (people or organisations or lists):
        raise Refused(_("Nobody you chose can receive your messages."))
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
    refuse_those_blocking(request.user, people)
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


# Recipient lists


def list_reach(recipient_list):
    """Which profiles a list names: a personal list its people and organisations; a
    secretariat list those who fit every criterion it has, from today's data."""
    if isinstance(recipient_list, PersonalList):
        return Q(pk__in=recipient_list.people.values("pk")) | Q(
            member__in=recipient_list.organisations.values("pk")
        )
    wanted = Q(pk__isnull=False)  # no criterion: every account
    if recipient_list.member_types:
        wanted &= Q(member__member_type__in=recipient_list.member_types)
    if recipient_list.regions:
        wanted &= Q(member__region__in=recipient_list.regions)
    if recipient_list.governance_roles:
        holders = MemberRole.objects.current().filter(kind__in=recipient_list.governance_roles)
        wanted &= Q(member__in=holders.values("member"))
    if recipient_list.account_roles:
        wanted &= Q(role__in=recipient_list.account_roles)
    return wanted


def reached_profiles(recipient_list, sender=None):
    """Who a list reaches today (but the sender), by name, with their organisation."""
    reached = Profile.objects.visible().filter(list_reach(recipient_list))
    if sender is not None:
        reached = reached.exclude(user=sender)
    return reached.select_related("member").order_by("name", "pk")


def personal_lists(user):
    return PersonalList.objects.filter(owner=user)


def personal_lists_data(user):
    """For the person's data download: their lists, with whom each names."""
    return [
        {
            "name": item.name,
            "people": [person.display_name for person in item.people.all()],
            "organisations": [member.name for member in item.organisations.all()],
        }
        for item in personal_lists(user).prefetch_related("people", "organisations")
    ]


def personal_list(user, list_id):
    """The person's own list, or 404: someone else's list does not exist for them."""
    try:
        return personal_lists(user).get(pk=list_id)
    except PersonalList.DoesNotExist:
        raise Http404 from None


def secretariat_lists(profile):
    """The secretariat's lists the person may write to: all of them for the secretariat."""
    lists = SecretariatList.objects.all()
    return lists if profile.is_secretariat else lists.filter(secretariat_only=False)


def secretariat_list(profile, list_id):
    try:
        return secretariat_lists(profile).get(pk=list_id)
    except SecretariatList.DoesNotExist:
        raise Http404 from None


def check_lists_usable(request, lists):
    """Lists chosen in a form the person may use: their own, or the secretariat's open ones."""
    usable = set(personal_lists(request.user)) | set(secretariat_lists(request.nexus_profile))
    if any(recipient_list not in usable for recipient_list in lists):
        raise Refused(_("One of the lists you chose is not yours to use."))


@transaction.atomic
def save_personal_list(request, personal_list, *, name, people, organisations):
    """Create (`personal_list` None) or change the person's list; names differ per owner."""
    owner = request.user
    taken = personal_lists(owner).filter(name__iexact=name)
    if personal_list is not None:
        taken = taken.exclude(pk=personal_list.pk)
    if taken.exists():
        raise Refused(
            _("You already have a list called “%(name)s”. Please choose another name.")
            % {"name": name}
        )
    if personal_list is None:
        personal_list = PersonalList(owner=owner)
    personal_list.name = name
    personal_list.save()
    personal_list.people.set(people)
    personal_list.organisations.set(organisations)
    return personal_list


def delete_personal_list(personal_list):
    """The list goes; the conversations written to it stay."""
    personal_list.delete()


# Broadcasts


@transaction.atomic
def send_broadcast(request, *, subject, body, lists=(), people=()):
    """The secretariat's message to everyone the lists reach, or to the people (profiles)
    another capability chose, e.g. an event's attendees: each account gets a
    conversation of its own with the sender, so that nobody sees who else received it and
    replies reach the secretariat only. Created in bulk: lists reach hundreds. The sender's
    copies wait archived (the Broadcasts page follows them) until a recipient replies."""
    profile = getattr(request, "nexus_profile", None)
    if profile is None or not profile.is_secretariat:
        raise Refused(_("Only the secretariat sends broadcasts."))
    sender = request.user
    reached = recipients(sender, people=people, lists=lists)
    if not reached:
        if lists:
            raise Refused(_("These lists reach nobody today."))
        raise Refused(_("Nobody chosen has a Nexus account to write to."))
    now = timezone.now()
    broadcast = Broadcast.objects.create(subject=subject, sent_by=sender, sent_at=now)
    broadcast.lists.set(lists)
    conversations = Conversation.objects.bulk_create(
        Conversation(subject=subject, created_by=sender, created_at=now, last_message_at=now)
        for _user in reached
    )
    Participant.objects.bulk_create(
        Participant(
            conversation=conversation,
            user=sender,
            joined_at=now,
            history_from=now,
            last_read_at=now,
            archived=True,
        )
        for conversation in conversations
    )
    parts = Participant.objects.bulk_create(
        Participant(
            conversation=conversation, user=user, added_by=sender, joined_at=now, history_from=now
        )
        for conversation, user in zip(conversations, reached, strict=True)
    )
    sent = Message.objects.bulk_create(
        Message(conversation=conversation, author=sender, body=body, created_at=now)
        for conversation in conversations
    )
    search.reindex_many("message", [message.pk for message in sent])
    BroadcastDelivery.objects.bulk_create(
        BroadcastDelivery(broadcast=broadcast, participant=part) for part in parts
    )
    name = request.nexus_profile.display_name
    for conversation, user in zip(conversations, reached, strict=True):
        notify(user, "message_received", url=conversation_url(conversation), name=name)
    return broadcast


def broadcasts():
    """Every broadcast, the latest first, with how many accounts it reached and how many of
    them have read it (opened their conversation since)."""
    return (
        Broadcast.objects.select_related("sent_by__nexus_profile")
        .prefetch_related("lists")
        .annotate(
            delivered=Count("deliveries"),
            read=Count(
                "deliveries",
                filter=Q(deliveries__participant__last_read_at__gte=F("sent_at")),
            ),
        )
        .order_by("-sent_at", "-pk")
    )


# Blocking


def blocked_people(user):
    """Those the person blocked, by name."""
    return (
        Block.objects.filter(blocker=user)
        .select_related("blocked__nexus_profile")
        .order_by("blocked__nexus_profile__name", "pk")
    )


@transaction.atomic
def block(request, profile):
    """The signed-in person blocks someone: that person can no longer start a conversation
    with them or add them to one, and their messages are not notified. The secretariat cannot
    be blocked: members must hear from it. Returns whether the block is new."""
    if profile.user_id == request.user.pk:
        raise Refused(_("You cannot block yourself."))
    if profile.is_secretariat:
        raise Refused(
            _(
                "Secretariat accounts cannot be blocked: every member must be able to hear from "
                "the secretariat. You can mute a conversation instead."
            )
        )
    blocked, created = Block.objects.get_or_create(blocker=request.user, blocked=profile.user)
    if created:
        log(blocked, BLOCK_ACTION, user=request.user, data={"blocked": profile.pk})
    return created


@transaction.atomic
def unblock(request, profile_id):
    """The person hears again from someone they blocked (by their profile's id); the block
    lifted, or None."""
    blocked = (
        Block.objects.filter(blocker=request.user, blocked__nexus_profile=profile_id)
        .select_related("blocked__nexus_profile")
        .first()
    )
    if blocked is None:
        return None
    log(blocked, UNBLOCK_ACTION, user=request.user, data={"blocked": profile_id})
    blocked.delete()
    return blocked


# Reports and moderation


def message_for_report(user, message_id):
    """A message of someone else that the person sees in a conversation they take part in, or
    404."""
    message = (
        Message.objects.select_related("conversation", "author__nexus_profile")
        .filter(pk=message_id)
        .first()
    )
    if message is None:
        raise Http404
    part = participation(user, message.conversation_id)
    if message.created_at < part.history_from or message.hidden_at:
        raise Http404
    return message


def has_open_report(user, message):
    return MessageReport.objects.filter(
        message=message, reporter=user, status=ReportStatus.OPEN
    ).exists()


def report_message(request, message, *, reason, note=""):
    """The participant reports a message to the secretariat, which is told (without the
    message: a notification's text is an e-mail's subject line). One open report per person
    and message."""
    if message.author_id == request.user.pk:
        raise Refused(_("You cannot report your own message."))
    try:
        with transaction.atomic():
            report = MessageReport.objects.create(
                message=message, reporter=request.user, reason=reason, note=note
            )
    except IntegrityError:
        raise Refused(
            _("You have reported this message already; the secretariat will look at it.")
        ) from None
    notify_secretariat(
        "message_reported",
        url=reverse("nexus_message_reports:inspect", args=[report.pk]),
        reason=report.get_reason_display(),
    )
    return report


def require_moderator(user):
    if not user.has_perm("nexus_messaging.change_messagereport"):
        raise PermissionDenied


def decide(reports, status, user):
    """The reports get the secretariat's decision, which the audit log keeps (their history
    in the admin)."""
    action = {
        ReportStatus.HIDDEN: HIDE_ACTION,
        ReportStatus.RESTORED: UNHIDE_ACTION,
        ReportStatus.DISMISSED: DISMISS_ACTION,
    }[status]
    MessageReport.objects.filter(pk__in=[report.pk for report in reports]).update(
        status=status, decided_at=timezone.now(), decided_by=user
    )
    for report in reports:
        log(report, action, user=user, data={"message": report.message_id})


def with_report(reports, report):
    """The reports, and the one the secretariat acted from (whatever its status)."""
    return [*reports, report] if report and report not in reports else reports


@transaction.atomic
def hide_message(user, message, report=None):
    """The secretariat hides a message: its participants see that it was hidden, and its
    attachments are no longer served, nor is it found. Its open reports (and the one acted
    from) are decided."""
    require_moderator(user)
    now = timezone.now()
    Message.objects.filter(pk=message.pk).update(hidden_at=now, hidden_by=user)
    message.hidden_at, message.hidden_by = now, user
    open_reports = list(message.reports.filter(status=ReportStatus.OPEN))
    decide(with_report(open_reports, report), ReportStatus.HIDDEN, user)
    search.reindex_later("message", message.pk)
    return message


@transaction.atomic
def unhide_message(user, message, report=None):
    """The secretariat shows a hidden message again (its participants find it again); the
    reports that hid it say so."""
    require_moderator(user)
    Message.objects.filter(pk=message.pk).update(hidden_at=None, hidden_by=None)
    message.hidden_at = message.hidden_by = None
    hiding = list(message.reports.filter(status=ReportStatus.HIDDEN))
    decide(with_report(hiding, report), ReportStatus.RESTORED, user)
    search.reindex_later("message", message.pk)
    return message


@transaction.atomic
def dismiss_report(user, report):
    """The secretariat finds nothing to do about the report; the message stays as it is."""
    require_moderator(user)
    decide([report], ReportStatus.DISMISSED, user)
