from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from .auth import nexus_profile

PROTECTED_SEGMENTS = ("/nexus/",)
MFA_EXEMPT_SEGMENTS = ("/accounts/2fa/", "/accounts/logout/", "/accounts/reauthenticate/")


class NexusAccessMiddleware:
    """Secretariat and staff accounts must turn on two-factor authentication before they use
    Nexus or the admin. (Accounts of deactivated organisations, and closed ones, are signed out
    on their next request by the authentication backend, see auth.py.)"""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        signed_in = user is not None and user.is_authenticated
        if signed_in and self.needs_second_factor(request, user, nexus_profile(user)):
            messages.warning(
                request,
                _("Secretariat accounts need two-factor authentication. Set it up to go on."),
            )
            return redirect(reverse("mfa_activate_totp"))
        return self.get_response(request)

    @staticmethod
    def needs_second_factor(request, user, profile):
        if not settings.NEXUS_REQUIRE_MFA_FOR_STAFF:
            return False
        is_staff = user.is_staff or (profile is not None and profile.is_secretariat)
        path = request.path
        guarded = path.startswith("/admin/") or any(s in path for s in PROTECTED_SEGMENTS)
        if not is_staff or not guarded or any(s in path for s in MFA_EXEMPT_SEGMENTS):
            return False
        from allauth.mfa.models import Authenticator

        return not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
