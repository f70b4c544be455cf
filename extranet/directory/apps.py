from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from extranet.core import registry
from extranet.core.roles import EVERYONE


class DirectoryConfig(AppConfig):
    name = "extranet.directory"
    label = "nexus_directory"
    verbose_name = _("Nexus directory")

    def ready(self):
        registry.include_urls("extranet.directory.urls")
        registry.set_person_page("nexus:person")
        registry.add_menu_entry(_("People"), "nexus:people", roles=EVERYONE, order=20)
        registry.add_menu_entry(_("Organisations"), "nexus:organisations", roles=EVERYONE, order=30)
        registry.add_shortcut("extranet/directory/shortcut_people.html", roles=EVERYONE, order=20)
        registry.add_shortcut(
            "extranet/directory/shortcut_organisations.html", roles=EVERYONE, order=30
        )
