from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News, press releases and media advisories")

    def ready(self):
        from foundation import media_access

        from . import signals  # noqa: F401  (receivers connect when their module loads)
        from .embargo import grants_access

        media_access.add_access_rule(grants_access)
