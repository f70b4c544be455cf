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
