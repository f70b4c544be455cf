from types import SimpleNamespace
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.auth_backends import AuthenticationBackend
from allauth.account.internal.stagekit import clear_login
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from foundation.addresses import absolute_url, current_site, site_hostname
from foundation.clients import client_address

from .models import Profile, SecurityEventKind
from .security import record


def nexus_profile(user):
    try:
        return user.nexus_profile
    except Profile.DoesNotExist:
        return None


def user_display(user):
    """How the sign-in pages name a person (ACCOUNT_USER_DISPLAY): their Nexus name, else their
    name or e-mail, never the internal username of accounts created from an access code."""
    profile = nexus_profile(user)
    if profile is not None and profile.name and not profile.closed_at:
        return profile.name
    return user.get_full_name() or user.email or user.get_username()


class NexusAuthenticationBackend(AuthenticationBackend):
    """Sign-in by e-mail (django-allauth), refused for accounts whose organisation has been
    deactivated or that were closed. The same check runs on every request of a signed-in
    person (get_user), so deactivating an organisation signs its people out at once. Staff
    without a Nexus profile (site administrators) sign in as usual."""

    def user_can_authenticate(self, user):
        if not super().user_can_authenticate(user):
            return False
        profile = nexus_profile(user)
        return profile is None or profile.has_access


class NexusAccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request):
        # Accounts are created only by redeeming an access code (extranet.core.views.join).
        return False

    # Links and the site's name in sign-in mail follow the site's address, as every other
    # absolute link does (foundation.addresses), not the Host header of the request.
    def get_reset_password_from_key_url(self, key):
        url = super().get_reset_password_from_key_url(key)
        return absolute_url(urlsplit(url).path, self.request)

    def get_email_confirmation_url(self, request, emailconfirmation):
        url = super().get_email_confirmation_url(request, emailconfirmation)
        return absolute_url(urlsplit(url).path, request)

    def send_mail(self, template_prefix, email, context):
        hostname = site_hostname(self.request)
        site = current_site(self.request)
        name = (site.site_name if site else "") or hostname
        context = {"current_site": SimpleNamespace(name=name, domain=hostname), **context}
        super().send_mail(template_prefix, email, context)

    def get_client_ip(self, request):
        """django-allauth's limits count by the same client address as every other limit and
        the security log (foundation.clients)."""
        address = client_address(request)
        if address is None:
            raise PermissionDenied
        return address

    def get_login_redirect_url(self, request):
        return reverse("nexus:dashboard")

    def pre_login(self, request, user, **kwargs):
        # django-allauth lets a correct password through to its own "inactive account" check,
        # which knows nothing of organisations: refuse here those the backend refuses.
        profile = nexus_profile(user)
        if profile is not None and not profile.has_access:
            clear_login(request)
            record(SecurityEventKind.SIGN_IN_REFUSED, request, email=user.email)
            return self.respond_user_inactive(request, user)
        return super().pre_login(request, user, **kwargs)
