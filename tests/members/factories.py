import datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from members.choices import MemberType, Region, RoleKind
from members.models import GovernancePage, Member, MemberDirectoryPage, MemberRole


class MemberFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda number: f"City number {number}")
    slug = factory.Sequence(lambda number: f"city-number-{number}")
    member_type = MemberType.LOCAL_GOVERNMENT
    country = "KR"
    region = Region.ASIA_PACIFIC
    latitude = 37.56667
    longitude = 126.97806
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Member


class MemberRoleFactory(factory.django.DjangoModelFactory):
    member = factory.SubFactory(MemberFactory)
    kind = RoleKind.EXECUTIVE_COMMITTEE
    starts_on = datetime.date(2022, 2, 1)

    class Meta:
        model = MemberRole


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
