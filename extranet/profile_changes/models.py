"""A member administrator's proposal for the organisation's public page, published once the
secretariat approves it (see services.py)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from extranet.core.models import PrivateFileName
from foundation.private_files import private_storage
from members.models import Member


class ChangeStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for the secretariat")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Not approved")


class PublicProfileChange(models.Model):
    member = models.ForeignKey(
        Member, on_delete=models.CASCADE, related_name="proposed_changes", verbose_name=_("member")
    )
    description = models.TextField(_("public description"), max_length=3000, blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = models.ImageField(
        _("new logo"),
        upload_to=PrivateFileName("proposed-logos"),
        storage=private_storage,
        blank=True,
    )
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
