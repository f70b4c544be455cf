import django_filters
from django import forms

from foundation.filters import QueryFilterSet, TextFilter

from .choices import NewsKind


class YearFilter(django_filters.NumberFilter):
    field_class = forms.IntegerField


class ArticleFilterSet(QueryFilterSet):
    """The news index's filters: kind, year and tag. Its form never shows wrong values: the
    selects only offer valid ones."""

    kind = django_filters.ChoiceFilter(choices=NewsKind.choices)
    year = YearFilter(field_name="date", lookup_expr="year", min_value=1901, max_value=2199)
    tag = TextFilter(field_name="tags__slug", max_length=100)
