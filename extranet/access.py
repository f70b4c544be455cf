"""Who may open which Nexus page. Every view in extranet/urls.py is wrapped in nexus_view, and
the authorisation test walks the URL configuration to prove it (tests/extranet)."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

from .auth import nexus_profile
from .models import Role

EVERYONE = (Role.SECRETARIAT, Role.MEMBER_ADMIN, Role.MEMBER_USER)
MEMBER_ADMINS = (Role.MEMBER_ADMIN,)
SECRETARIAT = (Role.SECRETARIAT,)


def nexus_view(roles=EVERYONE):
    """A signed-in person with an active Nexus account in one of `roles`: anyone else is sent to
    sign in (and back here afterwards) or refused."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            profile = nexus_profile(request.user)
            if profile is None or not profile.has_access or profile.role not in roles:
                raise PermissionDenied
            request.nexus_profile = profile
            return view(request, *args, **kwargs)

        wrapped.nexus_roles = roles
        return wrapped

    return decorator
