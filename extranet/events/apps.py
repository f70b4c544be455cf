from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _
from wagtail.signals import page_published, page_unpublished

from extranet.core import registry
from extranet.core.roles import EVERYONE


class EventsConfig(AppConfig):
    name = "extranet.events"
    label = "nexus_events"
    verbose_name = _("Nexus events")

    def ready(self):
        registry.include_urls("extranet.events.urls")
        registry.add_menu_entry(_("Events"), "nexus:events", roles=EVERYONE, order=37)
        registry.add_shortcut(
            "extranet/events/shortcut_events.html",
            roles=EVERYONE,
            order=25,
            context="extranet.events.views.events_shortcut",
        )
        registry.add_personal_data("events", "extranet.events.services.personal_data")
        registry.add_search_kind(
            "event",
            _("Event"),
            document="extranet.events.services.search_document",
            all_ids="extranet.events.services.searchable_registration_ids",
        )
        from events.models import EventPage

        from . import models, services

        post_save.connect(services.reindex_registration, sender=models.Registration)
        post_delete.connect(services.reindex_registration, sender=models.Registration)
        page_published.connect(services.reindex_event_page, sender=EventPage)
        page_unpublished.connect(services.reindex_event_page, sender=EventPage)
        registry.add_notification_kind(
            "event_place_given", _("A place became free: you are going to %(event)s.")
        )
        registry.add_notification_kind(
            "event_registered_by_colleague", _("%(person)s registered you for %(event)s.")
        )
        registry.add_notification_kind(
            "event_registered_by_secretariat", _("The secretariat registered you for %(event)s.")
        )
        registry.add_notification_kind(
            "event_removed_by_secretariat", _("The secretariat took you off the list of %(event)s.")
        )
        # Calendars, changes and reminders
        registry.add_notification_kind(
            "event_changed",
            _(
                "%(event)s has changed: see the new details. "
                "Your updated calendar file: %(calendar)s"
            ),
        )
        registry.add_notification_kind(
            "event_cancelled",
            _("%(event)s is cancelled. Your updated calendar file: %(calendar)s"),
        )
        from . import changes

        changes.connect()
