"""Files people attach to what they write in Nexus (messages, group posts): documents (PDF,
Word, Excel, PowerPoint, OpenDocument text, plain text, CSV) and images (PNG, JPEG, WebP).

- AttachmentsField: a multiple file input; each file is checked for its extension, its size
  (NEXUS_ATTACHMENT_MAX_BYTES) and its content (the bytes must be what the extension says:
  images are opened with Pillow, documents are recognised by their signature; programs and web
  pages are refused), and the number of files (NEXUS_ATTACHMENTS_PER_ITEM).
- AttachmentsFormMixin: a form with an `attachments` field whose valid files survive a failed
  submission (they wait in the private storage; a hidden field carries them to the next one).
- AttachmentBase: the abstract model a capability subclasses with its foreign key; the file is
  private and is served by attachment_response from a view that checks access."""

import json
import logging
import secrets
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath

from django import forms
from django.conf import settings
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils.functional import lazy
from django.utils.http import content_disposition_header
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

from foundation.private_files import delete_after_commit, private_file_response, private_storage

from .models import PrivateFileName

logger = logging.getLogger(__name__)

IMAGE_FORMATS = {"png": "PNG", "jpg": "JPEG", "jpeg": "JPEG", "webp": "WEBP"}
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
    "txt": "text/plain",
    "csv": "text/csv",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "webp": "image/webp",
}
EXTENSIONS = tuple(CONTENT_TYPES)
# The first bytes of what is never accepted, whatever its name says.
FORBIDDEN_STARTS = (b"MZ", b"\x7fELF", b"#!", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe")
HTML_STARTS = (b"<!doctype", b"<html", b"<script", b"<svg", b"<?xml", b"<head", b"<body")
PENDING_ATTACHMENTS = "nexus/pending-attachments"
SNIFF_BYTES = 8192


def max_bytes():
    return settings.NEXUS_ATTACHMENT_MAX_BYTES


def max_count():
    return settings.NEXUS_ATTACHMENTS_PER_ITEM


def extension_of(name):
    return PurePosixPath(name or "").suffix.lstrip(".").lower()


def is_image(name):
    return extension_of(name) in IMAGE_FORMATS


attachments_help_text = lazy(
    lambda: (
        _(
            "Up to %(count)d files of at most %(size)s each: PDF, Word, Excel, PowerPoint, "
            "OpenDocument text, plain text, CSV, PNG, JPEG or WebP."
        )
        % {"count": max_count(), "size": filesizeformat(max_bytes())}
    ),
    str,
)


def wrong_content():
    return forms.ValidationError(
        _("“%(name)s” is not the kind of file its name says, or not one that may be attached."),
        code="content",
    )


def check_content(name, upload):
    """Refuse a file whose bytes are not what its extension says (cheap checks only)."""
    extension = extension_of(name)
    upload.seek(0)
    head = upload.read(SNIFF_BYTES)
    upload.seek(0)
    if head.startswith(FORBIDDEN_STARTS):
        raise wrong_content()
    if extension in IMAGE_FORMATS:
        try:
            with Image.open(upload) as image:
                image_format = image.format
                image.verify()
        except (
            UnidentifiedImageError,
            OSError,
            SyntaxError,
            ValueError,
            Image.DecompressionBombError,
        ):
            raise wrong_content() from None
        finally:
            upload.seek(0)
        if image_format != IMAGE_FORMATS[extension]:
            raise wrong_content()
    elif extension == "pdf":
        if not head.startswith(b"%PDF-"):
            raise wrong_content()
    elif extension in ("docx", "xlsx", "pptx", "odt"):
        check_office_document(extension, upload)
    else:  # txt, csv
        lowered = head.lstrip().lower()
        if b"\x00" in head or lowered.startswith(HTML_STARTS):
            raise wrong_content()


def check_office_document(extension, upload):
    """Office Open XML and OpenDocument files are ZIP archives with a known first entry."""
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
            mimetype = (
                archive.read("mimetype") if extension == "odt" and "mimetype" in names else b""
            )
    except (zipfile.BadZipFile, OSError, KeyError, EOFError):
        raise wrong_content() from None
    finally:
        upload.seek(0)
    if extension == "odt":
        if mimetype.strip() != CONTENT_TYPES["odt"].encode():
            raise wrong_content()
    elif "[Content_Types].xml" not in names:
        raise wrong_content()


def validate_attachment(upload):
    """One uploaded file: its type (from its name and its bytes) and its size."""
    name = upload.name or ""
    if extension_of(name) not in CONTENT_TYPES:
        raise forms.ValidationError(
            _("“%(name)s” cannot be attached: only documents and images of the listed types."),
            params={"name": name},
            code="extension",
        )
    if upload.size > max_bytes():
        raise forms.ValidationError(
            _("“%(name)s” is %(size)s; the limit is %(limit)s."),
            params={
                "name": name,
                "size": filesizeformat(upload.size),
                "limit": filesizeformat(max_bytes()),
            },
            code="size",
        )
    if upload.size == 0:
        raise forms.ValidationError(_("“%(name)s” is empty."), params={"name": name}, code="empty")
    try:
        check_content(name, upload)
    except forms.ValidationError as error:
        error.params = {"name": name}
        raise


def too_many():
    return forms.ValidationError(
        _("At most %(count)d files may be attached."), params={"count": max_count()}, code="count"
    )


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class AttachmentsField(forms.FileField):
    """Several files at once; the cleaned value is the list of valid uploads."""

    widget = MultipleFileInput

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", _("Attachments"))
        kwargs.setdefault("help_text", attachments_help_text())
        super().__init__(**kwargs)
        self.widget.attrs.setdefault("accept", ",".join(f".{ext}" for ext in EXTENSIONS))

    def clean(self, data, initial=None):
        uploads = [
            upload for upload in (data if isinstance(data, list | tuple) else [data]) if upload
        ]
        if len(uploads) > max_count():
            raise too_many()
        errors = []
        for upload in uploads:
            try:
                validate_attachment(super().clean(upload, initial))
            except forms.ValidationError as error:
                errors.extend(error.error_list)
        if errors:
            raise forms.ValidationError(errors)
        if self.required and not uploads:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        return uploads


@dataclass
class PendingAttachment:
    """A valid file of a failed submission, waiting in the private storage."""

    key: str  # random name in PENDING_ATTACHMENTS
    name: str  # as the person's computer called it
    size: int

    @property
    def stored_name(self):
        return f"{PENDING_ATTACHMENTS}/{self.key}"


class AttachmentsFormMixin:
    """Adds `attachments` (new files) and `pending_attachments` (files kept from the failed
    submission before). After clean, cleaned_data["attachments"] lists both: uploads and
    PendingAttachment, which save_attachments stores alike."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["attachments"] = AttachmentsField()
        self.fields["pending_attachments"] = forms.CharField(
            required=False, widget=forms.HiddenInput, max_length=4000
        )

    def clean_pending_attachments(self):
        """Only what this form kept: random names of known types, present in storage."""
        try:
            items = json.loads(self.cleaned_data.get("pending_attachments") or "[]")
        except ValueError:
            return []
        pending = []
        for item in items if isinstance(items, list) else []:
            if not isinstance(item, dict):
                continue
            key, name = str(item.get("key", "")), str(item.get("name", ""))[:200]
            stem, extension = PurePosixPath(key).stem, extension_of(key)
            if (
                len(stem) != 32
                or any(c not in "0123456789abcdef" for c in stem)
                or PurePosixPath(key).name != key
                or extension not in CONTENT_TYPES
                or extension_of(name) != extension
            ):
                continue
            stored = f"{PENDING_ATTACHMENTS}/{key}"
            if private_storage().exists(stored):
                pending.append(PendingAttachment(key, name, private_storage().size(stored)))
        return pending[: max_count()]

    def clean(self):
        cleaned = super().clean()
        if "attachments" in cleaned:
            everything = cleaned.get("pending_attachments", []) + cleaned["attachments"]
            if len(everything) > max_count():
                self.add_error("attachments", too_many())
            else:
                cleaned["attachments"] = everything
        return cleaned

    def full_clean(self):
        super().full_clean()
        if self.is_bound and self._errors:
            self.keep_attachments()

    def kept_attachments(self):
        """The files kept from before, for the page to list."""
        return (getattr(self, "cleaned_data", None) or {}).get("pending_attachments", [])

    def keep_attachments(self):
        """After a failed submission, hold on to the valid new files for the next one."""
        kept = list(self.kept_attachments())
        for upload in self.files.getlist(self.add_prefix("attachments")):
            if len(kept) >= max_count():
                break
            try:
                validate_attachment(upload)
            except forms.ValidationError:
                continue  # its error is shown; the valid ones are kept
            key = f"{secrets.token_hex(16)}.{extension_of(upload.name)}"
            upload.seek(0)
            try:
                private_storage().save(f"{PENDING_ATTACHMENTS}/{key}", upload)
            except OSError as error:
                logger.error("An attachment could not be stored", exc_info=error)
                self._errors.setdefault("attachments", self.error_class()).append(
                    str(
                        _(
                            "Your files could not be stored just now. Please attach "
                            "them again later."
                        )
                    )
                )
                break
            kept.append(PendingAttachment(key, upload.name, upload.size))
        self.cleaned_data["pending_attachments"] = kept
        self.data = self.data.copy()
        self.data[self.add_prefix("pending_attachments")] = json.dumps(
            [{"key": item.key, "name": item.name} for item in kept]
        )


class AttachmentBase(models.Model):
    """A file attached to something a person wrote. Subclasses add the foreign key to it."""

    file = models.FileField(
        _("file"), upload_to=PrivateFileName("attachments"), storage=private_storage, max_length=200
    )
    original_name = models.CharField(_("file name"), max_length=200)
    size = models.PositiveBigIntegerField(_("size"))
    content_type = models.CharField(_("content type"), max_length=100)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True
        ordering = ["pk"]

    def __str__(self):
        return self.original_name

    @property
    def is_image(self):
        return is_image(self.original_name)


def save_attachments(model, items, **fields):
    """Store the cleaned attachments (uploads and kept files) as instances of `model`, an
    AttachmentBase subclass, with `fields` (its foreign key); call it in the transaction that
    saves what they belong to."""
    storage = private_storage()
    saved = []
    for item in items:
        attachment = model(
            original_name=item.name[:200],
            size=item.size,
            content_type=CONTENT_TYPES[extension_of(item.name)],
            **fields,
        )
        if isinstance(item, PendingAttachment):
            with storage.open(item.stored_name) as stored:
                attachment.file.save(item.name, stored, save=False)
            delete_after_commit(storage, item.stored_name)
        else:
            item.seek(0)
            attachment.file.save(item.name, item, save=False)
        attachment.save()
        saved.append(attachment)
    return saved


def attachment_response(attachment):
    """The file for a person the view let in: images shown, documents downloaded, under the
    name they were attached with (never the stored one)."""
    response = private_file_response(attachment.file)
    response["Content-Type"] = attachment.content_type
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=not attachment.is_image, filename=attachment.original_name
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
