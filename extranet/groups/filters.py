"""The filter of the list of groups."""

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from foundation.filters import QueryFilterSet


class GroupFilter(QueryFilterSet):
    q = django_filters.CharFilter(label=_("Name or words"), method="filter_text", max_length=100)
    mine = django_filters.BooleanFilter(
        label=_("Only my groups"), method="filter_mine", widget=forms.CheckboxInput
    )

    def filter_text(self, queryset, name, value):
        return queryset.filter(Q(name__icontains=value) | Q(description__icontains=value))

    def filter_mine(self, queryset, name, value):
        return queryset.filter(is_member=True) if value else queryset
