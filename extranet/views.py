import json
import uuid

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, login, logout
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Q
from django.http import FileResponse, Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from members.models import Member

from .access import MEMBER_ADMINS, SECRETARIAT, nexus_view
from .emails import issue_access_code
from .forms import (
    CloseAccountForm,
    DirectorySearchForm,
    InvitationForm,
    JoinForm,
    OrganisationProfileForm,
    ProfileForm,
    PublicProfileForm,
    RoleForm,
)
from .models import (
    AccessCode,
    ChangeStatus,
    Notification,
    OrganisationProfile,
    Profile,
    PublicProfileChange,
    Role,
    SecurityEvent,
    SecurityEventKind,
)
from .notifications import notify
from .security import client_address, record

PEOPLE_PER_PAGE = 24
ORGANISATIONS_PER_PAGE = 24
NOTIFICATIONS_PER_PAGE = 30


@nexus_view()
def dashboard(request):
    profile = request.nexus_profile
    context = {
        "unread": Notification.objects.filter(recipient=request.user, read_at__isnull=True)[:5],
        "colleagues": Profile.objects.filter(member=profile.member, closed_at__isnull=True)
        .exclude(pk=profile.pk)
        .count()
        if profile.member_id
        else 0,
    }
    if profile.is_secretariat:
        context["pending_changes"] = PublicProfileChange.objects.filter(
            status=ChangeStatus.PENDING
        ).count()
    return render(request, "extranet/dashboard.html", context)


@nexus_view()
def edit_profile(request):
    profile = request.nexus_profile
    if request.method == "POST":
        form = ProfileForm(request.POST, request.FILES, instance=profile)
        if form.is_valid():
            form.save()
            messages.success(request, _("Your profile is saved."))
            return redirect("nexus:profile")
        form.keep_uploaded_image()
    else:
        form = ProfileForm(instance=profile)
    return render(request, "extranet/profile_form.html", {"form": form})


def visible_people():
    return (
        Profile.objects.filter(closed_at__isnull=True, user__is_active=True)
        .filter(Q(member__isnull=True) | Q(member__active=True))
        .select_related("member")
        .prefetch_related("tagged_expertise__tag")
    )


@nexus_view()
def people(request):
    everyone = visible_people()
    form = DirectorySearchForm(
        request.GET or None,
        country_codes=everyone.exclude(member=None)
        .values_list("member__country", flat=True)
        .distinct()
        .order_by(),
    )
    found = filter_directory(
        everyone,
        form.filters(),
        member_path="member__",
        text_lookups=("name", "position", "member__name", "tagged_expertise__tag__name"),
        topic_lookup="tagged_expertise__tag__name",
    )
    found = found.distinct().order_by("name")
    page = Paginator(found, PEOPLE_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "extranet/people.html",
        {"form": form, "people": page, "query": query_without_page(request)},
    )


def filter_directory(found, filters, *, member_path, text_lookups, topic_lookup):
    """Narrow a directory list (people, or organisations when member_path is empty) by the
    cleaned filters of a DirectorySearchForm."""
    if filters.get("q"):
        matches = Q()
        for lookup in text_lookups:
            matches |= Q(**{f"{lookup}__icontains": filters["q"]})
        found = found.filter(matches)
    for field, lookup in (("region", "region"), ("country", "country"), ("type", "member_type")):
        if filters.get(field):
            found = found.filter(**{member_path + lookup: filters[field]})
    if filters.get("topic"):
        found = found.filter(**{f"{topic_lookup}__iexact": filters["topic"]})
    return found


@nexus_view()
def person(request, pk):
    shown = get_object_or_404(visible_people(), pk=pk)
    return render(
        request,
        "extranet/person.html",
        {
            "person": shown,
            "show_contact": request.nexus_profile.can_see_contact_details_of(shown),
        },
    )


@nexus_view()
def person_photo(request, pk):
    shown = get_object_or_404(visible_people(), pk=pk)
    return private_image(shown.photo)


def private_image(field_file):
    """An uploaded image that only signed-in members may see: browsers may keep it, shared
    caches may not."""
    if not field_file:
        raise Http404
    response = FileResponse(field_file.open("rb"))
    response["Cache-Control"] = "private, max-age=3600"
    return response


def visible_organisations():
    return Member.objects.public().select_related("nexus_profile")


@nexus_view()
def organisations(request):
    members = visible_organisations()
    form = DirectorySearchForm(
        request.GET or None,
        country_codes=members.values_list("country", flat=True).distinct().order_by(),
    )
    found = filter_directory(
        members,
        form.filters(),
        member_path="",
        text_lookups=(
            "name",
            "city",
            "nexus_profile__members_description",
            "nexus_profile__tagged_priorities__tag__name",
        ),
        topic_lookup="nexus_profile__tagged_priorities__tag__name",
    )
    found = (
        found.annotate(accounts_count=Count("accounts", filter=Q(accounts__closed_at__isnull=True)))
        .distinct()
        .order_by("name")
    )
    page = Paginator(found, ORGANISATIONS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "extranet/organisations.html",
        {"form": form, "organisations": page, "query": query_without_page(request)},
    )


@nexus_view()
def organisation(request, slug):
    member = get_object_or_404(visible_organisations(), slug=slug)
    nexus_profile = OrganisationProfile.objects.filter(member=member).first()
    people_there = visible_people().filter(member=member).order_by("name")
    return render(
        request,
        "extranet/organisation.html",
        {
            "member": member,
            "organisation_profile": nexus_profile,
            "contact_people": nexus_profile.contact_people.all() if nexus_profile else [],
            "people": people_there,
        },
    )


@nexus_view(MEMBER_ADMINS)
def manage_organisation(request):
    member = request.nexus_profile.member
    organisation_profile, _created = OrganisationProfile.objects.get_or_create(member=member)
    pending = member.proposed_changes.filter(status=ChangeStatus.PENDING).first()
    profile_form = OrganisationProfileForm(instance=organisation_profile, prefix="members")
    public_form = PublicProfileForm(
        instance=pending
        or PublicProfileChange(description=member.description, website=member.website),
        prefix="public",
    )
    if request.method == "POST":
        if "save_members" in request.POST:
            profile_form = OrganisationProfileForm(
                request.POST, instance=organisation_profile, prefix="members"
            )
            if profile_form.is_valid():
                profile_form.save()
                messages.success(request, _("The organisation's profile for members is saved."))
                return redirect("nexus:manage_organisation")
        elif "propose_public" in request.POST:
            public_form = PublicProfileForm(
                request.POST, request.FILES, instance=pending, prefix="public"
            )
            if public_form.is_valid():
                change = public_form.save(commit=False)
                change.member, change.submitted_by = member, request.user
                change.status = ChangeStatus.PENDING
                change.save()
                for reviewer in Profile.objects.filter(
                    role=Role.SECRETARIAT, closed_at__isnull=True
                ).select_related("user"):
                    notify(
                        reviewer.user,
                        "profile_change_submitted",
                        url=reverse("nexus:review_change", args=[change.pk]),
                        member=member.name,
                    )
                messages.success(
                    request, _("Your changes are with the secretariat, who will publish them.")
                )
                return redirect("nexus:manage_organisation")
            public_form.keep_uploaded_image()
    return render(
        request,
        "extranet/manage_organisation.html",
        {
            "member": member,
            "profile_form": profile_form,
            "public_form": public_form,
            "pending": pending,
            "people": Profile.objects.filter(member=member).select_related("user").order_by("name"),
            "invitations": member.access_codes.usable().order_by("-issued_at"),
            "role_form": RoleForm(),
        },
    )


@nexus_view(MEMBER_ADMINS)
def invite(request):
    member = request.nexus_profile.member
    form = InvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        access_code = issue_access_code(
            request, member, form.cleaned_data["email"], role=form.cleaned_data["role"]
        )
        messages.success(
            request, _("The invitation is on its way to %(email)s.") % {"email": access_code.email}
        )
        return redirect("nexus:manage_organisation")
    return render(request, "extranet/invite.html", {"form": form, "member": member})


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
    elif colleague.pk == request.nexus_profile.pk:
        messages.error(request, _("Ask another administrator to change your own role."))
    elif colleague.role != form.cleaned_data["role"]:
        previous = colleague.role
        colleague.role = form.cleaned_data["role"]
        colleague.save(update_fields=["role", "updated_at"])
        record(
            SecurityEventKind.ROLE_CHANGED,
            request,
            colleague.user,
            by=request.user.email,
            previous=previous,
            role=colleague.role,
        )
        notify(
            colleague.user,
            "role_changed",
            url=reverse("nexus:dashboard"),
            role=colleague.role,
        )
        messages.success(request, _("%(name)s's role is changed.") % {"name": colleague.name})
    return redirect("nexus:manage_organisation")


@require_POST
@nexus_view(MEMBER_ADMINS)
def deactivate_colleague(request, pk):
    colleague = colleague_or_404(request, pk)
    if colleague.pk == request.nexus_profile.pk:
        messages.error(request, _("You cannot deactivate your own account here; close it instead."))
    else:
        colleague.user.is_active = False
        colleague.user.save(update_fields=["is_active"])
        record(
            SecurityEventKind.ACCOUNT_DEACTIVATED, request, colleague.user, by=request.user.email
        )
        messages.success(request, _("%(name)s can no longer sign in.") % {"name": colleague.name})
    return redirect("nexus:manage_organisation")


@require_POST
@nexus_view(MEMBER_ADMINS)
def revoke_invitation(request, pk):
    access_code = get_object_or_404(AccessCode, pk=pk, member=request.nexus_profile.member)
    access_code.revoke()
    record(SecurityEventKind.CODE_REVOKED, request, request.user, to=access_code.email)
    messages.success(
        request, _("The invitation to %(email)s is revoked.") % {"email": access_code.email}
    )
    return redirect("nexus:manage_organisation")


@nexus_view()
def notifications(request):
    mine = Notification.objects.filter(recipient=request.user)
    if request.method == "POST":
        mine.filter(read_at__isnull=True).update(read_at=timezone.now())
        messages.success(request, _("All notifications are marked as read."))
        return redirect("nexus:notifications")
    page = Paginator(mine, NOTIFICATIONS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "extranet/notifications.html", {"notifications": page})


@nexus_view()
def open_notification(request, pk):
    notification = get_object_or_404(Notification, pk=pk, recipient=request.user)
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])
    # Only addresses of this site: a notification never sends anyone elsewhere.
    target = (
        notification.url
        if notification.url.startswith("/") and not notification.url.startswith("//")
        else ""
    )
    return redirect(target or "nexus:notifications")


@nexus_view(SECRETARIAT)
def review_changes(request):
    changes = PublicProfileChange.objects.select_related("member", "submitted_by")
    return render(
        request,
        "extranet/review_changes.html",
        {
            "pending": changes.filter(status=ChangeStatus.PENDING),
            "recent": changes.exclude(status=ChangeStatus.PENDING)[:20],
        },
    )


@nexus_view(SECRETARIAT + MEMBER_ADMINS)
def proposed_logo(request, pk):
    """The logo of a proposed public profile: for the secretariat, who reviews it, and for the
    organisation's administrators, who proposed it."""
    changes = PublicProfileChange.objects.all()
    if not request.nexus_profile.is_secretariat:
        changes = changes.filter(member=request.nexus_profile.member)
    return private_image(get_object_or_404(changes, pk=pk).logo)


@nexus_view(SECRETARIAT)
def review_change(request, pk):
    change = get_object_or_404(PublicProfileChange.objects.select_related("member"), pk=pk)
    if request.method == "POST":
        if change.status != ChangeStatus.PENDING:
            messages.error(request, _("This change was already reviewed."))
        elif "approve" in request.POST:
            change.approve(request.user)
            messages.success(request, _("Published on the public member page."))
        else:
            change.reject(request.user, request.POST.get("note", "")[:1000])
            messages.success(request, _("The member is told the change was not published."))
        return redirect("nexus:review_changes")
    return render(request, "extranet/review_change.html", {"change": change})


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
        "security_events": [
            {"event": e.kind, "when": e.created_at.isoformat(), "ip_address": e.ip_address}
            for e in SecurityEvent.objects.filter(user=user)
        ],
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
        close(request.nexus_profile)
        record(SecurityEventKind.ACCOUNT_CLOSED, request, request.user)
        logout(request)
        messages.success(request, _("Your Nexus account is closed. Thank you for taking part."))
        return redirect("wagtail_serve", "")
    return render(request, "extranet/close_account.html", {"form": form})


@transaction.atomic
def close(profile):
    """Remove what identifies the person; what they wrote for others stays, signed "former
    member"."""
    from allauth.account.models import EmailAddress

    user = profile.user
    profile.photo.delete(save=False)
    profile.name = profile.position = profile.biography = profile.contact_email = profile.phone = ""
    profile.photo, profile.languages, profile.closed_at = "", [], timezone.now()
    profile.save()
    profile.expertise.clear()
    profile.contact_for.clear()
    EmailAddress.objects.filter(user=user).delete()
    user.email = f"closed-{user.pk}@invalid"
    user.username = f"closed-{user.pk}"
    user.first_name = user.last_name = ""
    user.is_active = False
    user.set_unusable_password()
    user.save()
    Notification.objects.filter(recipient=user).delete()


def query_without_page(request):
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


def join(request, code):
    """Redeem an access code: a new account tied to the code's organisation."""
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    address = client_address(request) or "unknown"
    attempts_key = f"nexus:code-attempts:{address}"
    if cache.get(attempts_key, 0) >= settings.NEXUS_CODE_ATTEMPTS_PER_HOUR:
        return render(request, "extranet/join_refused.html", {"reason": "throttled"}, status=429)
    access_code = AccessCode.for_code(code)
    if access_code is None or access_code.state != "usable" or not access_code.member.active:
        cache.set(attempts_key, cache.get(attempts_key, 0) + 1, 3600)
        reason = "unknown" if access_code is None else access_code.state
        if access_code is not None and access_code.state == "usable":
            reason = "inactive"
        record(SecurityEventKind.CODE_REJECTED, request, reason=reason)
        return render(
            request,
            "extranet/join_refused.html",
            {"reason": reason},
            status=404 if reason == "unknown" else 410,
        )
    if request.user.is_authenticated:
        messages.error(request, _("Sign out first: this invitation creates a new account."))
        return redirect("nexus:dashboard")

    form = JoinForm(request.POST or None, initial={"email": access_code.email})
    if request.method == "POST" and form.is_valid():
        try:
            user = create_account(access_code, form.cleaned_data)
        except CodeAlreadyUsed:
            return render(request, "extranet/join_refused.html", {"reason": "redeemed"}, status=410)
        record(SecurityEventKind.CODE_REDEEMED, request, user, member=access_code.member.name)
        for admin in Profile.objects.filter(
            member=access_code.member, role=Role.MEMBER_ADMIN
        ).exclude(user=user):
            notify(
                admin.user,
                "invitation_accepted",
                url=reverse("nexus:person", args=[user.nexus_profile.pk]),
                name=user.nexus_profile.name,
                member=access_code.member.name,
            )
        if form.cleaned_data["email"] == access_code.email.lower():
            # The invitation reached this address: it is confirmed.
            login(request, user, backend="extranet.auth.NexusAuthenticationBackend")
            messages.success(
                request, _("Welcome to Nexus! Complete your profile so colleagues find you.")
            )
            return redirect("nexus:profile")
        from allauth.account.models import EmailAddress

        EmailAddress.objects.get(user=user, email=user.email).send_confirmation(
            request, signup=True
        )
        return render(request, "extranet/join_confirm_email.html", {"email": user.email})
    return render(request, "extranet/join.html", {"form": form, "access_code": access_code})


class CodeAlreadyUsed(Exception):
    pass


@transaction.atomic
def create_account(access_code, data):
    from allauth.account.models import EmailAddress

    # Two people redeeming the same code at once: the second one finds it used.
    locked = AccessCode.objects.select_for_update().get(pk=access_code.pk)
    if locked.state != "usable":
        raise CodeAlreadyUsed
    email = data["email"]
    user = get_user_model().objects.create_user(
        username=f"nexus-{uuid.uuid4().hex[:20]}", email=email, password=data["password1"]
    )
    EmailAddress.objects.create(
        user=user, email=email, primary=True, verified=email == access_code.email.lower()
    )
    Profile.objects.create(
        user=user,
        member=access_code.member,
        role=access_code.role,
        name=data["name"],
        contact_email=email,
    )
    locked.redeemed_at, locked.redeemed_by = timezone.now(), user
    locked.save(update_fields=["redeemed_at", "redeemed_by"])
    return user
