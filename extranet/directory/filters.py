"""The filters of the people and organisation directories."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from extranet.core.forms import MAX_TAG_LENGTH
from foundation.filters import QueryFilterSet
from members.choices import MemberType, Region


class DirectoryFilter(QueryFilterSet):
    """What both directories filter by: words, the organisation's region, country and type, and
    a topic. Only countries present in the list are offered. A wrong value is reported on the
    form and, unlike the public lists, nothing is filtered: people search for colleagues by
    several criteria at once, and a half-applied search would show people they did not ask
    for."""

    # How the list reaches the organisation ("member__" from a person), which fields the words
    # are looked for in, and which tags the topic is.
    member_path = ""
    text_lookups = ()
    topic_lookup = ""

    q = django_filters.CharFilter(label=_("Name or words"), method="filter_text", max_length=100)
    region = django_filters.ChoiceFilter(
        label=_("Region"),
        choices=Region.choices,
        empty_label=_("All regions"),
        method="filter_organisation",
    )
    country = django_filters.ChoiceFilter(
        label=_("Country"), empty_label=_("All countries"), method="filter_organisation"
    )
    type = django_filters.ChoiceFilter(
        field_name="member_type",
        label=_("Type"),
        choices=MemberType.choices,
        empty_label=_("All types"),
        method="filter_organisation",
    )
    topic = django_filters.CharFilter(
        label=_("Topic"), method="filter_topic", max_length=MAX_TAG_LENGTH
    )

    def __init__(self, data=None, queryset=None, **kwargs):
        super().__init__(data, queryset, **kwargs)
        country_codes = self.country_codes().values_list(self.member_path + "country", flat=True)
        self.filters["country"].extra["choices"] = sorted(
            ((code, countries.name(code)) for code in country_codes.distinct().order_by()),
            key=lambda choice: choice[1],
        )

    def country_codes(self):
        return self.queryset

    def filter_queryset(self, queryset):
        return super().filter_queryset(queryset) if self.form.is_valid() else queryset

    def filter_text(self, queryset, name, value):
        matches = Q()
        for lookup in self.text_lookups:
            matches |= Q(**{f"{lookup}__icontains": value})
        return queryset.filter(matches)

    def filter_organisation(self, queryset, name, value):
        return queryset.filter(**{self.member_path + name: value})

    def filter_topic(self, queryset, name, value):
        return queryset.filter(**{f"{self.topic_lookup}__iexact": value})


class PeopleFilter(DirectoryFilter):
    member_path = "member__"
    text_lookups = ("name", "position", "member__name", "tagged_expertise__tag__name")
    topic_lookup = "tagged_expertise__tag__name"

    def country_codes(self):
        # The secretariat belongs to no organisation, hence to no country.
        return self.queryset.exclude(member=None)


class OrganisationFilter(DirectoryFilter):
    text_lookups = (
        "name",
        "city",
        "nexus_profile__members_description",
        "nexus_profile__tagged_priorities__tag__name",
    )
    topic_lookup = "nexus_profile__tagged_priorities__tag__name"
