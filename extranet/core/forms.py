import logging
import re
import secrets
from pathlib import Path

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.core.validators import FileExtensionValidator
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from foundation.event_facts import TIME_ZONE_CHOICES
from foundation.private_files import delete_after_commit, private_storage
from foundation.widgets import (
    FilterableCheckboxSelectMultiple,
    FilterableSelect,
    PrivateImageInput,
)
from members.models import Member

from .models import (
    IMAGE_MAX_BYTES,
    AccessCode,
    OrganisationProfile,
    Profile,
    Role,
    language_choices,
)

IMAGE_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
# Valid images of failed submissions, waiting for the next one (in the private storage);
# prune_private_uploads deletes those nobody came back for.
PENDING_IMAGES = "nexus/pending"
UPLOAD_NOT_STORED = _(
    "Your image could not be stored just now, so nothing was saved. Please try again later."
)

logger = logging.getLogger(__name__)
MAX_TAGS = 15
MAX_TAG_LENGTH = 50


# "Separate them with commas", in every language: the Latin comma, the Arabic one, the
# full-width and the enumeration commas of Chinese.
TAG_SEPARATORS = re.compile("[,\u060c\uff0c\u3001]")


def clean_tags(value):
    """ "open data, mobility" → ["open data", "mobility"], with limits."""
    tags = []
    for raw in TAG_SEPARATORS.split(value or ""):
        tag = " ".join(raw.split())
        if not tag:
            continue
        if len(tag) > MAX_TAG_LENGTH:
            raise forms.ValidationError(
                _("“%(tag)s…” is longer than %(limit)d characters."),
                params={"tag": tag[:20], "limit": MAX_TAG_LENGTH},
            )
        if tag.casefold() not in {existing.casefold() for existing in tags}:
            tags.append(tag)
    if len(tags) > MAX_TAGS:
        raise forms.ValidationError(_("At most %(limit)d topics."), params={"limit": MAX_TAGS})
    return tags


class TagsField(forms.CharField):
    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", 1000)
        super().__init__(**kwargs)

    def clean(self, value):
        return clean_tags(super().clean(value))


# Lazy, because form fields are built once at import time, before any visitor's language is on.
image_help_text = lazy(
    lambda: _("JPEG, PNG or WebP, at most %(size)s.") % {"size": filesizeformat(IMAGE_MAX_BYTES)},
    str,
)


class LimitedImageField(forms.ImageField):
    """An image in a common web format, no larger than IMAGE_MAX_BYTES. A plain file input
    unless the form gives a PrivateImageInput: the page shows the current image from the
    view that serves it to those allowed, and never names its file."""

    default_validators = [FileExtensionValidator(IMAGE_EXTENSIONS)]
    widget = forms.FileInput

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("help_text", image_help_text())
        super().__init__(**kwargs)

    def to_python(self, data):
        if data and data.size > IMAGE_MAX_BYTES:
            raise forms.ValidationError(
                _("This image is %(size)s; the limit is %(limit)s."),
                params={
                    "size": filesizeformat(data.size),
                    "limit": filesizeformat(IMAGE_MAX_BYTES),
                },
            )
        return super().to_python(data)


class KeepsUploadedImageMixin:
    """A valid new image survives a failed submission of the rest of the form: it waits in
    storage under a random name, which a hidden field carries to the next submission."""

    image_field_name = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["pending_image"] = forms.CharField(
            required=False, widget=forms.HiddenInput, max_length=80
        )

    def clean_pending_image(self):
        name = self.cleaned_data.get("pending_image", "")
        # Only a name this form produced: no path, known extension, present in storage.
        if not name:
            return ""
        candidate = Path(name)
        if (
            candidate.name != name
            or candidate.suffix.lstrip(".").lower() not in IMAGE_EXTENSIONS
            or not private_storage().exists(f"{PENDING_IMAGES}/{name}")
        ):
            return ""
        return name

    def new_upload(self):
        return self.files.get(self.add_prefix(self.image_field_name))

    def keep_uploaded_image(self):
        """After a failed submission, hold on to a valid new image for the next one."""
        # The page shows the image stored before, not this upload, as the current one.
        setattr(self.instance, self.image_field_name, self.initial.get(self.image_field_name))
        upload = self.new_upload()
        if upload is None or self.image_field_name in self.errors:
            return
        name = f"{secrets.token_hex(16)}{Path(upload.name).suffix.lower()}"
        upload.seek(0)
        try:
            private_storage().save(f"{PENDING_IMAGES}/{name}", upload)
        except OSError as error:
            self.image_not_stored(error)
            return
        self.data = self.data.copy()
        self.data[self.add_prefix("pending_image")] = name

    def image_not_stored(self, error):
        """The storage refused the image (a full disk, a storage that is down): the person is
        told at the image field, the operator in the log. Callers save in a transaction, so
        nothing of the form was saved."""
        logger.error("An uploaded image could not be stored", exc_info=error)
        self.add_error(self.image_field_name, UPLOAD_NOT_STORED)

    def attach_pending_image(self, instance):
        """Give the instance the image kept from an earlier submission, unless a newer one
        came with this one."""
        pending = self.cleaned_data.get("pending_image")
        if not pending or self.new_upload():
            return
        storage = private_storage()
        with storage.open(f"{PENDING_IMAGES}/{pending}") as stored:
            getattr(instance, self.image_field_name).save(pending, stored, save=False)
        delete_after_commit(storage, f"{PENDING_IMAGES}/{pending}")


class ProfileForm(KeepsUploadedImageMixin, forms.ModelForm):
    """A person's own profile."""

    image_field_name = "photo"

    expertise = TagsField(
        label=_("Areas of expertise"),
        help_text=_("Separate them with commas, e.g. open data, mobility."),
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages"),
        choices=language_choices,
        required=False,
        widget=FilterableCheckboxSelectMultiple,
        help_text=_("Tick every language you work in."),
    )
    photo = LimitedImageField(label=_("Photo"), widget=PrivateImageInput)

    class Meta:
        model = Profile
        fields = [
            "name",
            "position",
            "photo",
            "languages",
            "biography",
            "contact_email",
            "phone",
            "contact_visibility",
            "email_frequency",
            "preferred_language",
            "time_zone",
        ]
        widgets = {
            "contact_visibility": forms.RadioSelect,
            "email_frequency": forms.RadioSelect,
            "time_zone": FilterableSelect(choices=[("", _("Not set")), *TIME_ZONE_CHOICES]),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["expertise"] = ", ".join(self.instance.expertise.names())
        if self.instance.photo:
            photo_input = self.fields["photo"].widget
            photo_input.preview_url = reverse("nexus:person_photo", args=[self.instance.pk])
            photo_input.preview_alt = _("Your current photo")
            photo_input.clear_checkbox_label = _("Remove my photo")
        self.previous_photo = self.instance.photo.name

    def save(self, commit=True):
        profile = super().save(commit=False)
        if self.cleaned_data.get("photo") is not False:  # False: "Remove my photo" ticked
            self.attach_pending_image(profile)
        if profile.photo.name != self.previous_photo:
            # Replaced or removed: the old file has no use left once this is saved.
            delete_after_commit(profile.photo.storage, self.previous_photo)
        if commit:
            profile.save()
            profile.expertise.set(self.cleaned_data["expertise"])
        return profile


class OrganisationProfileForm(forms.ModelForm):
    priorities = TagsField(
        label=_("Smart-city priorities"), help_text=_("Separate them with commas.")
    )

    class Meta:
        model = OrganisationProfile
        fields = ["members_description", "contact_people"]
        widgets = {"contact_people": forms.CheckboxSelectMultiple}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the organisation's own people can be its contacts.
        self.fields["contact_people"].queryset = Profile.objects.filter(
            member=self.instance.member, closed_at__isnull=True
        )
        if self.instance.pk:
            self.initial["priorities"] = ", ".join(self.instance.priorities.names())

    def save(self, commit=True):
        profile = super().save(commit)
        if commit:
            profile.priorities.set(self.cleaned_data["priorities"])
        return profile


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("Colleague's e-mail"))
    role = forms.ChoiceField(
        label=_("Role"),
        choices=[
            (Role.MEMBER_USER, Role.MEMBER_USER.label),
            (Role.MEMBER_ADMIN, Role.MEMBER_ADMIN.label),
        ],
        initial=Role.MEMBER_USER,
    )

    def __init__(self, *args, member, inviter, **kwargs):
        super().__init__(*args, **kwargs)
        self.member = member
        self.inviter = inviter

    def clean_email(self):
        # Whether the address has an account is not said here (services.issue_access_code);
        # the inviter's own address tells them nothing they do not know.
        email = self.cleaned_data["email"].strip().lower()
        if email == self.inviter.email.lower():
            raise forms.ValidationError(_("This is your own address: invite a colleague."))
        if AccessCode.objects.usable().filter(member=self.member, email__iexact=email).exists():
            raise forms.ValidationError(
                _("An invitation to this address is waiting already; revoke it to send another.")
            )
        return email


class RoleForm(forms.Form):
    role = forms.ChoiceField(
        label=_("Role"),
        choices=[
            (Role.MEMBER_USER, Role.MEMBER_USER.label),
            (Role.MEMBER_ADMIN, Role.MEMBER_ADMIN.label),
        ],
    )


class JoinForm(forms.Form):
    """Creating an account with an access code."""

    name = forms.CharField(label=_("Your name"), max_length=120)
    email = forms.EmailField(
        label=_("E-mail"),
        help_text=_("Keep the address the invitation came to, or give another one to confirm."),
    )
    password1 = forms.CharField(label=_("Password"), strip=False, widget=forms.PasswordInput)
    password2 = forms.CharField(label=_("Password again"), strip=False, widget=forms.PasswordInput)

    def clean_email(self):
        # Whether the address has an account is not said here (views.join).
        return self.cleaned_data["email"].strip().lower()

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("The two passwords differ."))
        elif first:
            user = get_user_model()(
                email=cleaned.get("email", ""), first_name=cleaned.get("name", "")
            )
            try:
                password_validation.validate_password(first, user)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class CloseAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput,
        help_text=_("To confirm that it is you."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("That is not your password."))
        return password


class IssueCodeForm(WagtailAdminModelForm):
    """The secretariat issues a code in the admin (Nexus → Access codes → Issue a code)."""

    member = forms.ModelChoiceField(
        label=_("Member"),
        queryset=Member.objects.none(),
        empty_label=_("Choose a member"),
        widget=FilterableSelect,
    )
    email = forms.EmailField(label=_("Send to"))
    role = forms.ChoiceField(
        label=_("Role"),
        required=False,
        choices=[
            ("", _("Automatic: administrator if it is the organisation's first account")),
            (Role.MEMBER_ADMIN, Role.MEMBER_ADMIN.label),
            (Role.MEMBER_USER, Role.MEMBER_USER.label),
        ],
    )

    class Meta:
        model = AccessCode
        fields = ["member", "email", "role"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Active members shown on the site; read per form, as public() needs the default locale.
        self.fields["member"].queryset = Member.objects.public().order_by("name")
