"""The member directory's filters. The same filters drive the list, the counts and the map,
so that a shared address shows the same members in all three."""

from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from .choices import MemberType, Region, RoleKind

MAX_TEXT_LENGTH = 100
SORTS = {
    "name": (_("Name"), ["name"]),
    "country": (_("Country"), ["country", "name"]),
    "region": (_("Region"), ["region", "country", "name"]),
    "joined": (_("Year joined"), ["-year_joined", "name"]),
}


@dataclass
class DirectoryFilters:
    region: str = ""
    country: str = ""
    member_type: str = ""
    role: str = ""
    text: str = ""
    sort: str = "name"
    errors: list = field(default_factory=list)

    @classmethod
    def from_query(cls, query):
        """Read the filters; unknown values are dropped and reported, never passed on."""
        filters = cls(text=query.get("q", "").strip()[:MAX_TEXT_LENGTH])
        choices = {
            "region": Region.values,
            "member_type": MemberType.values,
            "role": RoleKind.values,
            "sort": list(SORTS),
        }
        for name, allowed in choices.items():
            value = query.get("type" if name == "member_type" else name, "")
            if value in allowed:
                setattr(filters, name, value)
            elif value:
                filters.errors.append(_("“%(value)s” is not a filter value.") % {"value": value})
        country = query.get("country", "").upper()
        if country in countries:
            filters.country = country
        elif country:
            filters.errors.append(_("“%(value)s” is not a country code.") % {"value": country})
        return filters

    @property
    def active(self):
        return any((self.region, self.country, self.member_type, self.role, self.text))

    def apply(self, members, skip=()):
        if self.region and "region" not in skip:
            members = members.filter(region=self.region)
        if self.member_type and "member_type" not in skip:
            members = members.filter(member_type=self.member_type)
        if self.country:
            members = members.filter(country=self.country)
        if self.role:
            members = members.holding(self.role)
        if self.text:
            members = members.filter(self.text_condition())
        return members

    def text_condition(self):
        """Name or city contains the text, or the country's name (in the visitor's language)
        does."""
        wanted = self.text.casefold()
        matching_countries = [code for code, name in countries if wanted in str(name).casefold()]
        return (
            Q(name__icontains=self.text)
            | Q(city__icontains=self.text)
            | Q(country__in=matching_countries)
        )

    def query_string(self, **overrides):
        values = {
            "region": self.region,
            "country": self.country,
            "type": self.member_type,
            "role": self.role,
            "q": self.text,
            "sort": "" if self.sort == "name" else self.sort,
            **overrides,
        }
        return urlencode({key: value for key, value in values.items() if value})

    def ordering(self):
        return SORTS[self.sort][1]


def counts(members, filters):
    """Members per region and per type under the current filters, each facet ignoring its own
    filter so that the visitor sees what choosing another value would give."""
    by_region = dict(
        filters.apply(members, skip={"region"})
        .values_list("region")
        .annotate(total=Count("pk"))
        .order_by()
    )
    by_type = dict(
        filters.apply(members, skip={"member_type"})
        .values_list("member_type")
        .annotate(total=Count("pk"))
        .order_by()
    )
    return (
        [(value, label, by_region.get(value, 0)) for value, label in Region.choices],
        [(value, label, by_type.get(value, 0)) for value, label in MemberType.choices],
    )
