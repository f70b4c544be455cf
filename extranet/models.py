"""Nexus, the members' extranet: accounts tied to member organisations, access codes,
profiles, notifications and the security log."""

import datetime
import hashlib
import secrets
from pathlib import Path

from django.conf import settings
from django.conf.global_settings import LANGUAGES as ALL_LANGUAGES
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase
from wagtail.images import get_image_model

from members.models import Member

LANGUAGE_CHOICES = sorted(ALL_LANGUAGES, key=lambda item: item[1])
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"  # no look-alikes: 0/O, 1/I/L, U/V
CODE_GROUPS, CODE_GROUP_LENGTH = 3, 4
ACCESS_CODE_DAYS = 30
IMAGE_MAX_BYTES = 2 * 1024 * 1024


class Role(models.TextChoices):
    SECRETARIAT = "secretariat", _("Secretariat")
    MEMBER_ADMIN = "member_admin", _("Member administrator")
    MEMBER_USER = "member_user", _("Member user")


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


def random_file_name(folder, filename):
    # A private file's address reveals nothing; Nexus serves these files only to those allowed.
    return f"nexus/{folder}/{secrets.token_hex(16)}{filename[filename.rfind('.') :].lower()}"


def photo_path(profile, filename):
    return random_file_name("photos", filename)


def proposed_logo_path(change, filename):
    return random_file_name("proposed-logos", filename)


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
    photo = models.ImageField(_("photo"), upload_to=photo_path, blank=True)
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
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

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
        names = dict(LANGUAGE_CHOICES)
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


class ChangeStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for the secretariat")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Not approved")


class PublicProfileChange(models.Model):
    """A member administrator's proposal for the organisation's public page, published once
    the secretariat approves it."""

    member = models.ForeignKey(
        Member, on_delete=models.CASCADE, related_name="proposed_changes", verbose_name=_("member")
    )
    description = models.TextField(_("public description"), max_length=3000, blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = models.ImageField(_("new logo"), upload_to=proposed_logo_path, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True)
    status = models.CharField(
        _("status"), max_length=20, choices=ChangeStatus.choices, default=ChangeStatus.PENDING
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    review_note = models.TextField(
        _("note to the member"), blank=True, max_length=1000, help_text=_("Why, if not approved.")
    )

    class Meta:
        verbose_name = _("public profile change")
        ordering = ["-submitted_at"]

    def __str__(self):
        return f"{self.member} ({self.get_status_display()})"

    @transaction.atomic
    def approve(self, reviewer):
        from .notifications import notify

        member = self.member
        member.description, member.website = self.description, self.website
        if self.logo:
            member.logo = self.publish_logo()
        member.full_clean()
        member.save()
        self.mark(ChangeStatus.APPROVED, reviewer)
        if self.submitted_by_id:
            notify(self.submitted_by, "profile_approved", member=member.name)

    @transaction.atomic
    def reject(self, reviewer, note=""):
        from .notifications import notify

        self.review_note = note
        self.logo.delete(save=False)
        self.mark(ChangeStatus.REJECTED, reviewer)
        if self.submitted_by_id:
            notify(self.submitted_by, "profile_rejected", member=self.member.name, note=note)

    def publish_logo(self):
        """Move the proposed logo into the image library, where the public page finds it."""
        file_name = f"logo-{self.member.slug}{Path(self.logo.name).suffix}"
        with self.logo.open("rb") as proposed:
            image = get_image_model().objects.create(
                title=self.member.name, file=ImageFile(proposed, name=file_name)
            )
        self.logo.delete(save=False)
        return image

    def mark(self, status, reviewer):
        self.status, self.reviewed_by, self.reviewed_at = status, reviewer, timezone.now()
        self.save()


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
    def issue(cls, member, email, issued_by, role=None, days=ACCESS_CODE_DAYS):
        """A new code for the member, and the code itself (shown once, never stored)."""
        if role is None:
            # The organisation's first account runs it; the next ones join it.
            has_admin = Profile.objects.filter(member=member, role=Role.MEMBER_ADMIN).exists()
            role = Role.MEMBER_USER if has_admin else Role.MEMBER_ADMIN
        code = "-".join(
            "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUP_LENGTH))
            for _ in range(CODE_GROUPS)
        )
        access_code = cls.objects.create(
            member=member,
            email=email,
            role=role,
            code_hash=hash_code(code),
            issued_by=issued_by,
            expires_at=timezone.now() + datetime.timedelta(days=days),
        )
        return access_code, code

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

    def revoke(self):
        if self.state == "usable":
            self.revoked_at = timezone.now()
            self.save(update_fields=["revoked_at"])


class Notification(models.Model):
    """Something a user should know about; its text is written when it is read, in the
    reader's language (see notifications.py)."""

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
        from .notifications import message_for

        return message_for(self)


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
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    user_agent = models.CharField(_("browser"), max_length=300, blank=True)
    details = models.JSONField(_("details"), default=dict, blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("security event")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.get_kind_display()} · {self.email or self.user}"
