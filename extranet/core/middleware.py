from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from .auth import nexus_profile

ADMIN_PREFIX = "/admin/"


class NexusAccessMiddleware:
    """Accounts that may use the admin (any group or permission giving access to it, staff,
    superusers) and secretariat accounts must turn on two-factor authentication before they use
    Nexus or the admin. (Accounts of deactivated organisations, and closed ones, are signed out
    on their next request by the authentication backend, see auth.py.)"""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not (settings.NEXUS_REQUIRE_MFA_FOR_STAFF and self.guarded(request)):
            return None
        if not self.needs_second_factor(request.user):
            return None
        messages.warning(
            request,
            _(
                "Accounts that can use the administration or the secretariat's tools need "
                "two-factor authentication. Set it up to go on."
            ),
        )
        return redirect(reverse("mfa_activate_totp"))

    @staticmethod
    def guarded(request):
        """Nexus pages (matched by their URL namespace, whatever the language prefix) and the
        admin; sign-in and two-factor set-up pages are neither."""
        return request.resolver_match.namespaces[:1] == ["nexus"] or request.path_info.startswith(
            ADMIN_PREFIX
        )

    @staticmethod
    def needs_second_factor(user):
        if not user.is_authenticated:
            return False
        if not requires_second_factor(user):
            return False
        return not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def requires_second_factor(user):
    """Whether the account must use two-factor authentication: it can use the admin (through
    any group, its own permissions or as a superuser: Wagtail never sets is_staff), is staff,
    or belongs to the secretariat."""
    if user.is_staff or user.has_perm("wagtailadmin.access_admin"):
        return True
    profile = nexus_profile(user)
    return profile is not None and profile.is_secretariat


PRIVATE_SECTIONS = {"nexus", "accounts"}


class PrivateResponseMiddleware:
    """Nothing personal stays in a browser's cache or a shared one: Nexus (its pages, files and
    the data export), the account pages (sign-in, join links with their code, two-factor
    set-up) and whatever else a signed-in person is served, unless the response says it is
    the same for everyone (Cache-Control: public, as released pictures do)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if self.in_private_section(request.path_info) or (
            self.is_signed_in(request) and not self.is_public(response)
        ):
            response["Cache-Control"] = "private, no-store"
        return response

    @staticmethod
    def in_private_section(path):
        """/<language>/nexus/… and /<language>/accounts/…"""
        parts = path.split("/")
        return (
            len(parts) > 2 and parts[1] in dict(settings.LANGUAGES) and parts[2] in PRIVATE_SECTIONS
        )

    @staticmethod
    def is_signed_in(request):
        # Visitors without a session are never signed in: their session is not even read, so
        # that their responses do not vary on the cookie.
        return settings.SESSION_COOKIE_NAME in request.COOKIES and request.user.is_authenticated

    @staticmethod
    def is_public(response):
        return "public" in response.get("Cache-Control", "")
