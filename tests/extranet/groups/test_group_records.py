"""What groups leave on record: role changes and removals in the security log the secretariat
reads, and a person's posts and comments in their data download."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from extranet.core.models import SecurityEvent, SecurityEventKind
from extranet.groups.models import JoinPolicy, Membership, MembershipRole, Post
from tests.extranet.factories import (
    AdminUserFactory,
    CommentFactory,
    GroupFactory,
    MembershipFactory,
    PostFactory,
    png_bytes,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def group(nexus):
    """Seoul's administrator owns it; Seoul's colleague is a member."""
    group = GroupFactory(
        name="Smart mobility", join_policy=JoinPolicy.INVITATION, owner=nexus.admin.user
    )
    MembershipFactory(group=group, user=nexus.user.user)
    return group


def membership_url(group, membership):
    return reverse("nexus:change_group_membership", args=[group.slug, membership.pk])


def events(kind):
    return list(
        SecurityEvent.objects.filter(kind=kind).select_related("user", "actor").order_by("pk")
    )


def test_promoting_and_demoting_is_on_record_with_who_did_it(as_role, nexus, group):
    colleague = Membership.objects.get(group=group, user=nexus.user.user)
    owner = as_role("admin")
    owner.post(membership_url(group, colleague), {"role": "manager"})
    owner.post(membership_url(group, colleague), {"role": "member"})
    promoted, demoted = events(SecurityEventKind.GROUP_ROLE_CHANGED)
    assert (promoted.user, promoted.actor) == (nexus.user.user, nexus.admin.user)
    assert promoted.details == {"group": "Smart mobility", "previous": "member", "role": "manager"}
    assert demoted.details["role"] == "member"
    # A choice that changes nothing records nothing.
    owner.post(membership_url(group, colleague), {"role": "member"})
    assert len(events(SecurityEventKind.GROUP_ROLE_CHANGED)) == 2


def test_giving_and_taking_the_owners_role_is_an_ownership_change(as_role, nexus, group):
    colleague = Membership.objects.get(group=group, user=nexus.user.user)
    mine = Membership.objects.get(group=group, user=nexus.admin.user)
    owner = as_role("admin")
    owner.post(membership_url(group, colleague), {"role": "owner"})
    owner.post(membership_url(group, mine), {"role": "manager"})
    handed, stepped_down = events(SecurityEventKind.GROUP_OWNERSHIP_CHANGED)
    assert (handed.user, handed.details["role"]) == (nexus.user.user, "owner")
    assert (stepped_down.user, stepped_down.actor) == (nexus.admin.user, nexus.admin.user)
    assert stepped_down.details["previous"] == "owner"
    assert not events(SecurityEventKind.GROUP_ROLE_CHANGED)


def test_a_refused_change_records_nothing(as_role, nexus, group):
    mine = Membership.objects.get(group=group, user=nexus.admin.user)
    secretariat = as_role("secretariat")
    secretariat.post(membership_url(group, mine), {"role": "member"})  # the last owner
    secretariat.post(membership_url(group, mine), {"remove": "1"})
    as_role("user").post(membership_url(group, mine), {"remove": "1"})  # 403
    assert Membership.objects.get(pk=mine.pk).role == MembershipRole.OWNER
    assert not SecurityEvent.objects.filter(kind__startswith="group_").exists()


def test_a_removal_is_on_record_and_shown_in_the_admin_security_log(as_role, client, nexus, group):
    colleague = Membership.objects.get(group=group, user=nexus.user.user)
    as_role("admin").post(membership_url(group, colleague), {"remove": "1"})
    [removed] = events(SecurityEventKind.GROUP_MEMBER_REMOVED)
    assert (removed.user, removed.actor) == (nexus.user.user, nexus.admin.user)
    assert removed.details == {"group": "Smart mobility", "role": "member"}

    client.force_login(AdminUserFactory(secretariat=True))
    log = client.get("/admin/nexus/security/", {"kind": "group_member_removed"}).text
    assert "Removed from a group" in log
    assert "group: Smart mobility; role: member" in log
    inspect = client.get(f"/admin/nexus/security/inspect/{removed.pk}/").text
    assert nexus.admin.user.email in inspect  # done by


def test_the_data_download_holds_ones_posts_and_comments(as_role, nexus, group, private_media):
    author = as_role("user")
    author.post(
        reverse("nexus:group", args=[group.slug]),
        {
            "body": "Our <em>e-bus</em> trial",
            "attachments": [SimpleUploadedFile("bus.png", png_bytes())],
        },
    )
    post = Post.objects.get(author=nexus.user.user)
    CommentFactory(post=post, author=nexus.user.user, body="<p>Results in May</p>")
    CommentFactory(post=post, author=nexus.admin.user, body="<p>Not theirs</p>")
    PostFactory(group=group, author=nexus.admin.user, body="<p>Not theirs either</p>")

    data = as_role("user").get(reverse("nexus:download_data")).json()["groups"]
    assert data["memberships"][0]["group"] == "Smart mobility"
    assert data["memberships"][0]["role"] == "member"
    assert data["posts"] == [
        {
            "group": "Smart mobility",
            "posted": post.created_at.isoformat(),
            "edited": None,
            "deleted": None,
            "text": "Our e-bus trial",
            "attachments": [{"name": "bus.png", "size": len(png_bytes())}],
        }
    ]
    [comment] = data["comments"]
    assert (comment["group"], comment["text"]) == ("Smart mobility", "Results in May")
    others = as_role("admin").get(reverse("nexus:download_data")).json()["groups"]
    assert [item["text"] for item in others["posts"]] == ["Not theirs either"]
