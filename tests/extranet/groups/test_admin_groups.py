"""The secretariat looks after Nexus groups in the Wagtail admin (Nexus → Groups): the list
with its counts, filters and search, editing a group's settings, and its history."""

import html

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import ModelLogEntry

from extranet.groups.models import Group, JoinPolicy, Membership, MembershipRole, Visibility
from extranet.groups.services import administered_groups
from tests.extranet.factories import (
    AdminUserFactory,
    CommentFactory,
    GroupFactory,
    MembershipFactory,
    PostFactory,
)
from tests.query_counts import queries_for

pytestmark = pytest.mark.django_db

GROUPS = "/admin/nexus/groups/"


def text(response):
    return html.unescape(response.content.decode())


@pytest.fixture
def secretariat(client, db):
    client.force_login(AdminUserFactory(secretariat=True))
    return client


@pytest.fixture
def mobility(nexus):
    group = GroupFactory(name="Smart mobility", slug="smart-mobility", owner=nexus.admin.user)
    MembershipFactory(group=group, user=nexus.user.user)
    PostFactory(group=group, author=nexus.user.user)
    deleted = PostFactory(group=group, author=nexus.user.user)
    deleted.deleted_at = deleted.created_at
    deleted.save()
    return group


def refused(response):
    """Wagtail's answer to what one may not do: back to the dashboard, with a message."""
    return response.status_code == 302 and response["Location"] == "/admin/"


def edit_data(group, **changes):
    return {
        "name": group.name,
        "description": group.description,
        "welcome_text": group.welcome_text,
        "visibility": group.visibility,
        "join_policy": group.join_policy,
        **changes,
    }


def test_the_list_shows_each_group_with_its_counts(secretariat, nexus, mobility):
    GroupFactory(name="Quiet circle", secret=True, join_policy=JoinPolicy.INVITATION)
    assert GROUPS in text(secretariat.get("/admin/"))  # in the Nexus menu
    page = text(secretariat.get(GROUPS))
    row = page.split("Smart mobility", 1)[1].split("</tr>", 1)[0]
    assert "Listed to all members" in row
    assert "Open: any member may join" in row
    cells = [cell.split(">")[-1].strip() for cell in row.split("</td>")]
    assert cells[3:5] == ["2", "1"]  # members, and the posts still shown
    assert "Quiet circle" in page


def test_filters_and_search_narrow_the_list(secretariat, nexus, mobility):
    GroupFactory(name="Quiet circle", secret=True, join_policy=JoinPolicy.INVITATION)
    secret_only = text(secretariat.get(GROUPS, {"visibility": "secret"}))
    assert "Quiet circle" in secret_only
    assert "Smart mobility" not in secret_only
    open_only = text(secretariat.get(GROUPS, {"join_policy": "open"}))
    assert "Smart mobility" in open_only
    assert "Quiet circle" not in open_only
    found = text(secretariat.get(GROUPS, {"q": "mobil"}))
    assert "Smart mobility" in found
    assert "Quiet circle" not in found


def test_the_last_activity_is_the_latest_post_or_comment(secretariat, nexus, mobility):
    post = mobility.posts.filter(deleted_at__isnull=True).get()
    CommentFactory(post=post, author=nexus.admin.user)
    group = administered_groups().get(pk=mobility.pk)
    assert group.last_activity == post.comments.get().created_at
    assert group.posts_count == 1
    assert group.members_count == 2


def test_the_list_makes_as_many_queries_with_many_more_groups(secretariat, nexus, mobility):
    baseline = queries_for(secretariat, GROUPS)
    for _number in range(15):
        group = GroupFactory(owner=nexus.admin.user)
        PostFactory(group=group, author=nexus.admin.user)
        CommentFactory(post=group.posts.get(), author=nexus.user.user)
    assert len(queries_for(secretariat, GROUPS)) == len(baseline)


def test_the_secretariat_edits_a_group_and_the_change_is_in_its_history(
    secretariat, nexus, mobility
):
    url = f"{GROUPS}edit/{mobility.pk}/"
    assert "Smart mobility" in text(secretariat.get(url))
    response = secretariat.post(
        url,
        edit_data(
            mobility,
            name="Mobility & transport",
            welcome_text="Say hello",
            visibility=Visibility.SECRET,
            join_policy=JoinPolicy.REQUEST,
        ),
    )
    assert response.status_code == 302
    mobility.refresh_from_db()
    assert mobility.name == "Mobility & transport"
    assert mobility.slug == "smart-mobility"  # its address stays
    assert (mobility.visibility, mobility.join_policy) == (Visibility.SECRET, JoinPolicy.REQUEST)
    # Nobody lost a role: owners are managed in Nexus only.
    owner = Membership.objects.get(group=mobility, user=nexus.admin.user)
    assert owner.role == MembershipRole.OWNER
    entry = ModelLogEntry.objects.for_instance(mobility).get()
    assert entry.action == "wagtail.edit"
    history = text(secretariat.get(f"{GROUPS}history/{mobility.pk}/"))
    assert "Edited" in history


def test_bad_input_is_answered_with_the_form_and_what_was_typed(secretariat, nexus, mobility):
    response = secretariat.post(
        f"{GROUPS}edit/{mobility.pk}/",
        edit_data(
            mobility,
            name="",
            welcome_text="Kept <script>alert(1)</script>",
            image=SimpleUploadedFile("group.png", b"not an image"),
            visibility="everyone",
        ),
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Kept &lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)" not in page
    assert "This field is required." in text(response)
    assert Group.objects.get(pk=mobility.pk).name == "Smart mobility"
    assert not ModelLogEntry.objects.for_instance(mobility).exists()


@pytest.mark.parametrize("trait", ["editor", "reviewer"])
def test_other_editors_neither_see_nor_change_groups(client, nexus, mobility, trait):
    client.force_login(AdminUserFactory(**{trait: True}))
    assert refused(client.get(GROUPS))
    assert refused(client.post(f"{GROUPS}edit/{mobility.pk}/", edit_data(mobility, name="Taken")))
    assert Group.objects.get(pk=mobility.pk).name == "Smart mobility"


def test_groups_are_neither_added_nor_deleted_in_the_admin(secretariat, mobility):
    assert refused(secretariat.get(f"{GROUPS}new/"))
    assert refused(secretariat.post(f"{GROUPS}delete/{mobility.pk}/"))
    assert Group.objects.filter(pk=mobility.pk).exists()
