from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FoundationConfig(AppConfig):
    name = "foundation"
    verbose_name = _("Foundation of the site")

    def ready(self):
        from . import signals  # noqa: F401  (receivers connect when their module loads)
