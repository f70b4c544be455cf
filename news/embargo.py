"""Embargoed previews: a secret, expiring link that shows an accredited journalist a release
before its go-live time, with its documents and pictures, and records each opening.

A link names one journalist and outlet, shows the latest revision of the release (what the
press office is about to publish) and stops working when it expires (by default shortly
after go-live) or is revoked. Openings are logged with their time, what was opened (the page
or which document) and nothing more: whether and when the journalist read the release is
what a press office follows up; an IP address or browser would be personal data it has no
use for, and a forwarded link shows up anyway as openings nobody expected.
"""

import datetime
import re
import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.models import ReferenceIndex

# A token is a public selector, which finds the link, and a secret verifier, compared in
# constant time: the database never compares the secret, and a guess reveals nothing of it.
SELECTOR_LENGTH = 12
VERIFIER_BYTES = 32
# What secrets.token_urlsafe makes: 12 characters, then 43 (32 bytes in URL-safe base64).
TOKEN_PATTERN = re.compile(r"[A-Za-z0-9_-]{55}")
# How long a link keeps working after go-live, unless the editor chooses another expiry.
GRACE_AFTER_GO_LIVE = datetime.timedelta(hours=2)
# Without a go-live time (a draft not scheduled yet), a link lasts this long.
LIFETIME_WITHOUT_GO_LIVE = datetime.timedelta(days=7)
# The session key that lists the links a visitor opened: their documents download then.
SESSION_KEY = "embargo_links"


class EmbargoLinkState(models.TextChoices):
    ACTIVE = "active", _("Active")
    EXPIRED = "expired", _("Expired")
    REVOKED = "revoked", _("Revoked")


class EmbargoLinkQuerySet(models.QuerySet):
    def in_state(self, state, now=None):
        now = now or timezone.now()
        if state == EmbargoLinkState.REVOKED:
            return self.filter(revoked_at__isnull=False)
        if state == EmbargoLinkState.EXPIRED:
            return self.filter(revoked_at__isnull=True, expires_at__lte=now)
        return self.filter(revoked_at__isnull=True, expires_at__gt=now)

    def find(self, token):
        """The link of a token, whatever its state, or None (for anything else too)."""
        if not TOKEN_PATTERN.fullmatch(token):
            return None
        selector, verifier = token[:SELECTOR_LENGTH], token[SELECTOR_LENGTH:]
        link = self.select_related("page").filter(selector=selector).first()
        if link is None or not secrets.compare_digest(link.verifier, verifier):
            return None
        return link


def new_selector():
    return secrets.token_urlsafe(SELECTOR_LENGTH)[:SELECTOR_LENGTH]


def new_verifier():
    return secrets.token_urlsafe(VERIFIER_BYTES)


def go_live_of(page):
    """When the release is to go live: its scheduled revision's time, or the one its latest
    revision asks for; None for a draft with no date yet."""
    scheduled = page.scheduled_revision
    if scheduled is not None and scheduled.approved_go_live_at:
        return scheduled.approved_go_live_at
    return page.get_latest_revision_as_object().go_live_at


def default_expiry(page, now=None):
    go_live = go_live_of(page)
    if go_live is not None:
        return go_live + GRACE_AFTER_GO_LIVE
    return (now or timezone.now()) + LIFETIME_WITHOUT_GO_LIVE


class EmbargoLink(models.Model):
    page = models.ForeignKey(
        "news.NewsArticlePage",
        verbose_name=_("release"),
        on_delete=models.CASCADE,
        related_name="embargo_links",
    )
    journalist = models.CharField(
        _("journalist"), max_length=120, help_text=_("Who the link is for, e.g. Kim Min-ji.")
    )
    outlet = models.CharField(
        _("outlet"), max_length=120, help_text=_("Their newspaper, agency or broadcaster.")
    )
    expires_at = models.DateTimeField(
        _("expires at"),
        blank=True,
        help_text=_(
            "Leave empty to let the link work until two hours after the go-live time (seven "
            "days for a release not scheduled yet)."
        ),
    )
    selector = models.CharField(max_length=SELECTOR_LENGTH, unique=True, editable=False)
    verifier = models.CharField(max_length=64, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True, editable=False)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    objects = EmbargoLinkQuerySet.as_manager()

    class Meta:
        verbose_name = _("embargoed preview link")
        verbose_name_plural = _("embargoed preview links")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.journalist} ({self.outlet})"

    def save(self, *args, **kwargs):
        if not self.selector:
            self.selector = new_selector()
            self.verifier = new_verifier()
        if self.expires_at is None:
            self.expires_at = default_expiry(self.page)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        # In the release's language: the journalist reads the page and its notices in it.
        with translation.override(self.page.locale.language_code):
            return reverse("embargoed_preview", args=[self.token])

    @property
    def token(self):
        return f"{self.selector}{self.verifier}"

    def state(self, now=None):
        if self.revoked_at is not None:
            return EmbargoLinkState.REVOKED
        if self.expires_at <= (now or timezone.now()):
            return EmbargoLinkState.EXPIRED
        return EmbargoLinkState.ACTIVE

    state.short_description = _("state")

    def get_state_display(self):
        return self.state().label

    @property
    def is_active(self):
        return self.state() == EmbargoLinkState.ACTIVE

    def revoke(self, user):
        self.revoked_at = timezone.now()
        self.revoked_by = user
        self.save(update_fields=["revoked_at", "revoked_by"])

    def release(self):
        """The release as the journalist sees it: its latest revision."""
        return self.page.get_latest_revision_as_object()

    def uses(self, document_or_image):
        """Whether the release, as the link shows it, uses the document or image."""
        target_type = ReferenceIndex._get_base_content_type(document_or_image).pk
        # Wagtail's own extraction, as the reference index records it, applied to the
        # revision the link shows (the index holds the saved page, not its drafts).
        return any(
            content_type_id == target_type and object_id == str(document_or_image.pk)
            for content_type_id, object_id, _path, _content_path in (
                ReferenceIndex._extract_references_from_object(self.release())
            )
        )


class EmbargoLinkOpening(models.Model):
    link = models.ForeignKey(
        EmbargoLink, verbose_name=_("link"), on_delete=models.CASCADE, related_name="openings"
    )
    opened_at = models.DateTimeField(_("opened at"), auto_now_add=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty when the release itself was opened."),
    )

    class Meta:
        verbose_name = _("opening of an embargoed preview link")
        verbose_name_plural = _("openings of embargoed preview links")
        ordering = ["-opened_at"]


def grants_access(request, document_or_image):
    """The media access rule (foundation.media_access) of embargoed previews: the documents
    and pictures of a release are for the visitor who opened a link to it, while it works."""
    link_ids = request.session.get(SESSION_KEY, []) if hasattr(request, "session") else []
    if not link_ids:
        return False
    now = timezone.now()
    for link in EmbargoLink.objects.in_state(EmbargoLinkState.ACTIVE, now).filter(pk__in=link_ids):
        if link.uses(document_or_image):
            if isinstance(document_or_image, get_document_model()):
                EmbargoLinkOpening.objects.create(link=link, document=document_or_image)
            return True
    return False
