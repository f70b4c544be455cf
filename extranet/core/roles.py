"""The roles of Nexus accounts, and the groups of them that views and menu entries name. Apart
from the models so that every app's AppConfig can name them before the models are loaded."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    SECRETARIAT = "secretariat", _("Secretariat")
    MEMBER_ADMIN = "member_admin", _("Member administrator")
    MEMBER_USER = "member_user", _("Member user")


EVERYONE = (Role.SECRETARIAT, Role.MEMBER_ADMIN, Role.MEMBER_USER)
MEMBER_ADMINS = (Role.MEMBER_ADMIN,)
SECRETARIAT = (Role.SECRETARIAT,)
