"""Registration for events: who may answer (the audience), how many places there are, what
attendees are asked, and each person's answer, place or position on the waiting list.

An event is an events.EventPage of the public site's page tree, in all its translations; its
registration belongs to the page of the default language and serves every translation. Every
change goes through services.py, which keeps the places within the capacity."""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from foundation.page_cache import shown_on_public_pages


class Audience(models.TextChoices):
    PUBLIC = "public", _("Public: anyone can see the event")
    MEMBERS = "members", _("All members of the association")
    GROUP = "group", _("The members of one group")


class Mode(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")


class Status(models.TextChoices):
    GOING = "going", _("Going")
    WAITING = "waiting", _("On the waiting list")
    MAYBE = "maybe", _("Maybe")
    NOT_GOING = "not_going", _("Not going")
    # A registration from the public whose e-mail address is not confirmed yet: holds no place.
    UNCONFIRMED = "unconfirmed", _("E-mail address not confirmed")


# Answers a person can give; "going" becomes a place or a position on the waiting list.
ANSWERS = (Status.GOING, Status.MAYBE, Status.NOT_GOING)


class QuestionKind(models.TextChoices):
    TEXT = "text", _("Free text")
    CHOICE = "choice", _("One of a list")


@shown_on_public_pages
class Registration(ClusterableModel):
    """How people register for one event (and its translations)."""

    event = models.OneToOneField(
        "events.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="registration",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
    )
    audience = models.CharField(
        _("who may see and answer"),
        max_length=10,
        choices=Audience.choices,
        default=Audience.MEMBERS,
        help_text=_(
            "Events for members or for a group are taken off the public site: only Nexus "
            "shows them, to those invited."
        ),
    )
    group = models.ForeignKey(
        "nexus_groups.Group",
        verbose_name=_("group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_registrations",
        help_text=_("For events of one group only."),
    )
    is_open = models.BooleanField(
        _("registration open"), default=True, help_text=_("Untick to stop taking answers.")
    )
    deadline = models.DateTimeField(
        _("answers until"),
        null=True,
        blank=True,
        help_text=_("After this moment answers can no longer be given or changed."),
    )
    in_person_capacity = models.PositiveIntegerField(
        _("places in person"),
        null=True,
        blank=True,
        help_text=_("Empty for no limit. A full event offers its waiting list."),
    )
    online_capacity = models.PositiveIntegerField(
        _("places online"), null=True, blank=True, help_text=_("Empty for no limit.")
    )
    colleagues_allowed = models.BooleanField(
        _("colleagues may be added"),
        default=False,
        help_text=_("Members may register colleagues of their own organisation."),
    )
    public_registration = models.BooleanField(
        _("the public may register"),
        default=False,
        help_text=_(
            "For public events: visitors without an account register with their name and "
            "e-mail address, which they confirm."
        ),
    )
    join_url = models.URLField(
        _("joining link"),
        blank=True,
        help_text=_("Shown only to people who have a place, in Nexus and in their calendar."),
    )
    join_passcode = models.CharField(_("passcode"), max_length=100, blank=True)
    join_instructions = models.TextField(
        _("joining instructions"),
        blank=True,
        max_length=2000,
        help_text=_("E.g. the meeting ID, or the room's door code. Private like the link."),
    )
    # Bumped on every change attendees are told about: the SEQUENCE of their calendar files.
    sequence = models.PositiveIntegerField(default=0, editable=False)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("event registration")
        ordering = ["-event__starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(audience="group") | Q(group__isnull=False),
                name="group_audience_names_a_group",
                violation_error_message=_("Choose the group the event is for."),
            ),
        ]

    def __str__(self):
        return self.event.title

    def clean(self):
        errors = {}
        if self.audience == Audience.GROUP and not self.group_id:
            errors["group"] = _("Choose the group the event is for.")
        if self.audience != Audience.GROUP and self.group_id:
            errors["group"] = _("A group is chosen only for events of one group.")
        if self.public_registration and self.audience != Audience.PUBLIC:
            errors["public_registration"] = _(
                "Only public events take registrations from the public."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def is_public(self):
        return self.audience == Audience.PUBLIC

    def audience_text(self):
        """Who the event is for, the group named."""
        if self.audience == Audience.GROUP and self.group is not None:
            return gettext("For the members of %(group)s") % {"group": self.group.name}
        return self.get_audience_display()

    def capacity_of(self, mode):
        return self.in_person_capacity if mode == Mode.IN_PERSON else self.online_capacity

    def modes(self):
        """The ways of attending this event offers, from its format."""
        event = self.event
        modes = []
        if event.has_physical_venue:
            modes.append(Mode.IN_PERSON)
        if event.has_online_access:
            modes.append(Mode.ONLINE)
        return modes


class Question(Orderable):
    """Something each attendee is asked when they answer "going", e.g. dietary needs."""

    registration = ParentalKey(Registration, on_delete=models.CASCADE, related_name="questions")
    label = models.CharField(_("question"), max_length=200)
    help_text = models.CharField(_("help text"), max_length=300, blank=True)
    kind = models.CharField(
        _("kind of answer"), max_length=10, choices=QuestionKind.choices, default=QuestionKind.TEXT
    )
    choices = models.TextField(
        _("choices"), blank=True, help_text=_("For “one of a list”: one choice per line.")
    )
    required = models.BooleanField(_("required"), default=False)

    class Meta(Orderable.Meta):
        verbose_name = _("question to attendees")

    def __str__(self):
        return self.label

    def choice_list(self):
        return [line.strip() for line in self.choices.splitlines() if line.strip()]

    def clean(self):
        if self.kind == QuestionKind.CHOICE and len(self.choice_list()) < 2:
            raise ValidationError({"choices": _("Give at least two choices, one per line.")})


class AttendanceQuerySet(models.QuerySet):
    def holding_places(self):
        return self.filter(status=Status.GOING)

    def waiting(self):
        return self.filter(status=Status.WAITING).order_by("waiting_since", "pk")


class Attendance(models.Model):
    """One person's answer to an event: a Nexus account's, or a registration from the public
    (name and e-mail address, no account)."""

    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="attendances"
    )
    profile = models.ForeignKey(
        "extranet.Profile",
        verbose_name=_("member"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="event_attendances",
    )
    # Registrations from the public (and what the list shows for everyone).
    name = models.CharField(_("name"), max_length=120, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    status = models.CharField(_("answer"), max_length=12, choices=Status.choices)
    mode = models.CharField(
        _("attends"), max_length=10, choices=Mode.choices, default=Mode.IN_PERSON
    )
    # Arrival on the waiting list: the first waiting gets the next free place.
    waiting_since = models.DateTimeField(_("waiting since"), null=True, blank=True)
    answers = models.JSONField(_("answers to the questions"), default=dict, blank=True)
    added_by = models.ForeignKey(
        "extranet.Profile",
        verbose_name=_("added by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A colleague or the secretariat, when not the person themselves."),
    )
    # Registrations from the public confirm their address through a link with this token.
    confirmation_token = models.CharField(max_length=64, blank=True, editable=False)
    # The language a registration from the public was made in: its mails are in it.
    language = models.CharField(max_length=10, blank=True, editable=False)
    checked_in_at = models.DateTimeField(_("checked in"), null=True, blank=True)
    created_at = models.DateTimeField(_("answered"), auto_now_add=True)
    updated_at = models.DateTimeField(_("changed"), auto_now=True)

    objects = AttendanceQuerySet.as_manager()

    class Meta:
        verbose_name = _("attendee")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "profile"],
                condition=Q(profile__isnull=False),
                name="one_answer_per_member",
            ),
            models.UniqueConstraint(
                fields=["registration", "email"],
                condition=Q(profile__isnull=True),
                name="one_public_registration_per_address",
            ),
        ]
        indexes = [models.Index(fields=["registration", "status", "mode"])]

    def __str__(self):
        return f"{self.display_name}: {self.get_status_display()}"

    @property
    def display_name(self):
        return self.profile.display_name if self.profile_id else self.name

    @property
    def has_place(self):
        return self.status == Status.GOING


def new_calendar_token():
    return secrets.token_urlsafe(32)


class AttendeeSettings(models.Model):
    """A person's choices about events: reminders, and the secret address of their calendar
    feed (a new one makes the old address stop working)."""

    profile = models.OneToOneField(
        "extranet.Profile", on_delete=models.CASCADE, related_name="event_settings"
    )
    reminders = models.BooleanField(_("remind me a day and an hour before my events"), default=True)
    calendar_token = models.CharField(
        max_length=64, unique=True, default=new_calendar_token, editable=False
    )

    class Meta:
        verbose_name = _("event settings")

    def __str__(self):
        return str(self.profile)


class Reminder(models.Model):
    """A reminder sent, so that none is sent twice (the task may run again)."""

    class Kind(models.TextChoices):
        DAY = "day", _("A day before")
        HOUR = "hour", _("An hour before")

    attendance = models.ForeignKey(Attendance, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField(max_length=4, choices=Kind.choices)
    # The start it reminded of: a moved event is reminded of again.
    starts_at = models.DateTimeField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["attendance", "kind", "starts_at"], name="one_reminder_per_start"
            )
        ]
