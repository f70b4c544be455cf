import datetime

import factory
import wagtail_factories
from django.utils.text import slugify
from wagtail.models import Locale

from members.choices import MemberType, Region, RoleKind
from members.models import GovernancePage, Member, MemberDirectoryPage, MemberRole


class MemberFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda number: f"City number {number}")
    # The profile's address, as the importer makes it: /en/members/seoul/.
    slug = factory.LazyAttribute(lambda member: slugify(member.name))
    member_type = MemberType.LOCAL_GOVERNMENT
    country = "KR"
    region = Region.ASIA_PACIFIC
    latitude = 37.56667
    longitude = 126.97806
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Member

    class Params:
        # Turned off by the secretariat: no profile, listing, map marker or search result.
        inactive = factory.Trait(active=False)
        # Not on the map yet: the gazetteer did not find it and no editor placed it.
        unplaced = factory.Trait(latitude=None, longitude=None)


class MemberRoleFactory(factory.django.DjangoModelFactory):
    member = factory.SubFactory(MemberFactory)
    kind = RoleKind.EXECUTIVE_COMMITTEE
    starts_on = datetime.date(2022, 2, 1)

    class Meta:
        model = MemberRole

    class Params:
        # A term that is over: listed with its dates, no longer held.
        ended = factory.Trait(ends_on=datetime.date(2023, 1, 1))
        regional_office = factory.Trait(kind=RoleKind.REGIONAL_OFFICE, office_name="East Asia")


class MemberDirectoryPageFactory(wagtail_factories.PageFactory):
    title = "Members"
    slug = "members"

    class Meta:
        model = MemberDirectoryPage


class GovernancePageFactory(wagtail_factories.PageFactory):
    title = "Governance"
    slug = "governance"

    class Meta:
        model = GovernancePage


# Members in every region, where they are on the map; Erbil has no position yet.
MEMBERS_IN_EVERY_REGION = [
    ("Seoul", "KR", Region.ASIA_PACIFIC, 37.56667, 126.97806),
    ("Chengdu", "CN", Region.ASIA_PACIFIC, 30.57281, 104.06680),
    ("Makati", "PH", Region.ASIA_PACIFIC, 14.55470, 121.02445),
    ("Ulaanbaatar", "MN", Region.ASIA_PACIFIC, 47.88640, 106.90574),
    ("Abuja", "NG", Region.AFRICA, 9.05785, 7.49508),
    ("Kampala", "UG", Region.AFRICA, 0.34760, 32.58252),
    ("Addis Ababa", "ET", Region.AFRICA, 9.03000, 38.74000),
    ("Beyoğlu", "TR", Region.EUROPE, 41.03700, 28.98500),
    ("Moscow", "RU", Region.EUROPE, 55.75580, 37.61730),
    ("Muscat", "OM", Region.MIDDLE_EAST, 23.58800, 58.38290),
    ("Erbil", "IQ", Region.MIDDLE_EAST, None, None),
    ("Mexico City", "MX", Region.AMERICAS, 19.43260, -99.13320),
    ("Lima", "PE", Region.AMERICAS, -12.04640, -77.04280),
]


def members_in_every_region():
    """{name: member} for MEMBERS_IN_EVERY_REGION, and a former member who is listed nowhere."""
    MemberFactory(name="Former member city", inactive=True)
    return {
        name: MemberFactory(
            name=name, country=country, region=region, latitude=latitude, longitude=longitude
        )
        for name, country, region, latitude, longitude in MEMBERS_IN_EVERY_REGION
    }


def make_members(count):
    """Synthetic members, many at once (no per-object index updates)."""
    start = Member.objects.count()
    locale = Locale.get_default()
    Member.objects.bulk_create(
        Member(
            name=f"Synthetic city {start + number}",
            slug=f"synthetic-city-{start + number}",
            member_type="local_government",
            country=["KR", "NG", "MX", "TR", "NP"][number % 5],
            region=["asia_pacific", "africa", "americas", "europe", "asia_pacific"][number % 5],
            latitude=10 + number % 50,
            longitude=20 + number % 100,
            year_joined=2010 + number % 12,
            locale=locale,
        )
        for number in range(count)
    )
    for member in Member.objects.order_by("-pk")[:3]:
        MemberRoleFactory(member=member)
