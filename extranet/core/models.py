"""The Nexus core: accounts tied to member organisations, access codes, profiles,
organisation profiles, notifications, the security log and what Nexus search finds. State
changes live in services.py."""

import hashlib
import secrets

from django.conf import settings
from django.conf.global_settings import LANGUAGES as ALL_LANGUAGES
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase

from foundation.event_facts import validate_time_zone
from foundation.private_files import private_storage
from members.models import Member

from . import registry
from .roles import Role


def language_choices():
    """Every language Django knows, named (by Django's own catalogues) and sorted in the
    reader's language: a Korean reader finds 한국어, not "Korean" among English names."""
    named = [(code, gettext(name)) for code, name in ALL_LANGUAGES]
    return sorted(named, key=lambda item: item[1].casefold())


IMAGE_MAX_BYTES = 2 * 1024 * 1024


class Visibility(models.TextChoices):
    MEMBERS = "members", _("All members")
    ORGANISATION = "organisation", _("My organisation only")
    NOBODY = "nobody", _("Nobody")


class EmailFrequency(models.TextChoices):
    IMMEDIATELY = "immediately", _("At once")
    DAILY = "daily", _("In a daily digest")
    NEVER = "never", _("Never (I read them in Nexus)")


class TaggedExpertise(TaggedItemBase):
    content_object = models.ForeignKey(
        "extranet.Profile", on_delete=models.CASCADE, related_name="tagged_expertise"
    )


class TaggedPriority(TaggedItemBase):
    content_object = models.ForeignKey(
        "extranet.OrganisationProfile", on_delete=models.CASCADE, related_name="tagged_priorities"
    )


@deconstructible
class PrivateFileName:
    """upload_to for files that Nexus serves only to those allowed (in the private storage,
    foundation/private_files.py): a random name in nexus/<folder>/, which reveals nothing.
    Capabilities use it too."""

    def __init__(self, folder):
        self.folder = folder

    def __call__(self, instance, filename):
        extension = filename[filename.rfind(".") :].lower()
        return f"nexus/{self.folder}/{secrets.token_hex(16)}{extension}"


class ProfileQuerySet(models.QuerySet):
    def visible(self):
        """The people others may see in Nexus: open accounts of active organisations and of
        the secretariat."""
        return (
            self.filter(closed_at__isnull=True, user__is_active=True)
            .filter(Q(member__isnull=True) | Q(member__active=True))
            .select_related("member")
            .prefetch_related("tagged_expertise__tag")
        )


class Profile(models.Model):
    """A person with a Nexus account, and the organisation the account belongs to."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="nexus_profile"
    )
    member = models.ForeignKey(
        Member,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="accounts",
        help_text=_("Empty for the secretariat."),
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    name = models.CharField(
        _("name"), max_length=120, help_text=_("As you want members to see it.")
    )
    position = models.CharField(_("position"), max_length=160, blank=True)
    photo = models.ImageField(
        _("photo"), upload_to=PrivateFileName("photos"), storage=private_storage, blank=True
    )
    languages = models.JSONField(
        _("languages"), default=list, blank=True, help_text=_("Languages you can work in.")
    )
    expertise = TaggableManager(
        through=TaggedExpertise,
        verbose_name=_("areas of expertise"),
        blank=True,
        help_text=_("E.g. open data, mobility, digital inclusion."),
    )
    biography = models.TextField(_("short biography"), blank=True, max_length=2000)
    contact_email = models.EmailField(
        _("contact e-mail"), blank=True, help_text=_("Where members may write to you.")
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    contact_visibility = models.CharField(
        _("who sees my contact details"),
        max_length=20,
        choices=Visibility.choices,
        default=Visibility.MEMBERS,
    )
    email_frequency = models.CharField(
        _("e-mail me notifications"),
        max_length=20,
        choices=EmailFrequency.choices,
        default=EmailFrequency.IMMEDIATELY,
    )
    preferred_language = models.CharField(
        _("language of e-mails"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        blank=True,
        validators=[validate_time_zone],
        help_text=_("Nexus shows the times of events in yours too."),
    )
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True, editable=False)
    # When the person last opened the dashboard: what happened since is "new" there.
    last_dashboard_visit = models.DateTimeField(
        _("last visit of the dashboard"), null=True, blank=True, editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ProfileQuerySet.as_manager()

    class Meta:
        verbose_name = _("Nexus profile")
        ordering = ["name"]

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        """What others see: the name, or "former member" once the account is closed."""
        return str(_("Former member")) if self.closed_at else self.name

    @property
    def is_secretariat(self):
        return self.role == Role.SECRETARIAT

    @property
    def is_member_admin(self):
        return self.role == Role.MEMBER_ADMIN

    @property
    def has_access(self):
        """May this account use Nexus now? Closed accounts and deactivated organisations
        may not."""
        if self.closed_at or not self.user.is_active:
            return False
        return self.is_secretariat or (self.member is not None and self.member.active)

    def can_see_contact_details_of(self, other):
        if other.closed_at:
            return False
        if self.is_secretariat or self.pk == other.pk:
            return True
        if other.contact_visibility == Visibility.MEMBERS:
            return True
        if other.contact_visibility == Visibility.ORGANISATION:
            return other.member_id is not None and other.member_id == self.member_id
        return False

    def language_names(self):
        names = dict(language_choices())
        return [str(names[code]) for code in self.languages if code in names]

    def clean(self):
        if self.role == Role.SECRETARIAT and self.member_id:
            raise ValidationError({"member": _("Secretariat accounts belong to no member.")})
        if self.role != Role.SECRETARIAT and not self.member_id:
            raise ValidationError({"member": _("Member accounts belong to an organisation.")})


class OrganisationProfile(models.Model):
    """What an organisation tells the other members, beyond its public profile."""

    member = models.OneToOneField(Member, on_delete=models.CASCADE, related_name="nexus_profile")
    members_description = models.TextField(
        _("description for members"),
        blank=True,
        max_length=4000,
        help_text=_("Only members see this: plans, needs, what you offer to partner with."),
    )
    priorities = TaggableManager(
        through=TaggedPriority,
        verbose_name=_("smart-city priorities"),
        blank=True,
        help_text=_("E.g. smart parking, e-government, climate resilience."),
    )
    contact_people = models.ManyToManyField(
        Profile, verbose_name=_("contact people"), blank=True, related_name="contact_for"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("organisation profile")

    def __str__(self):
        return str(self.member)


def hash_code(code):
    normalised = "".join(character for character in code.upper() if character.isalnum())
    return hashlib.sha256(normalised.encode()).hexdigest()


class AccessCodeQuerySet(models.QuerySet):
    def usable(self):
        return self.filter(
            revoked_at__isnull=True, redeemed_at__isnull=True, expires_at__gt=timezone.now()
        )


class AccessCode(models.Model):
    """A single-use invitation to create a Nexus account for one member organisation. Only a
    hash of the code is stored; the code itself travels in the e-mail."""

    member = models.ForeignKey(
        Member, on_delete=models.CASCADE, related_name="access_codes", verbose_name=_("member")
    )
    email = models.EmailField(_("sent to"))
    role = models.CharField(
        _("role it grants"),
        max_length=20,
        choices=[
            (Role.MEMBER_ADMIN, Role.MEMBER_ADMIN.label),
            (Role.MEMBER_USER, Role.MEMBER_USER.label),
        ],
    )
    code_hash = models.CharField(max_length=64, unique=True, editable=False)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    issued_at = models.DateTimeField(_("issued"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"))
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    redeemed_at = models.DateTimeField(_("redeemed"), null=True, blank=True)
    redeemed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = AccessCodeQuerySet.as_manager()

    class Meta:
        verbose_name = _("access code")
        ordering = ["-issued_at"]

    def __str__(self):
        return f"{self.member} → {self.email} ({self.state_label})"

    @classmethod
    def for_code(cls, code):
        return cls.objects.select_related("member").filter(code_hash=hash_code(code)).first()

    @property
    def state(self):
        if self.redeemed_at:
            return "redeemed"
        if self.revoked_at:
            return "revoked"
        if self.expires_at <= timezone.now():
            return "expired"
        return "usable"

    @property
    def state_label(self):
        return {
            "redeemed": _("Used"),
            "revoked": _("Revoked"),
            "expired": _("Expired"),
            "usable": _("Waiting to be used"),
        }[self.state]


class Notification(models.Model):
    """Something a user should know about; its text is written when it is read, in the
    reader's language, from the message its kind registered (see registry.py)."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="nexus_notifications"
    )
    kind = models.CharField(max_length=40)
    data = models.JSONField(default=dict)
    url = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["recipient", "read_at"])]

    def __str__(self):
        return self.message

    @property
    def message(self):
        template = registry.notification_kinds().get(self.kind)
        if template is None:
            return str(self.kind)
        data = dict(self.data)
        # Roles are stored as values so that each reader gets the label in their own language.
        if data.get("role") in Role.values:
            data["role"] = Role(data["role"]).label
        try:
            return str(template) % data
        except (KeyError, TypeError, ValueError):
            return str(template)


class SecurityEventKind(models.TextChoices):
    SIGNED_IN = "signed_in", _("Signed in")
    SIGN_IN_FAILED = "sign_in_failed", _("Sign-in failed")
    SIGN_IN_REFUSED = (
        "sign_in_refused",
        _("Sign-in refused (organisation inactive or account closed)"),
    )
    LOCKED_OUT = "locked_out", _("Locked out after repeated failures")
    SIGNED_OUT = "signed_out", _("Signed out")
    PASSWORD_CHANGED = "password_changed", _("Password changed")
    PASSWORD_RESET = "password_reset", _("Password reset")
    MFA_ACTIVATED = "mfa_activated", _("Two-factor authentication turned on")
    MFA_DEACTIVATED = "mfa_deactivated", _("Two-factor authentication turned off")
    CODE_ISSUED = "code_issued", _("Access code issued")
    CODE_REDEEMED = "code_redeemed", _("Access code redeemed")
    CODE_REJECTED = "code_rejected", _("Access code refused")
    CODE_REVOKED = "code_revoked", _("Access code revoked")
    ROLE_CHANGED = "role_changed", _("Role changed")
    ACCOUNT_DEACTIVATED = "account_deactivated", _("Account deactivated")
    ACCOUNT_CLOSED = "account_closed", _("Account closed")
    GROUP_ROLE_CHANGED = "group_role_changed", _("Group role changed")
    GROUP_OWNERSHIP_CHANGED = "group_ownership_changed", _("Group ownership changed")
    GROUP_MEMBER_REMOVED = "group_member_removed", _("Removed from a group")


class SecurityEvent(models.Model):
    kind = models.CharField(_("event"), max_length=30, choices=SecurityEventKind.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    email = models.CharField(_("e-mail given"), max_length=254, blank=True)
    # Who did it, when not the account itself (a member admin changing a colleague's role):
    # the address is the actor's, which the account's own data export must not show.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("done by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    user_agent = models.CharField(_("browser"), max_length=300, blank=True)
    details = models.JSONField(_("details"), default=dict, blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("security event")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.get_kind_display()} · {self.account_or_email}"

    @property
    def done_by_account(self):
        """Whether the account's own person did it (so the address is theirs)."""
        return self.user_id is not None and self.actor_id == self.user_id

    @property
    def account_or_email(self):
        return self.email or str(self.user or "")

    @property
    def details_text(self):
        """The details as a person reads them: "member: Seoul; to: ict@seoul.example" (in the
        order of their names: the database keeps no order)."""
        return "; ".join(f"{name}: {value}" for name, value in sorted(self.details.items()))


class SearchDocument(models.Model):
    """What Nexus search finds of one object of a capability (search.py): written whenever the
    object changes, so that the search index can always be rebuilt from it, and searched
    itself where there is no Elasticsearch."""

    kind = models.CharField(max_length=40)
    object_id = models.CharField(max_length=64)
    title = models.CharField(max_length=300)
    body = models.TextField(blank=True)
    url = models.CharField(max_length=300)
    created_at = models.DateTimeField()
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="one_search_document")
        ]
        indexes = [models.Index(fields=["-created_at"])]

    def __str__(self):
        return f"{self.kind} {self.object_id}: {self.title}"


class SearchAudience(models.Model):
    """One of the audiences ("person:12", "group:3", "nexus") that may find a document."""

    document = models.ForeignKey(SearchDocument, on_delete=models.CASCADE, related_name="audiences")
    token = models.CharField(max_length=80)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["token", "document"], name="one_audience_per_document")
        ]

    def __str__(self):
        return self.token
