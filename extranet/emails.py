from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _


def send_access_code(request, access_code, code, language=None):
    """E-mail the invitation link with its code; the code exists nowhere else."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    with translation.override(language):
        link = request.build_absolute_uri(reverse("join", args=[code]))
        body = render_to_string(
            "extranet/email/access_code.txt",
            {"access_code": access_code, "code": code, "link": link},
        )
        subject = _("Your access to WeGO Nexus for %(member)s") % {
            "member": access_code.member.name
        }
    send_mail(subject, body, None, [access_code.email])
