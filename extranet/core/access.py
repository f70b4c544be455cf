"""Who may open which Nexus page. Every view of the Nexus URLconf (extranet/urls.py: the
core's and each capability's) is wrapped in nexus_view, and the authorisation test walks the
URL configuration to prove it (tests/extranet/test_authorization_matrix.py)."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

from foundation.private_files import private_file_response

from .auth import nexus_profile
from .roles import EVERYONE


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


def private_image(field_file):
    """An uploaded image that only signed-in members may see, without its stored name; never
    kept by a cache, like everything in Nexus (middleware.PrivateResponseMiddleware)."""
    return private_file_response(field_file)
