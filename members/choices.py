from django.db import models
from django.utils.translation import gettext_lazy as _


class Region(models.TextChoices):
    AFRICA = "africa", _("Africa")
    EUROPE = "europe", _("Europe")
    MIDDLE_EAST = "middle_east", _("Middle East")
    AMERICAS = "americas", _("Americas")
    ASIA_PACIFIC = "asia_pacific", _("Asia-Pacific")


class MemberType(models.TextChoices):
    LOCAL_GOVERNMENT = "local_government", _("Local government")
    CORPORATION = "corporation", _("Corporation")
    INSTITUTION = "institution", _("Institution")


class RoleKind(models.TextChoices):
    PRESIDENT_CITY = "president_city", _("President city")
    VICE_PRESIDENT_CITY = "vice_president_city", _("Vice-president city")
    EXECUTIVE_COMMITTEE = "executive_committee", _("Executive committee member")
    REGIONAL_OFFICE = "regional_office", _("Regional office host")
