"""The Nexus core's pages: the dashboard, one's profile, "My organisation", notifications,
one's data, Nexus search, and joining with an access code. Changes go through services.py."""

import json
import logging
import re

from django.contrib import messages
from django.contrib.auth import login, logout
from django.core.paginator import Paginator
from django.http import HttpResponse, HttpResponseNotAllowed
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from foundation.search_index import SEARCH_ENGINE_FAULTS

from . import registry, search, services
from .access import nexus_view, private_image
from .forms import (
    CloseAccountForm,
    InvitationForm,
    JoinForm,
    OrganisationProfileForm,
    ProfileForm,
    RoleForm,
)
from .models import AccessCode, Notification, Profile, SecurityEvent
from .roles import MEMBER_ADMINS

NOTIFICATIONS_PER_PAGE = 30
# Seconds after which a search may be tried again when the engine is down.
SEARCH_RETRY_AFTER = 120
logger = logging.getLogger(__name__)
JOIN_REFUSED_STATUS = {
    "throttled": 429,
    "too_many_submissions": 429,
    "unknown": 404,
}  # otherwise 410: it existed


ACTIVITY_SHOWN = 30
UNREAD_NOTIFICATIONS_SHOWN = 5


@nexus_view()
def dashboard(request):
    """The activity stream of what others did where the person takes part (each capability's
    source, see registry.add_activity_source), what is new since their last visit marked, and
    the shortcuts the core and the capabilities registered for their role (see
    registry.add_shortcut), each from its own template."""
    profile = request.nexus_profile
    since = services.record_dashboard_visit(profile)
    activity = [
        (item, item.when > since) for item in registry.activity(request.user, since, ACTIVITY_SHOWN)
    ]
    shortcuts = [
        render_to_string(shortcut.template, shortcut.template_context(request), request)
        for shortcut in registry.shortcuts(profile.role)
    ]
    context = {
        "activity": activity,
        "new_count": sum(1 for _item, new in activity if new),
        "since": since,
        "unread": services.unread_notifications(request.user)[:UNREAD_NOTIFICATIONS_SHOWN],
        "shortcuts": shortcuts,
    }
    return render(request, "extranet/core/dashboard.html", context)


def colleagues_count(request):
    """For the "Invite a colleague" shortcut: how many colleagues are in Nexus already."""
    profile = request.nexus_profile
    colleagues = Profile.objects.filter(member=profile.member, closed_at__isnull=True)
    return {"colleagues": colleagues.exclude(pk=profile.pk).count()}


def unread_badge(request):
    """Next to "Notifications" in the menu."""
    unread = services.unread_notifications_count(request)
    if not unread:
        return ""
    return ngettext("%(counter)s unread", "%(counter)s unread", unread) % {"counter": unread}


@nexus_view()
def edit_profile(request):
    profile = request.nexus_profile
    if request.method == "POST":
        form = ProfileForm(request.POST, request.FILES, instance=profile)
        if form.is_valid():
            try:
                services.update_profile(request, form)
            except OSError as error:  # the photo could not be stored
                form.image_not_stored(error)
            else:
                messages.success(request, _("Your profile is saved."))
                return redirect("nexus:profile")
        form.keep_uploaded_image()
    else:
        form = ProfileForm(instance=profile)
    return render(request, "extranet/core/edit_profile.html", {"form": form})


@nexus_view()
def person_photo(request, pk):
    shown = get_object_or_404(Profile.objects.visible(), pk=pk)
    return private_image(shown.photo)


@nexus_view(MEMBER_ADMINS)
def manage_organisation(request):
    """The organisation's page for its administrators, made of the registered sections (see
    registry.add_organisation_section); each handles the POST of its own button."""
    member = request.nexus_profile.member
    sections = []
    for section in registry.organisation_sections():
        submitted = (
            request.method == "POST"
            and bool(section.submit_name)
            and section.submit_name in request.POST
        )
        outcome = section.render_context(request, member, submitted)
        if isinstance(outcome, HttpResponseBase):
            return outcome
        sections.append(render_to_string(section.template, outcome, request))
    return render(
        request,
        "extranet/core/manage_organisation.html",
        {"member": member, "sections": sections},
    )


def members_profile_section(request, member, submitted):
    """ "Profile for members": the description, priorities and contact people."""
    organisation_profile = services.organisation_profile_of(member)
    if not submitted:
        return {
            "profile_form": OrganisationProfileForm(instance=organisation_profile, prefix="members")
        }
    form = OrganisationProfileForm(request.POST, instance=organisation_profile, prefix="members")
    if not form.is_valid():
        return {"profile_form": form}
    services.update_organisation_profile(request, form)
    messages.success(request, _("The organisation's profile for members is saved."))
    return redirect("nexus:manage_organisation")


def people_section(request, member, submitted):
    """ "People": the organisation's accounts and the invitations waiting."""
    return {
        "people": Profile.objects.filter(member=member).select_related("user").order_by("name"),
        "invitations": member.access_codes.usable().order_by("-issued_at"),
        "role_form": RoleForm(),
    }


@nexus_view(MEMBER_ADMINS)
def invite(request):
    member = request.nexus_profile.member
    form = InvitationForm(request.POST or None, member=member, inviter=request.user)
    if request.method == "POST" and form.is_valid():
        access_code = services.issue_access_code(
            request, member, form.cleaned_data["email"], role=form.cleaned_data["role"]
        )
        messages.success(
            request, _("The invitation is on its way to %(email)s.") % {"email": access_code.email}
        )
        return redirect("nexus:manage_organisation")
    return render(request, "extranet/core/invite.html", {"form": form, "member": member})


def colleague_or_404(request, pk):
    """A person of the administrator's own organisation; anyone else is "not found", so that
    identifiers of other organisations reveal nothing."""
    return get_object_or_404(
        Profile.objects.select_related("user"),
        pk=pk,
        member=request.nexus_profile.member,
        closed_at__isnull=True,
    )


@require_POST
@nexus_view(MEMBER_ADMINS)
def change_role(request, pk):
    colleague = colleague_or_404(request, pk)
    form = RoleForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a role from the list."))
        return redirect("nexus:manage_organisation")
    try:
        if services.change_role(request, colleague, form.cleaned_data["role"]):
            messages.success(request, _("%(name)s's role is changed.") % {"name": colleague.name})
    except services.Refused as refusal:
        messages.error(request, str(refusal))
    return redirect("nexus:manage_organisation")


@require_POST
@nexus_view(MEMBER_ADMINS)
def deactivate_colleague(request, pk):
    colleague = colleague_or_404(request, pk)
    try:
        services.deactivate_colleague(request, colleague)
        messages.success(request, _("%(name)s can no longer sign in.") % {"name": colleague.name})
    except services.Refused as refusal:
        messages.error(request, str(refusal))
    return redirect("nexus:manage_organisation")


@require_POST
@nexus_view(MEMBER_ADMINS)
def revoke_invitation(request, pk):
    access_code = get_object_or_404(AccessCode, pk=pk, member=request.nexus_profile.member)
    services.revoke_access_code(request, access_code)
    messages.success(
        request, _("The invitation to %(email)s is revoked.") % {"email": access_code.email}
    )
    return redirect("nexus:manage_organisation")


@nexus_view()
def notifications(request):
    if request.method == "POST":
        services.mark_notifications_read(request.user)
        messages.success(request, _("All notifications are marked as read."))
        return redirect("nexus:notifications")
    mine = Notification.objects.filter(recipient=request.user)
    page = Paginator(mine, NOTIFICATIONS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "extranet/core/notifications.html", {"notifications": page})


@nexus_view()
def open_notification(request, pk):
    notification = get_object_or_404(Notification, pk=pk, recipient=request.user)
    services.mark_notification_read(notification)
    # Only addresses of this site: a notification never sends anyone elsewhere.
    target = (
        notification.url
        if notification.url.startswith("/") and not notification.url.startswith("//")
        else ""
    )
    return redirect(target or "nexus:notifications")


@nexus_view()
def download_data(request):
    """Everything Nexus holds about the person, as JSON."""
    profile = request.nexus_profile
    user = request.user
    data = {
        "account": {"email": user.email, "created": user.date_joined.isoformat()},
        "profile": {
            "name": profile.name,
            "organisation": profile.member.name if profile.member else None,
            "role": profile.role,
            "position": profile.position,
            "languages": profile.languages,
            "expertise": sorted(profile.expertise.names()),
            "biography": profile.biography,
            "contact_email": profile.contact_email,
            "phone": profile.phone,
            "contact_visibility": profile.contact_visibility,
            "email_frequency": profile.email_frequency,
            "preferred_language": profile.preferred_language,
            "has_photo": bool(profile.photo),
        },
        "notifications": [
            {"message": n.message, "created": n.created_at.isoformat(), "read": bool(n.read_at)}
            for n in Notification.objects.filter(recipient=user)
        ],
        # The address of an event someone else did (a role change) is theirs, not the person's.
        "security_events": [
            {
                "event": e.kind,
                "when": e.created_at.isoformat(),
                "done_by_you": e.done_by_account,
                "ip_address": e.ip_address if e.done_by_account else None,
            }
            for e in SecurityEvent.objects.filter(user=user)
        ],
        # What each capability holds about the person (registry.add_personal_data).
        **registry.personal_data(user),
    }
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="my-nexus-data.json"'
    return response


@nexus_view()
def close_account(request):
    form = CloseAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        services.close_account(request)
        logout(request)
        messages.success(request, _("Your Nexus account is closed. Thank you for taking part."))
        return redirect("wagtail_serve", "")
    return render(request, "extranet/core/close_account.html", {"form": form})


def join(request, code):
    """Redeem an access code: a new account tied to the code's organisation."""
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    access_code, refusal = services.access_code_for_joining(request, code)
    if refusal:
        return join_refused(request, refusal)
    if request.user.is_authenticated:
        messages.error(request, _("Sign out first: this invitation creates a new account."))
        return redirect("nexus:dashboard")

    if request.method == "POST" and services.join_submissions_exceeded(request):
        return join_refused(request, "too_many_submissions")
    form = JoinForm(request.POST or None, initial={"email": access_code.email})
    if request.method == "POST" and form.is_valid():
        if services.has_account(form.cleaned_data["email"]):
            services.refuse_existing_address(request, access_code, form.cleaned_data["email"])
            return render(
                request,
                "extranet/core/join_confirm_email.html",
                {"email": form.cleaned_data["email"]},
            )
        try:
            user = services.redeem_access_code(request, access_code, form.cleaned_data)
        except services.CodeAlreadyUsed:
            return join_refused(request, "redeemed")
        if form.cleaned_data["email"] == access_code.email.lower():
            # The invitation reached this address: it is confirmed.
            login(request, user, backend="extranet.core.auth.NexusAuthenticationBackend")
            messages.success(
                request, _("Welcome to Nexus! Complete your profile so colleagues find you.")
            )
            return redirect("nexus:profile")
        return render(request, "extranet/core/join_confirm_email.html", {"email": user.email})
    return render(request, "extranet/core/join.html", {"form": form, "access_code": access_code})


def join_refused(request, reason):
    return render(
        request,
        "extranet/core/join_refused.html",
        {"reason": reason},
        status=JOIN_REFUSED_STATUS.get(reason, 410),
    )


@nexus_view()
def nexus_search(request):
    """Nexus search: what the person may open that matches the words, the best first."""
    typed = request.GET.get("q", "")
    query = search.clean_query(typed)
    context = {"search_query": query, "too_long": len(typed) > search.MAX_QUERY_LENGTH}
    if not query:
        return render(request, "extranet/core/search.html", context)
    page_number = request.GET.get("page", "")
    # Only plain numbers: int() refuses "²" and numbers of thousands of digits.
    number = int(page_number) if re.fullmatch(r"[0-9]{1,6}", page_number) else 1
    try:
        results, total = search.search(request.user, query, number)
    except SEARCH_ENGINE_FAULTS:
        logger.exception("The search engine did not answer Nexus search")
        response = render(
            request,
            "extranet/core/search.html",
            {**context, "search_unavailable": True},
            status=503,
        )
        response["Retry-After"] = str(SEARCH_RETRY_AFTER)
        return response
    return render(
        request,
        "extranet/core/search.html",
        {
            **context,
            "results": results,
            "result_count": total,
            "pagination_query": urlencode({"q": query}),
        },
    )
