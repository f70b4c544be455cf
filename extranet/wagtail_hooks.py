from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from . import admin_views


@hooks.register("register_admin_urls")
def nexus_admin_urls():
    return [
        path("nexus/access-codes/", admin_views.access_codes, name="nexus_admin_access_codes"),
        path("nexus/security/", admin_views.security_events, name="nexus_admin_security_events"),
    ]


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


nexus_menu = Menu(
    register_hook_name="register_nexus_menu_item", construct_hook_name="construct_nexus_menu"
)


@hooks.register("register_nexus_menu_item")
def access_codes_menu_item():
    return PermissionMenuItem(
        _("Access codes"),
        reverse("nexus_admin_access_codes"),
        icon_name="key",
        permission="extranet.view_accesscode",
    )


@hooks.register("register_nexus_menu_item")
def security_menu_item():
    return PermissionMenuItem(
        _("Security events"),
        reverse("nexus_admin_security_events"),
        icon_name="warning",
        permission="extranet.view_securityevent",
    )


@hooks.register("register_admin_menu_item")
def nexus_menu_item():
    return SubmenuMenuItem(_("Nexus"), nexus_menu, icon_name="group", order=160)
