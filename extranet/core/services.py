"""Every change the Nexus core makes. Views and capabilities call these functions, which check
who may act, change the models in a transaction, notify and keep the security log. Those that
act for the signed-in person take the request: it says who acts, and the log keeps its
address."""

import datetime
import secrets
import uuid

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from foundation.clients import client_address, exceeds_hourly_limit
from foundation.private_files import delete_after_commit
from members.models import Member

from . import registry
from .emails import send_access_code, send_account_exists
from .models import (
    AccessCode,
    EmailFrequency,
    Notification,
    OrganisationProfile,
    Profile,
    Role,
    SecurityEventKind,
    hash_code,
)
from .notifications import email_later
from .security import record

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"  # no look-alikes: 0/O, 1/I/L, U/V
CODE_GROUPS, CODE_GROUP_LENGTH = 3, 4
ACCESS_CODE_DAYS = 30
INVITABLE_ROLES = (Role.MEMBER_USER, Role.MEMBER_ADMIN)


class Refused(Exception):
    """A change the person may not make; the message tells them why."""


class CodeAlreadyUsed(Exception):
    pass


def is_admin_of(profile, member):
    return profile is not None and profile.is_member_admin and profile.member_id == member.pk


def require_admin_of(request, member):
    if not is_admin_of(getattr(request, "nexus_profile", None), member):
        raise PermissionDenied


# Notifications


def notify(recipient, kind, url="", **data):
    """Record a notification for the user, and e-mail it once committed if they asked for that."""
    if kind not in registry.notification_kinds():
        raise ValueError(f"Unknown notification kind {kind!r}; register it first.")
    notification = Notification.objects.create(
        recipient=recipient,
        kind=kind,
        data={key: str(value) for key, value in data.items()},
        url=url,
    )
    profile = getattr(recipient, "nexus_profile", None)
    if profile and profile.email_frequency == EmailFrequency.IMMEDIATELY and recipient.email:
        email_later([notification])
    return notification


def notify_secretariat(kind, url="", **data):
    for reviewer in Profile.objects.filter(
        role=Role.SECRETARIAT, closed_at__isnull=True
    ).select_related("user"):
        notify(reviewer.user, kind, url=url, **data)


def unread_notifications(user):
    return Notification.objects.filter(recipient=user, read_at__isnull=True)


def unread_notifications_count(request):
    """Counted once a request: the header's bell and the menu's badge both show it."""
    if not hasattr(request, "nexus_unread_notifications"):
        request.nexus_unread_notifications = unread_notifications(request.user).count()
    return request.nexus_unread_notifications


def mark_notifications_read(user):
    Notification.objects.filter(recipient=user, read_at__isnull=True).update(read_at=timezone.now())


def record_dashboard_visit(profile):
    """The person opens the dashboard: what it showed is no longer new on their next visit.
    Gives the time of the visit before this one (or of joining, on the first), from which on
    activity is new."""
    previous = profile.last_dashboard_visit or profile.created_at
    profile.last_dashboard_visit = timezone.now()
    Profile.objects.filter(pk=profile.pk).update(last_dashboard_visit=profile.last_dashboard_visit)
    return previous


def mark_notification_read(notification):
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])


# Access codes


def create_access_code(member, email, issued_by, role=None, days=ACCESS_CODE_DAYS):
    """A new code for the member, and the code itself (shown once, never stored)."""
    if role is None:
        # The organisation's first account runs it; the next ones join it.
        has_admin = Profile.objects.filter(member=member, role=Role.MEMBER_ADMIN).exists()
        role = Role.MEMBER_USER if has_admin else Role.MEMBER_ADMIN
    code = "-".join(
        "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUP_LENGTH))
        for _ in range(CODE_GROUPS)
    )
    access_code = AccessCode.objects.create(
        member=member,
        email=email,
        role=role,
        code_hash=hash_code(code),
        issued_by=issued_by,
        expires_at=timezone.now() + datetime.timedelta(days=days),
    )
    return access_code, code


def may_issue_codes(request, member):
    """The secretariat (in the admin) for any member; a member administrator for their own."""
    return request.user.has_perm("extranet.add_accesscode") or is_admin_of(
        getattr(request, "nexus_profile", None), member
    )


@transaction.atomic
def issue_access_code(request, member, email, role=None):
    """Issue a code for `email` on behalf of the signed-in person, e-mail it and log it. The
    e-mail leaves once the code is committed; if it cannot be delivered, the code is revoked
    like any other and issued again."""
    if not may_issue_codes(request, member):
        raise PermissionDenied
    access_code, code = create_access_code(member, email, request.user, role=role)
    if has_account(access_code.email):
        # The code is kept and listed as any other, so that who invites learns nothing; its
        # holder is told instead that the address has an account already.
        send_account_exists(request, access_code.email, member)
    else:
        profile = getattr(request, "nexus_profile", None)
        inviter = profile if is_admin_of(profile, member) else None
        send_access_code(request, access_code, code, inviter=inviter)
    record(
        SecurityEventKind.CODE_ISSUED,
        request,
        request.user,
        member=member.name,
        to=access_code.email,
    )
    return access_code


@transaction.atomic
def contacts_to_invite():
    """[(member, e-mail)] of every active member's contacts with no code waiting, and the
    number of active members without a contact."""
    waiting = set(AccessCode.objects.usable().values_list("member_id", "email"))
    invited, without_contact = [], 0
    for member in Member.objects.public().prefetch_related("contacts"):
        contacts = list(member.contacts.all())
        if not contacts:
            without_contact += 1
        invited += [
            (member, contact.email)
            for contact in contacts
            if (member.pk, contact.email) not in waiting
        ]
    return invited, without_contact


def issue_to_every_member(request):
    """A code for each contact of each active member that has none waiting to be used; the
    number sent, and the number of active members without a contact."""
    if not request.user.has_perm("extranet.add_accesscode"):
        raise PermissionDenied
    invited, without_contact = contacts_to_invite()
    for member, email in invited:
        issue_access_code(request, member, email)
    return len(invited), without_contact


@transaction.atomic
def revoke_access_code(request, access_code):
    """Revoke a code not used yet (the secretariat any, a member administrator their
    organisation's); the attempt is logged either way."""
    if not (
        request.user.has_perm("extranet.change_accesscode")
        or is_admin_of(getattr(request, "nexus_profile", None), access_code.member)
    ):
        raise PermissionDenied
    if access_code.state == "usable":
        access_code.revoked_at = timezone.now()
        access_code.save(update_fields=["revoked_at"])
    record(SecurityEventKind.CODE_REVOKED, request, request.user, to=access_code.email)


def has_account(email):
    return get_user_model().objects.filter(email__iexact=email).exists()


def join_submissions_exceeded(request):
    """Whether the connection sent the join form too often this hour (a valid code must not
    become a way to try addresses or passwords at will); this submission counts."""
    return exceeds_hourly_limit(
        request, "nexus:join-submissions", settings.NEXUS_JOIN_SUBMISSIONS_PER_HOUR
    )


def code_attempts_key(request):
    return f"nexus:code-attempts:{client_address(request) or 'unknown'}"


def access_code_for_joining(request, code):
    """The code if it can be redeemed now, and otherwise why not: "throttled", "unknown",
    "expired", "revoked", "redeemed" or "inactive" (its organisation is turned off). Each
    refusal is logged and counts towards the connection's hourly limit."""
    attempts_key = code_attempts_key(request)
    if cache.get(attempts_key, 0) >= settings.NEXUS_CODE_ATTEMPTS_PER_HOUR:
        return None, "throttled"
    access_code = AccessCode.for_code(code)
    if access_code is not None and access_code.state == "usable" and access_code.member.active:
        return access_code, ""
    cache.set(attempts_key, cache.get(attempts_key, 0) + 1, 3600)
    if access_code is None:
        reason = "unknown"
    elif access_code.state == "usable":
        reason = "inactive"
    else:
        reason = access_code.state
    record(SecurityEventKind.CODE_REJECTED, request, reason=reason)
    return None, reason


@transaction.atomic
def create_account(access_code, data):
    """The account, profile and e-mail address the code grants, from the join form's data.
    Two people redeeming the same code at once: the second one gets CodeAlreadyUsed."""
    locked = AccessCode.objects.select_for_update().get(pk=access_code.pk)
    if locked.state != "usable":
        raise CodeAlreadyUsed
    email = data["email"]
    # The username is internal (sign-in is by e-mail); people see the name (user_display).
    user = get_user_model().objects.create_user(
        username=f"nexus-{uuid.uuid4().hex[:20]}",
        email=email,
        password=data["password1"],
        first_name=data["name"][:150],
    )
    EmailAddress.objects.create(
        user=user, email=email, primary=True, verified=email == access_code.email.lower()
    )
    Profile.objects.create(
        user=user,
        member=access_code.member,
        role=access_code.role,
        name=data["name"],
        # No contact e-mail until the person gives one: the sign-in address is not for members.
    )
    locked.redeemed_at, locked.redeemed_by = timezone.now(), user
    locked.save(update_fields=["redeemed_at", "redeemed_by"])
    return user


def refuse_existing_address(request, access_code, email):
    """Someone with a valid code gave the address of an existing account: no account is made
    and the code stays usable; the account's holder is told, the person at the form is shown
    what any new address shows."""
    send_account_exists(request, email, access_code.member)
    record(SecurityEventKind.CODE_REJECTED, request, email=email, reason="existing_account")


@transaction.atomic
def redeem_access_code(request, access_code, data):
    """Create the account, log it and tell the organisation's administrators. An address other
    than the invitation's is sent a confirmation link; the account is usable once it is
    confirmed."""
    user = create_account(access_code, data)
    record(SecurityEventKind.CODE_REDEEMED, request, user, member=access_code.member.name)
    for admin in Profile.objects.filter(member=access_code.member, role=Role.MEMBER_ADMIN).exclude(
        user=user
    ):
        notify(
            admin.user,
            "invitation_accepted",
            url=registry.person_page_url(user.nexus_profile),
            name=user.nexus_profile.name,
            member=access_code.member.name,
        )
    address = EmailAddress.objects.get(user=user, email=user.email)
    if not address.verified:
        address.send_confirmation(request, signup=True)
    return user


# Profiles


@transaction.atomic
@transaction.atomic
def update_profile(request, form):
    """Save the person's own profile form; the account's name follows the profile's, for the
    admin and the sign-in pages."""
    if form.instance.pk != request.nexus_profile.pk:
        raise PermissionDenied
    profile = form.save()
    user = request.user
    if "name" in form.changed_data and user.get_full_name() != profile.name:
        user.first_name, user.last_name = profile.name[:150], ""
        user.save(update_fields=["first_name", "last_name"])
    return profile


def organisation_profile_of(member):
    """What the organisation tells the other members; created empty the first time."""
    organisation_profile, _created = OrganisationProfile.objects.get_or_create(member=member)
    return organisation_profile


@transaction.atomic
def update_organisation_profile(request, form):
    """Save the organisation's profile for members (its administrators only)."""
    require_admin_of(request, form.instance.member)
    return form.save()


# Colleagues


@transaction.atomic
def change_role(request, colleague, role):
    """Give a colleague another role; an administrator cannot change their own. Returns
    whether anything changed."""
    require_admin_of(request, colleague.member)
    if role not in INVITABLE_ROLES:
        raise Refused(_("Choose a role from the list."))
    if colleague.pk == request.nexus_profile.pk:
        raise Refused(_("Ask another administrator to change your own role."))
    if colleague.role == role:
        return False
    previous, colleague.role = colleague.role, role
    colleague.save(update_fields=["role", "updated_at"])
    record(
        SecurityEventKind.ROLE_CHANGED,
        request,
        colleague.user,
        by=request.user.email,
        previous=previous,
        role=colleague.role,
    )
    notify(colleague.user, "role_changed", url=reverse("nexus:dashboard"), role=colleague.role)
    return True


@transaction.atomic
def deactivate_colleague(request, colleague):
    """A colleague of the administrator's organisation can no longer sign in."""
    require_admin_of(request, colleague.member)
    if colleague.pk == request.nexus_profile.pk:
        raise Refused(_("You cannot deactivate your own account here; close it instead."))
    colleague.user.is_active = False
    colleague.user.save(update_fields=["is_active"])
    record(SecurityEventKind.ACCOUNT_DEACTIVATED, request, colleague.user, by=request.user.email)


# The person's own account


@transaction.atomic
def close_account(request):
    """Remove what identifies the signed-in person; what they wrote for others stays, signed
    "former member". The caller signs them out."""
    profile, user = request.nexus_profile, request.user
    delete_after_commit(profile.photo.storage, profile.photo.name)
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
    record(SecurityEventKind.ACCOUNT_CLOSED, request, user)
