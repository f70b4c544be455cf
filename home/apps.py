from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and site-wide pages")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Locale

        from .locales import forget_locales
        from .page_cache import connect_invalidation

        connect_invalidation()
        for signal in (post_save, post_delete):
            signal.connect(forget_locales, sender=Locale, weak=False)
