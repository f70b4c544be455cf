"""Nexus in the Wagtail admin: access codes (issue one, issue to every active member, revoke)
and the security log. Secretariat only (permissions of the Secretariat group)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from members.models import Member

from .emails import issue_access_code
from .models import AccessCode, Role, SecurityEvent, SecurityEventKind
from .security import record

PER_PAGE = 50


class IssueCodeForm(forms.Form):
    member = forms.ModelChoiceField(
        label=gettext_lazy("Member"), queryset=Member.objects.none(), empty_label=None
    )
    email = forms.EmailField(label=gettext_lazy("Send to"))
    role = forms.ChoiceField(
        label=gettext_lazy("Role"),
        required=False,
        choices=[
            (
                "",
                gettext_lazy("Automatic: administrator if it is the organisation's first account"),
            ),
            (Role.MEMBER_ADMIN, Role.MEMBER_ADMIN.label),
            (Role.MEMBER_USER, Role.MEMBER_USER.label),
        ],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["member"].queryset = Member.objects.public().order_by("name")


def require(request, permission):
    if not request.user.has_perm(permission):
        raise PermissionDenied


def access_codes(request):
    require(request, "extranet.view_accesscode")
    form = IssueCodeForm(request.POST if request.POST.get("action") == "issue" else None)
    if request.method == "POST":
        require(request, "extranet.add_accesscode")
        action = request.POST.get("action")
        if action == "issue" and form.is_valid():
            issue_access_code(
                request,
                form.cleaned_data["member"],
                form.cleaned_data["email"],
                form.cleaned_data["role"] or None,
            )
            messages.success(
                request,
                _("An access code is on its way to %(email)s.")
                % {"email": form.cleaned_data["email"]},
            )
            return redirect("nexus_admin_access_codes")
        if action == "issue_all":
            sent, without_contact = issue_to_every_member(request)
            messages.success(
                request,
                _("%(sent)d access codes sent. %(missing)d active members have no contact yet.")
                % {"sent": sent, "missing": without_contact},
            )
            return redirect("nexus_admin_access_codes")
        if action == "revoke":
            require(request, "extranet.change_accesscode")
            access_code = get_object_or_404(AccessCode, pk=request.POST.get("code"))
            access_code.revoke()
            record(SecurityEventKind.CODE_REVOKED, request, request.user, to=access_code.email)
            messages.success(
                request,
                _("The access code for %(email)s is revoked.") % {"email": access_code.email},
            )
            return redirect("nexus_admin_access_codes")

    codes = AccessCode.objects.select_related("member", "redeemed_by").order_by("-issued_at")
    state = request.GET.get("state", "")
    codes = filter_by_state(codes, state)
    page = Paginator(codes, PER_PAGE).get_page(request.GET.get("p"))
    return render(
        request,
        "extranet/admin/access_codes.html",
        {"form": form, "codes": page, "state": state, "states": STATES},
    )


STATES = [
    ("usable", gettext_lazy("Waiting to be used")),
    ("redeemed", gettext_lazy("Used")),
    ("revoked", gettext_lazy("Revoked")),
    ("expired", gettext_lazy("Expired")),
]


def filter_by_state(codes, state):
    now = timezone.now()
    if state == "usable":
        return codes.usable()
    if state == "redeemed":
        return codes.filter(redeemed_at__isnull=False)
    if state == "revoked":
        return codes.filter(revoked_at__isnull=False)
    if state == "expired":
        return codes.filter(redeemed_at__isnull=True, revoked_at__isnull=True, expires_at__lte=now)
    return codes


@transaction.atomic
def issue_to_every_member(request):
    """A code for each contact of each active member that has none waiting to be used."""
    waiting = set(AccessCode.objects.usable().values_list("member_id", "email"))
    sent = 0
    members = Member.objects.public().prefetch_related("contacts")
    without_contact = 0
    for member in members:
        contacts = list(member.contacts.all())
        if not contacts:
            without_contact += 1
        for contact in contacts:
            if (member.pk, contact.email) not in waiting:
                issue_access_code(request, member, contact.email)
                sent += 1
    return sent, without_contact


def security_events(request):
    require(request, "extranet.view_securityevent")
    events = SecurityEvent.objects.select_related("user").order_by("-created_at")
    kind = request.GET.get("kind", "")
    if kind in SecurityEventKind.values:
        events = events.filter(kind=kind)
    email = request.GET.get("email", "").strip()[:254]
    if email:
        events = events.filter(email__icontains=email)
    page = Paginator(events, PER_PAGE).get_page(request.GET.get("p"))
    return render(
        request,
        "extranet/admin/security_events.html",
        {"events": page, "kind": kind, "kinds": SecurityEventKind.choices, "email": email},
    )
