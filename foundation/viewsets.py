"""Admin screens of the foundation's snippets; the home app places them in its menus."""

from django.utils import timezone
from django.utils.formats import date_format
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Person


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "position", "organisation", "team"]
    list_filter = ["team"]
    search_fields = ["name", "position", "organisation"]


def local_time(value, format_name="DATETIME_FORMAT", empty="—"):
    """A moment in the site's time zone, written out in the admin's language."""
    return date_format(timezone.localtime(value), format_name) if value else empty


class LocalTimeColumn(Column):
    """A time in the site's time zone, written out (Wagtail's DateColumn says how long ago)."""

    def get_value(self, instance):
        return local_time(super().get_value(instance))


class LocalDateColumn(Column):
    """A date in the site's time zone, as a date: "31 December 2026" (Wagtail's DateColumn says
    how long ago, which reads "just now" for a date to come)."""

    def get_value(self, instance):
        return local_time(super().get_value(instance), "DATE_FORMAT", empty="")
