from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy


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


# Figures of each type, plural-aware: "160 local governments".
MEMBER_TYPE_COUNTS = {
    MemberType.LOCAL_GOVERNMENT: ngettext_lazy(
        "%(count)s local government", "%(count)s local governments", "count"
    ),
    MemberType.CORPORATION: ngettext_lazy(
        "%(count)s corporation", "%(count)s corporations", "count"
    ),
    MemberType.INSTITUTION: ngettext_lazy(
        "%(count)s institution", "%(count)s institutions", "count"
    ),
}
# The label beside a figure shown on its own.
MEMBER_TYPE_FIGURE_LABELS = {
    MemberType.LOCAL_GOVERNMENT: ngettext_lazy("Local government", "Local governments", "count"),
    MemberType.CORPORATION: ngettext_lazy("Corporation", "Corporations", "count"),
    MemberType.INSTITUTION: ngettext_lazy("Institution", "Institutions", "count"),
}


class RoleKind(models.TextChoices):
    PRESIDENT_CITY = "president_city", _("President city")
    VICE_PRESIDENT_CITY = "vice_president_city", _("Vice-president city")
    EXECUTIVE_COMMITTEE = "executive_committee", _("Executive committee member")
    REGIONAL_OFFICE = "regional_office", _("Regional office host")
