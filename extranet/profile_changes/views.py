"""Proposing the public profile ("My organisation") and the secretariat's review."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from extranet.core.access import nexus_view, private_image
from extranet.core.roles import MEMBER_ADMINS, SECRETARIAT

from . import services
from .forms import PublicProfileForm, ReviewForm
from .models import ChangeStatus, PublicProfileChange


def public_profile_section(request, member, submitted):
    """ "Public profile" on the "My organisation" page: the proposal, still editable while it
    waits for the secretariat."""
    pending = services.pending_change_of(member)
    if not submitted:
        form = PublicProfileForm(
            instance=pending
            or PublicProfileChange(description=member.description, website=member.website),
            prefix="public",
        )
        return {"member": member, "public_form": form, "pending": pending}
    form = PublicProfileForm(request.POST, request.FILES, instance=pending, prefix="public")
    if form.is_valid():
        try:
            services.propose(request, form)
        except OSError as error:  # the logo could not be stored
            form.image_not_stored(error)
        else:
            messages.success(
                request, _("Your changes are with the secretariat, who will publish them.")
            )
            return redirect("nexus:manage_organisation")
    form.keep_uploaded_image()
    return {"member": member, "public_form": form, "pending": pending}


def pending_count(request):
    """For the secretariat's dashboard shortcut."""
    return {"pending_changes": services.pending_count()}


@nexus_view(SECRETARIAT)
def review_changes(request):
    changes = PublicProfileChange.objects.select_related("member", "submitted_by")
    return render(
        request,
        "extranet/profile_changes/review_changes.html",
        {
            "pending": changes.filter(status=ChangeStatus.PENDING),
            "recent": changes.exclude(status=ChangeStatus.PENDING)[:20],
        },
    )


@nexus_view(SECRETARIAT)
def review_change(request, pk):
    change = get_object_or_404(PublicProfileChange.objects.select_related("member"), pk=pk)
    form = ReviewForm(request.POST or None)
    approving = "approve" in request.POST
    # The note matters only when the change is not published; a wrong one is shown again.
    if request.method == "POST" and (approving or form.is_valid()):
        try:
            if approving:
                services.approve(request, change)
                messages.success(request, _("Published on the public member page."))
            else:
                services.reject(request, change, form.cleaned_data["note"])
                messages.success(request, _("The member is told the change was not published."))
        except services.AlreadyReviewed:
            messages.error(request, _("This change was already reviewed."))
        return redirect("nexus:review_changes")
    return render(
        request, "extranet/profile_changes/review_change.html", {"change": change, "form": form}
    )


@nexus_view(SECRETARIAT + MEMBER_ADMINS)
def proposed_logo(request, pk):
    """The logo of a proposed public profile: for the secretariat, who reviews it, and for the
    organisation's administrators, who proposed it."""
    changes = PublicProfileChange.objects.all()
    if not request.nexus_profile.is_secretariat:
        changes = changes.filter(member=request.nexus_profile.member)
    return private_image(get_object_or_404(changes, pk=pk).logo)
