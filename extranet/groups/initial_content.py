"""The two groups the activities deck shows, with their welcome posts from the secretariat: the
executive committee's own group (invitation only; its members are the accounts of the cities on
the 2023 committee) and an open group for every local government member. Running it again
changes nothing; it adds only the committee cities' accounts opened since."""

import datetime

from django.db import transaction

from extranet.core import search
from extranet.core.models import Profile, Role
from members.choices import RoleKind
from members.models import MemberRole

from .models import Group, JoinPolicy, Membership, Post, Visibility

# The committee as the January 2023 deck lists it.
EXCOM_AS_OF = datetime.date(2023, 1, 1)

EXCOM = {
    "slug": "excom",
    "name": "WeGO Executive Committee",
    "description": (
        "The cities on WeGO's Executive Committee: preparing the committee's meetings and "
        "keeping the conversation going between them."
    ),
    "welcome_text": (
        "Welcome to the Executive Committee's own space in Nexus.\n\n"
        "Share agendas, drafts and news with the other committee cities here; only the "
        "committee's members see this group."
    ),
    "visibility": Visibility.SECRET,
    "join_policy": JoinPolicy.INVITATION,
}
EXCOM_WELCOME = (
    "<p>Our committee meets in person only once a year, and a year is long. This group is "
    "where we carry on between two meetings: ask the other cities a question, prepare the next "
    "agenda together and tell each other what your city is working on.</p>"
    "<p>We are glad to have you here.</p>"
)

LOCAL_GOVERNMENTS = {
    "slug": "local-governments",
    "name": "Local governments",
    "description": (
        "For every local government member of WeGO: questions, experiences and opportunities "
        "to work together."
    ),
    "welcome_text": (
        "This group is open to the officers of every member city, county, district and region. "
        "Introduce yourself and your city, and ask the network what you would like to know."
    ),
    "visibility": Visibility.LISTED,
    "join_policy": JoinPolicy.OPEN,
}
LOCAL_GOVERNMENTS_WELCOME = (
    "<p>Welcome to the group of WeGO's local government members!</p>"
    "<p>The secretariat opened it so that cities can reach one another directly. Post your "
    "questions, share a project that worked (or one that did not) and answer your peers: "
    "every member of the group is told of new posts as they chose in their profile.</p>"
)


def ensure_group(fields, welcome):
    group, created = Group.objects.get_or_create(slug=fields["slug"], defaults=fields)
    if created:
        post = Post.objects.create(group=group, by_secretariat=True, body=welcome)
        search.reindex_later("group_post", post.pk)
    return group


def excom_accounts():
    """The open accounts of the cities on the executive committee of 2023."""
    cities = MemberRole.objects.current(on=EXCOM_AS_OF).filter(kind=RoleKind.EXECUTIVE_COMMITTEE)
    return Profile.objects.filter(
        member__in=cities.values("member"),
        role__in=(Role.MEMBER_ADMIN, Role.MEMBER_USER),
        closed_at__isnull=True,
        user__is_active=True,
    )


@transaction.atomic
def ensure_groups():
    """Returns how many groups and memberships were created."""
    before = Group.objects.count(), Membership.objects.count()
    excom = ensure_group(EXCOM, EXCOM_WELCOME)
    ensure_group(LOCAL_GOVERNMENTS, LOCAL_GOVERNMENTS_WELCOME)
    members = set(excom.memberships.values_list("user", flat=True))
    Membership.objects.bulk_create(
        Membership(group=excom, user_id=user_id)
        for user_id in excom_accounts().values_list("user", flat=True)
        if user_id not in members
    )
    return Group.objects.count() - before[0], Membership.objects.count() - before[1]
