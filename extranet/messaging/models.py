"""Conversations between Nexus accounts: who takes part (and from when they see the messages),
the messages and their attachments; recipient lists and the secretariat's broadcasts."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from extranet.core.attachments import AttachmentBase

SUBJECT_MAX_LENGTH = 200


class Conversation(models.Model):
    subject = models.CharField(_("subject"), max_length=SUBJECT_MAX_LENGTH)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("started by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("started"), default=timezone.now)
    last_message_at = models.DateTimeField(_("last message"), default=timezone.now)

    class Meta:
        verbose_name = _("conversation")
        ordering = ["-last_message_at"]

    def __str__(self):
        return self.subject


class ParticipantQuerySet(models.QuerySet):
    def current(self):
        """Those who take part now (not left), with an account that may use Nexus."""
        return self.filter(left_at__isnull=True)

    def unread(self):
        return self.filter(
            models.Q(last_read_at__isnull=True)
            | models.Q(conversation__last_message_at__gt=models.F("last_read_at"))
        )


class Participant(models.Model):
    """A person in a conversation. They see its messages from `history_from` on; once they
    left, they see none."""

    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="participants"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="nexus_participations"
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    joined_at = models.DateTimeField(_("joined"), default=timezone.now)
    history_from = models.DateTimeField(_("sees messages from"), default=timezone.now)
    last_read_at = models.DateTimeField(_("last read"), null=True, blank=True)
    muted = models.BooleanField(_("muted"), default=False)
    archived = models.BooleanField(_("archived"), default=False)
    left_at = models.DateTimeField(_("left"), null=True, blank=True)

    objects = ParticipantQuerySet.as_manager()

    class Meta:
        verbose_name = _("participant")
        constraints = [
            models.UniqueConstraint(fields=["conversation", "user"], name="one_participation")
        ]
        indexes = [models.Index(fields=["user", "left_at", "archived"])]

    def __str__(self):
        return f"{self.user} in {self.conversation}"

    @property
    def is_unread(self):
        return self.last_read_at is None or self.conversation.last_message_at > self.last_read_at


class Message(models.Model):
    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="messages"
    )
    # Accounts are closed, not deleted; should one be deleted, its messages stay unsigned.
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = models.TextField(_("message"))
    created_at = models.DateTimeField(_("sent"), default=timezone.now)
    hidden_at = models.DateTimeField(_("hidden"), null=True, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("message")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["conversation", "created_at"])]

    def __str__(self):
        return f"{self.conversation}: {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def author_name(self):
        """The author's name, or "Former member" once their account is closed or gone."""
        profile = getattr(self.author, "nexus_profile", None) if self.author else None
        return profile.display_name if profile else str(_("Former member"))


class MessageAttachment(AttachmentBase):
    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="attachments")

    class Meta(AttachmentBase.Meta):
        verbose_name = _("attachment")


# Recipient lists and broadcasts

LIST_NAME_MAX_LENGTH = 100


class PersonalList(models.Model):
    """People and whole organisations a member saved under a name, to write to them at once.
    Only its owner sees it."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="nexus_personal_lists"
    )
    name = models.CharField(_("name"), max_length=LIST_NAME_MAX_LENGTH)
    people = models.ManyToManyField(
        "extranet.Profile", verbose_name=_("people"), blank=True, related_name="+"
    )
    organisations = models.ManyToManyField(
        "members.Member", verbose_name=_("whole organisations"), blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("personal list")
        ordering = ["name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "name"], name="one_list_name_per_owner")
        ]

    def __str__(self):
        return self.name


class SecretariatList(models.Model):
    """A list the secretariat keeps: a rule over the members' data (types, regions, current
    governance roles, Nexus account roles), worked out each time it is used, so that it always
    reaches who fits it today. An empty criterion does not narrow the list."""

    name = models.CharField(_("name"), max_length=LIST_NAME_MAX_LENGTH, unique=True)
    description = models.CharField(_("description"), max_length=300, blank=True)
    member_types = models.JSONField(_("member types"), default=list, blank=True)
    regions = models.JSONField(_("regions"), default=list, blank=True)
    governance_roles = models.JSONField(_("current governance roles"), default=list, blank=True)
    account_roles = models.JSONField(_("Nexus account roles"), default=list, blank=True)
    secretariat_only = models.BooleanField(
        _("for the secretariat's own use"),
        default=False,
        help_text=_("Members do not see this list and cannot write to it."),
    )

    class Meta:
        verbose_name = _("secretariat list")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Broadcast(models.Model):
    """One message the secretariat sent to lists: each account reached got a conversation of
    its own with the sender."""

    subject = models.CharField(_("subject"), max_length=SUBJECT_MAX_LENGTH)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sent_at = models.DateTimeField(_("sent"), default=timezone.now)
    lists = models.ManyToManyField(SecretariatList, verbose_name=_("lists"), related_name="+")

    class Meta:
        verbose_name = _("broadcast")
        ordering = ["-sent_at", "-pk"]

    def __str__(self):
        return self.subject


class BroadcastDelivery(models.Model):
    """The recipient's part in the conversation a broadcast started for them."""

    broadcast = models.ForeignKey(Broadcast, on_delete=models.CASCADE, related_name="deliveries")
    participant = models.OneToOneField(Participant, on_delete=models.CASCADE, related_name="+")

    class Meta:
        verbose_name = _("broadcast delivery")


class Block(models.Model):
    """The blocker no longer hears from the blocked person: no new conversation with them, no
    notification of their messages. The secretariat cannot be blocked."""

    blocker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="nexus_blocks"
    )
    blocked = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("blocked person"),
        on_delete=models.CASCADE,
        related_name="nexus_blocked_by",
    )
    created_at = models.DateTimeField(_("blocked"), default=timezone.now)

    class Meta:
        verbose_name = _("blocked person")
        constraints = [models.UniqueConstraint(fields=["blocker", "blocked"], name="one_block")]

    def __str__(self):
        return f"{self.blocker} blocks {self.blocked}"


class ReportReason(models.TextChoices):
    SPAM = "spam", _("Spam")
    HARASSMENT = "harassment", _("Harassment")
    INAPPROPRIATE = "inappropriate", _("Inappropriate content")
    OTHER = "other", _("Something else")


class ReportStatus(models.TextChoices):
    OPEN = "open", _("Waiting for the secretariat")
    HIDDEN = "hidden", _("Message hidden")
    RESTORED = "restored", _("Message shown again")
    DISMISSED = "dismissed", _("Dismissed")


class MessageReport(models.Model):
    """A participant tells the secretariat about a message; the secretariat hides the message
    or dismisses the report (Nexus → Reported messages in the admin)."""

    message = models.ForeignKey(
        Message, verbose_name=_("message"), on_delete=models.CASCADE, related_name="reports"
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reported by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.CharField(_("reason"), max_length=20, choices=ReportReason.choices)
    note = models.TextField(_("note"), blank=True, max_length=1000)
    status = models.CharField(
        _("status"), max_length=20, choices=ReportStatus.choices, default=ReportStatus.OPEN
    )
    created_at = models.DateTimeField(_("reported"), default=timezone.now)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("reported message")
        verbose_name_plural = _("reported messages")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["message", "reporter"],
                condition=models.Q(status="open"),
                name="one_open_report_per_reporter",
            )
        ]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        return str(_("Report of %(message)s") % {"message": self.message})
