"""The filter of Nexus's list of events."""

import django_filters
from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from foundation.filters import QueryFilterSet, TextFilter

UPCOMING, PAST = "upcoming", "past"


class EventFilter(QueryFilterSet):
    defaults = {"when": UPCOMING}

    q = TextFilter(label=_("Title or words"), method="filter_text", max_length=100)
    when = django_filters.ChoiceFilter(
        label=_("When"),
        choices=[(UPCOMING, _("Upcoming")), (PAST, _("Past"))],
        empty_label=None,
        method="filter_when",
    )
    mine = django_filters.BooleanFilter(
        label=_("Only events I answered"), method="filter_mine", widget=forms.CheckboxInput
    )

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.now = timezone.now()

    @property
    def qs(self):
        queryset = super().qs
        # The default applies without a "when" in the address too.
        if "when" not in self.values:
            queryset = self.filter_when(queryset, "when", UPCOMING)
        return queryset

    def filter_text(self, queryset, name, value):
        return queryset.filter(
            Q(event__title__icontains=value) | Q(event__summary__icontains=value)
        )

    def filter_when(self, queryset, name, value):
        if value == PAST:
            return queryset.filter(event__ends_at__lt=self.now).order_by("-event__starts_at")
        # Upcoming: what has not ended, and what has no date yet (a month only counts too).
        return queryset.exclude(event__ends_at__lt=self.now).order_by("event__starts_at", "pk")

    def filter_mine(self, queryset, name, value):
        return queryset.filter(my_status__isnull=False) if value else queryset
