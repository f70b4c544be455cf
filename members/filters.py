"""The member directory's filters. The same filters drive the list, the counts and the map,
so that a shared address shows the same members in all three."""

import django_filters
from django import forms
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from foundation.filters import QueryFilterSet, TextFilter

from .choices import MemberType, Region, RoleKind

NOT_A_FILTER_VALUE = {"invalid_choice": _("“%(value)s” is not a filter value.")}
SORTS = {
    "name": (_("Name"), ["name"]),
    "country": (_("Country"), ["country", "name"]),
    "region": (_("Region"), ["region", "country", "name"]),
    "joined": (_("Year joined"), ["-year_joined", "name"]),
}


class CountryCodeField(forms.ChoiceField):
    """An ISO 3166-1 code, in capitals or not."""

    def to_python(self, value):
        return super().to_python(value).strip().upper()


class CountryFilter(django_filters.ChoiceFilter):
    field_class = CountryCodeField


class MemberFilterSet(QueryFilterSet):
    # In the order of today's addresses (pagination and facet links rebuild them).
    region = django_filters.ChoiceFilter(choices=Region.choices, error_messages=NOT_A_FILTER_VALUE)
    country = CountryFilter(
        choices=lambda: list(countries),
        error_messages={"invalid_choice": _("“%(value)s” is not a country code.")},
    )
    type = django_filters.ChoiceFilter(
        field_name="member_type", choices=MemberType.choices, error_messages=NOT_A_FILTER_VALUE
    )
    role = django_filters.ChoiceFilter(
        choices=RoleKind.choices, method="filter_role", error_messages=NOT_A_FILTER_VALUE
    )
    q = TextFilter(method="filter_text", max_length=100)
    sort = django_filters.ChoiceFilter(
        choices=[(value, label) for value, (label, _ordering) in SORTS.items()],
        method="sort_by",
        error_messages=NOT_A_FILTER_VALUE,
    )

    defaults = {"sort": "name"}
    orderings = ("sort",)

    def filter_text(self, members, name, text):
        """Name or city contains the text, or the country's name (in the visitor's language)
        does."""
        wanted = text.casefold()
        matching_countries = [
            code for code, country_name in countries if wanted in str(country_name).casefold()
        ]
        return members.filter(
            Q(name__icontains=text) | Q(city__icontains=text) | Q(country__in=matching_countries)
        )

    def filter_role(self, members, name, role):
        return members.holding(role)

    def sort_by(self, members, name, sort):
        return members.order_by(*SORTS[sort][1])

    def facet_counts(self):
        """Members per region and per type under the current filters, each facet ignoring its
        own filter so that the visitor sees what choosing another value would give; types
        without any member under them are left out."""
        by_region = dict(
            self.without("region").qs.values_list("region").annotate(total=Count("pk")).order_by()
        )
        by_type = dict(
            self.without("type")
            .qs.values_list("member_type")
            .annotate(total=Count("pk"))
            .order_by()
        )
        chosen_type = self.values.get("type")
        return (
            [(value, label, by_region.get(value, 0)) for value, label in Region.choices],
            # Only the types there are members of: the directory may not list every type the
            # association counts (MembershipCounts says how many it does not list).
            [
                (value, label, by_type.get(value, 0))
                for value, label in MemberType.choices
                if by_type.get(value) or value == chosen_type
            ],
        )
