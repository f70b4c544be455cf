from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FoundationConfig(AppConfig):
    name = "foundation"
    verbose_name = _("Foundation of the site")

    def ready(self):
        from wagtail.models import ReferenceIndex

        # Receivers connect, and checks register, when their modules load.
        from . import addresses, signals, translated_privacy, translation_sync  # noqa: F401
        from .models import SiteSettings

        # Its default social image is shown on every page: the embargo (media_access.py)
        # must know that the image is used there.
        ReferenceIndex.register_model(SiteSettings)
