from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from foundation.addresses import absolute_url

from .models import Profile


def send_access_code(request, access_code, code, inviter=None):
    """E-mail the invitation link with its code, in the sender's language, from the inviting
    member administrator (their Nexus profile) or else the secretariat. The code exists
    nowhere else: the database keeps its hash, and the mail queue holds the message encrypted."""
    with translation.override(translation.get_language() or settings.LANGUAGE_CODE):
        link = absolute_url(reverse("join", args=[code]), request)
        body = render_to_string(
            "extranet/core/email/access_code.txt",
            {"access_code": access_code, "code": code, "link": link, "inviter": inviter},
        )
        subject = _("Your access to WeGO Nexus for %(member)s") % {
            "member": access_code.member.name
        }
    send_mail(subject, body, None, [access_code.email])


def send_account_exists(request, email, member):
    """Tell the holder of an account that an invitation (or someone with one) named their
    address, in the language they chose: nobody else learns that the address has an account."""
    holder = Profile.objects.filter(user__email__iexact=email).first()
    language = (holder and holder.preferred_language) or translation.get_language()
    with translation.override(language or settings.LANGUAGE_CODE):
        body = render_to_string(
            "extranet/core/email/account_exists.txt",
            {
                "member": member,
                "sign_in": absolute_url(reverse("account_login"), request),
                "reset_password": absolute_url(reverse("account_reset_password"), request),
            },
        )
        subject = _("Your WeGO Nexus account")
    send_mail(subject, body, None, [email])
