"""Telephone numbers as people write them ("+82 2 2133 5463") and as links dial them
(tel:+82221335463, E.164: a plus, the country code and at most 15 digits)."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

SEPARATORS = re.compile(r"[\s().\-/]")
E164 = re.compile(r"\+[1-9]\d{6,14}")


def e164(number):
    """The number in E.164 form, or None when it is not written in international form."""
    digits = SEPARATORS.sub("", number or "")
    return digits if E164.fullmatch(digits) else None


def validate_international_phone(number):
    if e164(number) is None:
        raise ValidationError(
            _(
                "Write the number in international form: a plus, the country code and the "
                "number, e.g. +82 2 2133 5463."
            )
        )
