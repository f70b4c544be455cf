from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from .models import AccessCode, SecurityEventKind
from .security import record


def issue_access_code(request, member, email, role=None):
    """Issue a code for `email` on behalf of the signed-in person, e-mail it and log it."""
    access_code, code = AccessCode.issue(member, email, request.user, role=role)
    send_access_code(request, access_code, code)
    record(
        SecurityEventKind.CODE_ISSUED,
        request,
        request.user,
        member=member.name,
        to=access_code.email,
    )
    return access_code


def send_access_code(request, access_code, code):
    """E-mail the invitation link with its code, in the sender's language; the code exists
    nowhere else."""
    with translation.override(translation.get_language() or settings.LANGUAGE_CODE):
        link = request.build_absolute_uri(reverse("join", args=[code]))
        body = render_to_string(
            "extranet/email/access_code.txt",
            {"access_code": access_code, "code": code, "link": link},
        )
        subject = _("Your access to WeGO Nexus for %(member)s") % {
            "member": access_code.member.name
        }
    send_mail(subject, body, None, [access_code.email])
