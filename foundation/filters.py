"""The one way lists are filtered from their address: django-filter FilterSets read from the
query string, as in the Wagtail admin.

Visitors share and bookmark filtered addresses, and robots invent them: a wrong value is
reported (`messages`) and left out, never applied and never an error page; the values that
did apply rebuild the links of the list (pagination, facet links) with `query_string`."""

import django_filters
from django import forms
from django.utils.functional import cached_property
from django.utils.http import urlencode


class TruncatedCharField(forms.CharField):
    """Free text cut to `max_length` rather than refused: a long query still finds something."""

    def to_python(self, value):
        value = super().to_python(value)
        return value[: self.max_length] if self.max_length else value


class TextFilter(django_filters.CharFilter):
    field_class = TruncatedCharField


class QueryFilterSet(django_filters.FilterSet):
    # Values that mean "no filter" when given explicitly, e.g. the default sort order.
    defaults = {}
    # Filters that only order the list: choosing one does not make the list "filtered".
    orderings = ()

    def __init__(self, data=None, *args, **kwargs):
        # Always bound, so that an address without a query string lists everything.
        super().__init__(data if data is not None else {}, *args, **kwargs)

    @cached_property
    def values(self):
        """The values that apply, by filter name: a wrong one is absent."""
        self.is_valid()  # validates once; invalid fields are left out of cleaned_data
        cleaned = self.form.cleaned_data
        return {
            name: cleaned[name]
            for name in self.filters
            if cleaned.get(name) not in (None, "", [])
            and cleaned.get(name) != self.defaults.get(name)
        }

    @property
    def active(self):
        return any(name not in self.orderings for name in self.values)

    @property
    def messages(self):
        return [message for errors in self.form.errors.values() for message in errors]

    def query_string(self, **overrides):
        values = {**self.values, **overrides}
        return urlencode({name: value for name, value in values.items() if value})

    def without(self, *names):
        """The same filters except those named: what choosing another value there would give."""
        data = self.data.copy()
        for name in names:
            data.pop(name, None)
        return type(self)(data, queryset=self.queryset, request=self.request)
