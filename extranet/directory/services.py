"""What the directory shows. It changes nothing: these are the lists its pages read, with
who may appear in them."""

from django.db.models import Count, Q

from extranet.core.models import OrganisationProfile, Profile
from members.models import Member


def visible_people():
    return Profile.objects.visible()


def visible_organisations():
    return Member.objects.public().select_related("nexus_profile")


def with_accounts_count(organisations):
    return organisations.annotate(
        accounts_count=Count("accounts", filter=Q(accounts__closed_at__isnull=True))
    )


def organisation_page(member):
    """The organisation's profile for members, its contact people and its people."""
    organisation_profile = OrganisationProfile.objects.filter(member=member).first()
    return {
        "organisation_profile": organisation_profile,
        "contact_people": organisation_profile.contact_people.all() if organisation_profile else [],
        "people": visible_people().filter(member=member).order_by("name"),
    }
