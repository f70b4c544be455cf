"""Conversations between Nexus accounts: who takes part (and from when they see the messages),
the messages and their attachments."""

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
