from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FoundationConfig(AppConfig):
    name = "foundation"
    verbose_name = _("Foundation of the site")

    def ready(self):
        from . import signals, translation_sync  # noqa: F401  (receivers connect on import)
