"""Proposing a public profile, and the secretariat's review: approval publishes it on the
public member page."""

from functools import partial
from pathlib import Path

from django.core.exceptions import PermissionDenied
from django.core.files.images import ImageFile
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from wagtail.images import get_image_model

from extranet.core import services as core

from .models import ChangeStatus, PublicProfileChange


def pending_change_of(member):
    return member.proposed_changes.filter(status=ChangeStatus.PENDING).first()


def pending_count():
    return PublicProfileChange.objects.filter(status=ChangeStatus.PENDING).count()


@transaction.atomic
def propose(request, form):
    """Save the administrator's proposal (new, or the one still waiting, edited) and tell the
    secretariat."""
    member = request.nexus_profile.member
    core.require_admin_of(request, member)
    change = form.save(commit=False)
    change.member, change.submitted_by = member, request.user
    change.status = ChangeStatus.PENDING
    change.save()
    core.notify_secretariat(
        "profile_change_submitted",
        url=reverse("nexus:review_change", args=[change.pk]),
        member=member.name,
    )
    return change


class AlreadyReviewed(Exception):
    """Another reviewer decided first: a decision stands."""


def require_secretariat(request):
    if not request.nexus_profile.is_secretariat:
        raise PermissionDenied


def lock_pending(change):
    """The proposal, locked until the transaction ends, if it is still waiting for review."""
    locked = (
        PublicProfileChange.objects.select_for_update(of=("self",))
        .select_related("member")
        .get(pk=change.pk)
    )
    if locked.status != ChangeStatus.PENDING:
        raise AlreadyReviewed
    return locked


@transaction.atomic
def approve(request, change):
    """Publish the proposal on the public member page and tell who proposed it."""
    require_secretariat(request)
    change = lock_pending(change)
    member = change.member
    member.description, member.website = change.description, change.website
    if change.logo:
        member.logo = publish_logo(change)
    member.full_clean()
    member.save()
    mark_reviewed(change, ChangeStatus.APPROVED, request.user)
    if change.submitted_by_id:
        core.notify(change.submitted_by, "profile_approved", member=member.name)


@transaction.atomic
def reject(request, change, note=""):
    """Turn the proposal down, with a note for who proposed it; its logo is deleted."""
    require_secretariat(request)
    change = lock_pending(change)
    change.review_note = note
    delete_after_commit(change, "logo")
    mark_reviewed(change, ChangeStatus.REJECTED, request.user)
    if change.submitted_by_id:
        core.notify(change.submitted_by, "profile_rejected", member=change.member.name, note=note)


def publish_logo(change):
    """Move the proposed logo into the image library, where the public page finds it."""
    file_name = f"logo-{change.member.slug}{Path(change.logo.name).suffix}"
    with change.logo.open("rb") as proposed:
        image = get_image_model().objects.create(
            title=change.member.name, file=ImageFile(proposed, name=file_name)
        )
    delete_after_commit(change, "logo")
    return image


def delete_after_commit(change, field_name):
    """Clear the file field now and delete its file once the review is committed: a review that
    fails and rolls back leaves the proposal waiting with its file."""
    field_file = getattr(change, field_name)
    if field_file:
        transaction.on_commit(partial(field_file.storage.delete, field_file.name), robust=True)
    setattr(change, field_name, "")


def mark_reviewed(change, status, reviewer):
    change.status, change.reviewed_by, change.reviewed_at = status, reviewer, timezone.now()
    change.save()
