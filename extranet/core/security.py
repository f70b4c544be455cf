"""The security log: sign-ins, failures, lock-outs, codes and role changes, for the
secretariat to review (Nexus → Security events in the admin)."""

from allauth.account.signals import password_changed, password_reset
from allauth.mfa.signals import authenticator_added, authenticator_removed
from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.core.cache import cache
from django.dispatch import receiver

from foundation.clients import client_address

from .models import SecurityEvent, SecurityEventKind


def record(kind, request=None, user=None, email="", **details):
    """Log an event about `user` (or an address given). Whoever is signed in did it; without a
    session, the person at the keyboard acts for the account (signing in, redeeming a code)."""
    if user is not None and not getattr(user, "is_authenticated", False):
        user = None
    signed_in = getattr(request, "user", None)
    actor = signed_in if getattr(signed_in, "is_authenticated", False) else user
    return SecurityEvent.objects.create(
        kind=kind,
        user=user,
        actor=actor,
        email=(email or getattr(user, "email", "") or "")[:254],
        ip_address=client_address(request),
        user_agent=(request.META.get("HTTP_USER_AGENT", "") if request else "")[:300],
        details=details,
    )


def failed_sign_ins_key(email):
    return f"nexus:failed-sign-ins:{email.strip().lower()}"


@receiver(user_logged_in)
def on_signed_in(sender, request, user, **kwargs):
    record(SecurityEventKind.SIGNED_IN, request, user)
    if user.email:
        cache.delete(failed_sign_ins_key(user.email))


@receiver(user_logged_out)
def on_signed_out(sender, request, user, **kwargs):
    if user is not None:
        record(SecurityEventKind.SIGNED_OUT, request, user)


@receiver(user_login_failed)
def on_sign_in_failed(sender, credentials, request=None, **kwargs):
    email = str(credentials.get("email") or credentials.get("username") or "")
    record(SecurityEventKind.SIGN_IN_FAILED, request, email=email)
    # django-allauth refuses further attempts for this address after this many failures
    # (ACCOUNT_RATE_LIMITS["login_failed"]); the log says when that happens.
    key = failed_sign_ins_key(email)
    failures = cache.get_or_set(key, 0, settings.NEXUS_LOCKOUT_SECONDS) + 1
    cache.set(key, failures, settings.NEXUS_LOCKOUT_SECONDS)
    if failures == settings.NEXUS_LOCKOUT_ATTEMPTS:
        record(SecurityEventKind.LOCKED_OUT, request, email=email, failures=failures)


@receiver(password_changed)
def on_password_changed(sender, request, user, **kwargs):
    record(SecurityEventKind.PASSWORD_CHANGED, request, user)


@receiver(password_reset)
def on_password_reset(sender, request, user, **kwargs):
    record(SecurityEventKind.PASSWORD_RESET, request, user)


@receiver(authenticator_added)
def on_mfa_activated(sender, request, user, authenticator, **kwargs):
    record(SecurityEventKind.MFA_ACTIVATED, request, user, type=authenticator.type)


@receiver(authenticator_removed)
def on_mfa_deactivated(sender, request, user, authenticator, **kwargs):
    record(SecurityEventKind.MFA_DEACTIVATED, request, user, type=authenticator.type)
