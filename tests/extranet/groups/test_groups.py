"""Groups as members use them: finding them, joining by each policy, the managers' work, posts
and comments, and what a secret group never shows to those outside it."""

import html

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from extranet.core.models import EmailFrequency
from extranet.groups.models import (
    Decision,
    Group,
    Invitation,
    JoinPolicy,
    JoinRequest,
    Membership,
    MembershipRole,
    Post,
    PostAttachment,
    Visibility,
)
from tests.extranet.factories import (
    CommentFactory,
    GroupFactory,
    MembershipFactory,
    PostFactory,
    ProfileFactory,
    png_bytes,
    png_file,
)
from tests.html_checker import html_errors
from tests.query_counts import queries_for

pytestmark = pytest.mark.django_db


def kinds(profile):
    return list(profile.user.nexus_notifications.values_list("kind", flat=True))


def text(response):
    """The page as a reader sees it (entities such as &#x27; decoded)."""
    return html.unescape(response.content.decode())


def group_url(group, name="nexus:group", *args):
    return reverse(name, args=[group.slug, *args])


@pytest.fixture
def secret(nexus):
    """A secret group of Seoul's administrator (owner) and colleague (member)."""
    group = GroupFactory(
        name="Seoul inner circle",
        secret=True,
        join_policy=JoinPolicy.INVITATION,
        owner=nexus.admin.user,
    )
    MembershipFactory(group=group, user=nexus.user.user)
    PostFactory(group=group, author=nexus.user.user, body="<p>Inner circle agenda</p>")
    return group


# Seeing groups


def test_a_secret_group_is_invisible_to_those_outside_it(as_role, nexus, secret):
    GroupFactory(name="Open data cities", owner=nexus.secretariat.user)
    outsider = as_role("other_admin")
    listing = text(outsider.get(reverse("nexus:groups")))
    assert "Open data cities" in listing
    assert "Seoul inner circle" not in listing
    assert "1 group" in listing  # the count does not reveal it either
    assert outsider.get(reverse("nexus:groups"), {"q": "inner"}).text.count("No group matches") == 1
    for name in ("nexus:group", "nexus:group_members", "nexus:group_image", "nexus:edit_group"):
        assert outsider.get(group_url(secret, name)).status_code == 404
    assert outsider.post(group_url(secret, "nexus:join_group")).status_code == 404
    assert outsider.post(group_url(secret, "nexus:group"), {"body": "hi"}).status_code == 404
    assert not Post.objects.filter(body__contains="hi").exists()


def test_members_of_a_secret_group_see_it_with_its_stream(as_role, nexus, secret):
    member = as_role("user")
    listing = text(member.get(reverse("nexus:groups")))
    assert "Seoul inner circle" in listing
    assert "You are a member" in listing
    page = text(member.get(group_url(secret)))
    assert "Inner circle agenda" in page
    assert "Welcome: say who you are." in page
    assert "Leave the group" in page
    assert "Seoul administrator" in page  # among its managers


def test_the_list_shows_only_my_groups_when_asked(as_role, nexus, secret):
    GroupFactory(name="Open data cities")
    listing = text(as_role("user").get(reverse("nexus:groups"), {"mine": "on"}))
    assert "Seoul inner circle" in listing
    assert "Open data cities" not in listing


# Joining


def test_anyone_joins_an_open_group_and_may_post(as_role, nexus):
    group = GroupFactory(name="Mobility", owner=nexus.secretariat.user)
    member = as_role("other_admin")
    assert "Join the group" in member.get(group_url(group)).text
    response = member.post(group_url(group, "nexus:join_group"), follow=True)
    assert "Welcome to Mobility." in text(response)
    assert Membership.objects.filter(group=group, user=nexus.other_admin.user).exists()
    member.post(group_url(group), {"body": "Abuja here: we test e-buses."})
    assert Post.objects.get(group=group).body == "<p>Abuja here: we test e-buses.</p>"
    # The other members hear of the new post, with a link to it.
    notification = nexus.secretariat.user.nexus_notifications.get(kind="group_post")
    assert notification.message == "Abuja administrator posted in Mobility."
    assert notification.url.startswith(group_url(group))


def test_non_members_read_a_listed_group_but_cannot_post_or_comment(as_role, nexus):
    group = GroupFactory(join_policy=JoinPolicy.INVITATION, owner=nexus.admin.user)
    post = PostFactory(group=group, author=nexus.admin.user)
    outsider = as_role("other_admin")
    page = text(outsider.get(group_url(group)))
    assert "Has the date of the meeting been set?" in page
    assert "Members join this group when its managers invite them." in page
    assert 'name="body"' not in page
    assert outsider.post(group_url(group, "nexus:join_group")).status_code == 403
    assert outsider.post(group_url(group), {"body": "Me too"}).status_code == 403
    comment_url = group_url(group, "nexus:add_group_comment", post.pk)
    assert outsider.post(comment_url, {"body": "Me too"}).status_code == 403
    assert Post.objects.count() == 1
    assert not Membership.objects.filter(user=nexus.other_admin.user).exists()


def test_a_request_to_join_is_approved_by_a_manager_and_the_requester_told(as_role, nexus):
    group = GroupFactory(name="Smart water", join_policy=JoinPolicy.REQUEST, owner=nexus.admin.user)
    requester = as_role("other_admin")
    response = requester.post(group_url(group, "nexus:join_group"), follow=True)
    assert "Your request is with the group's managers" in text(response)
    assert "Your request to join is with the group's managers." in text(response)
    assert not Membership.objects.filter(user=nexus.other_admin.user).exists()
    # A second click does not ask twice.
    requester.post(group_url(group, "nexus:join_group"))
    assert JoinRequest.objects.count() == 1
    assert kinds(nexus.admin) == ["group_join_request"]

    manager = as_role("admin")
    members_page = text(manager.get(group_url(group, "nexus:group_members")))
    assert "Requests to join" in members_page
    join_request = JoinRequest.objects.get()
    manager.post(group_url(group, "nexus:decide_join_request", join_request.pk), {"approve": "1"})
    assert Membership.objects.filter(group=group, user=nexus.other_admin.user).exists()
    told = nexus.other_admin.user.nexus_notifications.get()
    assert told.message == "Your request was approved: you are a member of Smart water."
    # A decision stands.
    response = manager.post(
        group_url(group, "nexus:decide_join_request", join_request.pk),
        {"decline": "1"},
        follow=True,
    )
    assert "This request was already answered." in text(response)


def test_a_declined_request_leaves_the_requester_outside_and_told(as_role, nexus):
    group = GroupFactory(name="Smart water", join_policy=JoinPolicy.REQUEST, owner=nexus.admin.user)
    as_role("other_admin").post(group_url(group, "nexus:join_group"))
    join_request = JoinRequest.objects.get()
    as_role("admin").post(
        group_url(group, "nexus:decide_join_request", join_request.pk), {"decline": "1"}
    )
    join_request.refresh_from_db()
    assert join_request.status == Decision.DECLINED
    assert join_request.decided_by == nexus.admin.user
    assert not Membership.objects.filter(user=nexus.other_admin.user).exists()
    assert kinds(nexus.other_admin) == ["group_request_declined"]


def test_a_member_cannot_decide_requests(as_role, nexus):
    group = GroupFactory(join_policy=JoinPolicy.REQUEST, owner=nexus.admin.user)
    MembershipFactory(group=group, user=nexus.user.user)
    join_request = JoinRequest.objects.create(group=group, user=nexus.other_admin.user)
    url = group_url(group, "nexus:decide_join_request", join_request.pk)
    assert as_role("user").post(url, {"approve": "1"}).status_code == 403
    assert JoinRequest.objects.get().status == Decision.PENDING


def test_managers_invite_and_the_invited_person_accepts_or_declines(as_role, nexus, secret):
    manager = as_role("admin")
    assert "Invite someone" in manager.get(group_url(secret, "nexus:group_members")).text
    manager.post(group_url(secret, "nexus:invite_to_group"), {"person": nexus.other_admin.pk})
    assert Invitation.objects.filter(user=nexus.other_admin.user, status="pending").exists()
    assert kinds(nexus.other_admin) == ["group_invitation"]

    invited = as_role("other_admin")
    assert "1 invitation" in text(invited.get(reverse("nexus:dashboard")))  # in the menu
    page = invited.get(group_url(secret)).text  # the invitation opens the secret group
    assert "You are invited to join this group." in page
    invited.post(group_url(secret, "nexus:join_group"))
    assert Membership.objects.filter(group=secret, user=nexus.other_admin.user).exists()
    assert Invitation.objects.get().status == Decision.APPROVED
    assert "1 invitation" not in text(invited.get(reverse("nexus:dashboard")))


def test_a_declined_invitation_closes_the_secret_group_again(as_role, nexus, secret):
    as_role("admin").post(
        group_url(secret, "nexus:invite_to_group"), {"person": nexus.other_admin.pk}
    )
    invited = as_role("other_admin")
    invited.post(group_url(secret, "nexus:decline_group_invitation"))
    assert Invitation.objects.get().status == Decision.DECLINED
    assert invited.get(group_url(secret)).status_code == 404


def test_members_cannot_invite(as_role, nexus, secret):
    member = as_role("user")
    assert "Invite someone" not in member.get(group_url(secret, "nexus:group_members")).text
    response = member.post(
        group_url(secret, "nexus:invite_to_group"), {"person": nexus.other_admin.pk}
    )
    assert response.status_code == 403
    assert not Invitation.objects.exists()


# Roles and leaving


def test_a_member_leaves_and_the_secret_group_disappears_for_them(as_role, nexus, secret):
    member = as_role("user")
    response = member.post(group_url(secret, "nexus:leave_group"), follow=True)
    assert "You left Seoul inner circle." in text(response)
    assert member.get(group_url(secret)).status_code == 404
    # What they posted stays in the group.
    assert "Inner circle agenda" in as_role("admin").get(group_url(secret)).text


def test_the_last_owner_cannot_leave_before_handing_over(as_role, nexus, secret):
    owner = as_role("admin")
    response = owner.post(group_url(secret, "nexus:leave_group"), follow=True)
    assert "You are the group's last owner" in text(response)
    assert Membership.objects.filter(group=secret, user=nexus.admin.user).exists()

    colleague = Membership.objects.get(group=secret, user=nexus.user.user)
    change_url = group_url(secret, "nexus:change_group_membership", colleague.pk)
    owner.post(change_url, {"role": "owner"})
    assert Membership.objects.get(pk=colleague.pk).role == MembershipRole.OWNER
    owner.post(group_url(secret, "nexus:leave_group"))
    assert not Membership.objects.filter(group=secret, user=nexus.admin.user).exists()


def test_the_last_owner_can_be_neither_demoted_nor_removed(as_role, nexus, secret):
    mine = Membership.objects.get(group=secret, user=nexus.admin.user)
    secretariat = as_role("secretariat")
    change_url = group_url(secret, "nexus:change_group_membership", mine.pk)
    response = secretariat.post(change_url, {"role": "member"}, follow=True)
    assert "Make another member an owner first" in text(response)
    response = secretariat.post(change_url, {"remove": "1"}, follow=True)
    assert "The group's last owner cannot be removed." in text(response)
    assert Membership.objects.get(pk=mine.pk).role == MembershipRole.OWNER


def test_managers_promote_and_remove_members_but_not_owners(as_role, nexus, secret):
    manager_profile = ProfileFactory(member=nexus.seoul, name="Seoul manager")
    MembershipFactory(group=secret, user=manager_profile.user, role=MembershipRole.MANAGER)
    colleague = Membership.objects.get(group=secret, user=nexus.user.user)
    owner = Membership.objects.get(group=secret, user=nexus.admin.user)
    manager = as_role("anonymous")
    manager.force_login(
        manager_profile.user, backend="extranet.core.auth.NexusAuthenticationBackend"
    )

    manager.post(
        group_url(secret, "nexus:change_group_membership", colleague.pk), {"role": "manager"}
    )
    assert Membership.objects.get(pk=colleague.pk).role == MembershipRole.MANAGER
    # Only owners make owners, or touch an owner.
    url = group_url(secret, "nexus:change_group_membership", colleague.pk)
    assert manager.post(url, {"role": "owner"}).status_code == 403
    url = group_url(secret, "nexus:change_group_membership", owner.pk)
    assert manager.post(url, {"remove": "1"}).status_code == 403
    # Managers are removed by owners only.
    url = group_url(secret, "nexus:change_group_membership", colleague.pk)
    assert manager.post(url, {"remove": "1"}).status_code == 403
    manager.post(url, {"role": "member"})
    response = manager.post(url, {"remove": "1"}, follow=True)
    assert "Seoul colleague is no longer a member." in text(response)
    assert not Membership.objects.filter(pk=colleague.pk).exists()


def test_a_wrong_role_is_refused_with_a_message(as_role, nexus, secret):
    colleague = Membership.objects.get(group=secret, user=nexus.user.user)
    response = as_role("admin").post(
        group_url(secret, "nexus:change_group_membership", colleague.pk),
        {"role": "emperor"},
        follow=True,
    )
    assert response.status_code == 200
    assert "Choose a role from the list." in text(response)


def test_a_membership_of_another_group_is_not_found(as_role, nexus, secret):
    other = GroupFactory(owner=nexus.other_admin.user)
    theirs = Membership.objects.get(group=other)
    url = group_url(secret, "nexus:change_group_membership", theirs.pk)
    assert as_role("admin").post(url, {"remove": "1"}).status_code == 404
    assert Membership.objects.filter(pk=theirs.pk).exists()


# Posts and comments


def test_authors_edit_and_delete_their_posts_and_nobody_else_edits_them(as_role, nexus, secret):
    post = Post.objects.get(group=secret)
    author = as_role("user")
    edit_url = group_url(secret, "nexus:edit_group_post", post.pk)
    author.post(edit_url, {"body": "Agenda, second draft"})
    post.refresh_from_db()
    assert post.body == "<p>Agenda, second draft</p>"
    assert post.edited_at is not None
    assert "(edited)" in author.get(group_url(secret)).text
    assert as_role("admin").post(edit_url, {"body": "Rewritten"}).status_code == 403
    author = as_role("user")
    author.post(group_url(secret, "nexus:delete_group_post", post.pk))
    assert "Agenda" not in author.get(group_url(secret)).text
    assert author.get(edit_url).status_code == 404


def test_editing_a_post_shows_the_text_as_it_was_typed(as_role, nexus, secret):
    post = Post.objects.get(group=secret)
    author = as_role("user")
    edit_url = group_url(secret, "nexus:edit_group_post", post.pk)
    author.post(edit_url, {"body": 'Agenda:\nitem one\n\nTom\'s "draft" & notes'})
    page = author.get(edit_url)
    textarea = page.text.split("<textarea", 1)[1].split("</textarea>", 1)[0]
    assert "&lt;p&gt;" not in textarea
    assert "Agenda:\nitem one\n\nTom&#x27;s &quot;draft&quot; &amp; notes" in textarea


def test_a_member_cannot_delete_someone_elses_post_but_a_manager_can(as_role, nexus, secret):
    post = PostFactory(group=secret, author=nexus.admin.user, body="<p>Owner's word</p>")
    delete_url = group_url(secret, "nexus:delete_group_post", post.pk)
    assert as_role("user").post(delete_url).status_code == 403
    theirs = Post.objects.get(author=nexus.user.user)
    as_role("admin").post(group_url(secret, "nexus:delete_group_post", theirs.pk))
    theirs.refresh_from_db()
    assert theirs.deleted_by == nexus.admin.user
    page = text(as_role("user").get(group_url(secret)))
    assert "Inner circle agenda" not in page
    assert "Owner's word" in page


def test_managers_pin_posts_which_come_first(as_role, nexus, secret):
    older = Post.objects.get(group=secret)
    PostFactory(group=secret, author=nexus.admin.user, body="<p>Newer news</p>")
    manager = as_role("admin")
    assert manager.get(group_url(secret)).text.index("Newer news") < manager.get(
        group_url(secret)
    ).text.index("Inner circle agenda")
    manager.post(group_url(secret, "nexus:pin_group_post", older.pk), {"pinned": "1"})
    page = text(manager.get(group_url(secret)))
    assert page.index("Inner circle agenda") < page.index("Newer news")
    assert "Pinned" in page
    pin_url = group_url(secret, "nexus:pin_group_post", older.pk)
    assert as_role("user").post(pin_url, {"pinned": "0"}).status_code == 403
    assert Post.objects.get(pk=older.pk).pinned


def test_a_comment_tells_the_posts_author_and_its_author_may_delete_it(as_role, nexus, secret):
    post = Post.objects.get(group=secret)
    as_role("admin").post(
        group_url(secret, "nexus:add_group_comment", post.pk), {"body": "See you in Seoul"}
    )
    told = nexus.user.user.nexus_notifications.get(kind="group_reply")
    assert told.message == "Seoul administrator commented on your post in Seoul inner circle."
    page = text(as_role("user").get(group_url(secret)))
    assert "See you in Seoul" in page
    comment = post.comments.get()
    delete_url = group_url(secret, "nexus:delete_group_comment", comment.pk)
    # The post's author is no moderator: the comment is its writer's.
    assert as_role("user").post(delete_url).status_code == 403
    as_role("admin").post(delete_url)
    assert "See you in Seoul" not in as_role("user").get(group_url(secret)).text


def test_a_member_deletes_only_their_own_comments(as_role, nexus, secret):
    post = Post.objects.get(group=secret)
    owners_comment = CommentFactory(post=post, author=nexus.admin.user, body="<p>Owner</p>")
    own = CommentFactory(post=post, author=nexus.user.user, body="<p>Mine</p>")
    member = as_role("user")
    url = group_url(secret, "nexus:delete_group_comment", owners_comment.pk)
    assert member.post(url).status_code == 403
    member.post(group_url(secret, "nexus:delete_group_comment", own.pk))
    own.refresh_from_db()
    owners_comment.refresh_from_db()
    assert own.deleted_at is not None
    assert owners_comment.deleted_at is None


def test_an_empty_post_or_comment_is_refused_without_an_error_page(as_role, nexus, secret):
    member = as_role("user")
    response = member.post(group_url(secret), {"body": "   "})
    assert response.status_code == 200
    assert "This field is required." in text(response)
    post = Post.objects.get(group=secret)
    response = member.post(
        group_url(secret, "nexus:add_group_comment", post.pk), {"body": "\x00"}, follow=True
    )
    assert response.status_code == 200
    assert not post.comments.exists()


def test_closed_accounts_posts_stay_signed_former_member(as_role, nexus, secret):
    nexus.user.closed_at = timezone.now()
    nexus.user.save()
    assert "Former member" in as_role("admin").get(group_url(secret)).text


# The secretariat


def test_the_secretariat_creates_a_group_and_owns_it(as_role, nexus):
    secretariat = as_role("secretariat")
    response = secretariat.post(
        reverse("nexus:create_group"),
        {
            "name": "Local governments",
            "description": "For every local government member.",
            "welcome_text": "Welcome, all.",
            "visibility": Visibility.LISTED,
            "join_policy": JoinPolicy.OPEN,
        },
    )
    group = Group.objects.get()
    assert response["Location"] == group_url(group)
    assert group.slug == "local-governments"
    assert Membership.objects.get(group=group).role == MembershipRole.OWNER
    assert as_role("user").post(reverse("nexus:create_group"), {"name": "X"}).status_code == 403


def test_managers_edit_the_group_and_members_cannot(as_role, nexus, secret):
    data = {
        "name": "Seoul circle",
        "description": "Renamed",
        "welcome_text": "New welcome",
        "visibility": Visibility.SECRET,
        "join_policy": JoinPolicy.REQUEST,
    }
    assert as_role("user").post(group_url(secret, "nexus:edit_group"), data).status_code == 403
    as_role("admin").post(group_url(secret, "nexus:edit_group"), data)
    secret.refresh_from_db()
    assert (secret.name, secret.welcome_text, secret.join_policy) == (
        "Seoul circle",
        "New welcome",
        JoinPolicy.REQUEST,
    )


# Hostile input


XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def injected(markup):
    """What of the payload would run in the page: a script, an event handler, a javascript:
    link (in the markup as sent, before any entity is decoded)."""
    found = [piece for piece in ("<script>alert", "<img src=x", "javascript:") if piece in markup]
    return found


def test_what_people_write_is_never_run_as_markup(as_role, nexus, secret):
    secret.name = secret.description = secret.welcome_text = XSS
    secret.save()
    member = as_role("user")
    member.post(group_url(secret), {"body": f"{XSS}<a href='javascript:alert(1)'>x</a>"})
    post = Post.objects.latest("created_at")
    member.post(group_url(secret, "nexus:add_group_comment", post.pk), {"body": XSS})
    assert post.comments.exists()
    pages = {
        url: member.get(url).content.decode()
        for url in (
            reverse("nexus:groups"),
            group_url(secret),
            group_url(secret, "nexus:group_members"),
            group_url(secret, "nexus:edit_group_post", post.pk),
        )
    }
    pages["edit"] = as_role("admin").get(group_url(secret, "nexus:edit_group")).content.decode()
    pages["notifications"] = as_role("admin").get(reverse("nexus:notifications")).content.decode()
    assert {url: injected(markup) for url, markup in pages.items() if injected(markup)} == {}
    # The text itself is still there, shown as typed.
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in pages[group_url(secret)]


# Query counts


def test_a_group_stream_makes_as_many_queries_with_a_hundred_times_more_posts(as_role, nexus):
    group = GroupFactory(owner=nexus.admin.user)
    MembershipFactory(group=group, user=nexus.user.user)

    def add_posts(count):
        for _number in range(count):
            post = PostFactory(group=group, author=nexus.user.user)
            CommentFactory(post=post, author=nexus.admin.user)

    add_posts(10)
    client = as_role("admin")
    baseline = queries_for(client, group_url(group))
    Post.objects.bulk_create(
        Post(group=group, author=nexus.user.user, body="<p>More</p>") for _ in range(990)
    )
    assert len(queries_for(client, group_url(group))) == len(baseline)


def test_the_list_of_groups_makes_as_many_queries_with_many_more_groups(as_role, nexus):
    for _number in range(3):
        GroupFactory(owner=nexus.admin.user)
    client = as_role("user")
    baseline = queries_for(client, reverse("nexus:groups"))
    for _number in range(30):
        GroupFactory(owner=nexus.admin.user, secret=True)
    assert len(queries_for(client, reverse("nexus:groups"))) == len(baseline)


def test_the_members_page_makes_as_many_queries_with_many_more_members(as_role, nexus, secret):
    client = as_role("admin")
    baseline = queries_for(client, group_url(secret, "nexus:group_members"))
    for _number in range(20):
        MembershipFactory(group=secret, user=ProfileFactory(member=nexus.abuja).user)
    JoinRequest.objects.create(group=secret, user=ProfileFactory(member=nexus.abuja).user)
    JoinRequest.objects.create(group=secret, user=ProfileFactory(member=nexus.abuja).user)
    assert len(queries_for(client, group_url(secret, "nexus:group_members"))) == len(baseline)


# Attachments


def test_a_post_carries_its_attachments_to_those_who_see_the_group(
    as_role, nexus, secret, private_media
):
    member = as_role("user")
    member.post(
        group_url(secret),
        {"body": "The plan", "attachments": [SimpleUploadedFile("plan.png", png_bytes())]},
    )
    post = Post.objects.get(body="<p>The plan</p>")
    attachment = post.attachments.get()
    url = group_url(secret, "nexus:group_post_attachment", attachment.pk)
    assert url in text(member.get(group_url(secret)))
    response = member.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert as_role("other_admin").get(url).status_code == 404
    # Another group's address does not open it either.
    other = GroupFactory(owner=nexus.other_admin.user)
    other_url = reverse("nexus:group_post_attachment", args=[other.slug, attachment.pk])
    assert as_role("other_admin").get(other_url).status_code == 404
    files = text(as_role("user").get(group_url(secret, "nexus:group_files")))
    assert "plan.png" in files
    assert url in files
    # Once the post is deleted, its files are gone for readers.
    as_role("user").post(group_url(secret, "nexus:delete_group_post", post.pk))
    assert as_role("admin").get(url).status_code == 404
    assert "plan.png" not in text(as_role("admin").get(group_url(secret, "nexus:group_files")))


def test_the_files_page_makes_as_many_queries_with_many_more_files(
    as_role, nexus, secret, private_media
):
    def attach(count):
        for number in range(count):
            post = PostFactory(group=secret, author=nexus.user.user)
            attachment = PostAttachment(
                post=post, original_name=f"plan-{number}.png", size=10, content_type="image/png"
            )
            attachment.file.save("plan.png", png_file("plan.png"))

    attach(2)
    client = as_role("admin")
    baseline = queries_for(client, group_url(secret, "nexus:group_files"))
    attach(20)
    assert len(queries_for(client, group_url(secret, "nexus:group_files"))) == len(baseline)


def test_a_wrong_file_is_refused_and_the_text_and_good_files_are_kept(
    as_role, nexus, secret, private_media
):
    member = as_role("user")
    response = member.post(
        group_url(secret),
        {
            "body": "Our report",
            "attachments": [
                SimpleUploadedFile("report.pdf", b"MZ\x90\x00 not a pdf"),
                SimpleUploadedFile("map.png", png_bytes()),
            ],
        },
    )
    assert response.status_code == 200
    page = text(response)
    assert "Our report" in page
    assert "map.png" in page  # kept for the next submission
    assert not Post.objects.filter(body__contains="Our report").exists()


# E-mail and markup


def test_a_new_post_is_emailed_as_each_member_prefers_without_its_words_in_the_subject(
    as_role, nexus, secret, django_capture_on_commit_callbacks
):
    MembershipFactory(group=secret, user=nexus.other_admin.user)
    nexus.admin.email_frequency = EmailFrequency.IMMEDIATELY
    nexus.admin.save()
    nexus.other_admin.email_frequency = EmailFrequency.NEVER
    nexus.other_admin.save()
    member = as_role("user")
    with django_capture_on_commit_callbacks(execute=True):
        member.post(group_url(secret), {"body": "Confidential budget figures"})
    assert [message.to for message in mail.outbox] == [[nexus.admin.user.email]]
    message = mail.outbox[0]
    assert "Confidential" not in message.subject
    assert "Seoul colleague posted in Seoul inner circle." in message.subject
    # The other member still finds it among their notifications, which lead to the post.
    assert kinds(nexus.other_admin) == ["group_post"]
    notification = nexus.other_admin.user.nexus_notifications.get()
    assert notification.url == f"{group_url(secret)}#post-{Post.objects.latest('pk').pk}"


def test_the_group_pages_are_valid_html(as_role, nexus, secret, tmp_path, private_media):
    post = Post.objects.get(group=secret)
    CommentFactory(post=post, author=nexus.admin.user)
    JoinRequest.objects.create(group=secret, user=ProfileFactory(member=nexus.abuja).user)
    owner = as_role("admin")
    documents = {
        url: owner.get(url).content.decode()
        for url in (
            reverse("nexus:groups"),
            reverse("nexus:create_group"),
            group_url(secret),
            group_url(secret, "nexus:group_members"),
            group_url(secret, "nexus:group_files"),
            group_url(secret, "nexus:edit_group"),
        )
    }
    author = as_role("user")
    documents["edit post"] = author.get(group_url(secret, "nexus:edit_group_post", post.pk)).text
    assert html_errors(documents, tmp_path) == {}


def test_someone_invited_to_a_secret_group_sees_only_its_welcome_until_they_accept(
    as_role, nexus, secret
):
    as_role("admin").post(
        group_url(secret, "nexus:invite_to_group"), {"person": nexus.other_admin.pk}
    )
    invited = as_role("other_admin")
    page = text(invited.get(group_url(secret)))
    assert "Welcome: say who you are." in page
    assert "Inner circle agenda" not in page
    assert "Seoul colleague" not in text(invited.get(group_url(secret, "nexus:group_members")))
    invited.post(group_url(secret, "nexus:join_group"))
    assert "Inner circle agenda" in text(invited.get(group_url(secret)))


@pytest.mark.parametrize(
    "query", [{"q": "\x00"}, {"q": "x" * 500}, {"mine": "maybe"}, {"page": "-1"}, {"page": "x"}]
)
def test_odd_queries_on_the_list_never_break_it(as_role, nexus, secret, query):
    assert as_role("user").get(reverse("nexus:groups"), query).status_code == 200
    assert (
        as_role("user").get(group_url(secret), {"page": query.get("page", "x")}).status_code == 200
    )


def test_a_manager_gives_the_group_an_image_which_only_readers_see(
    as_role, nexus, secret, private_media
):
    data = {
        "name": secret.name,
        "description": "",
        "welcome_text": "",
        "visibility": Visibility.SECRET,
        "join_policy": JoinPolicy.INVITATION,
    }
    owner = as_role("admin")
    not_an_image = SimpleUploadedFile("face.png", b"<script>alert(1)</script>")
    response = owner.post(group_url(secret, "nexus:edit_group"), {**data, "image": not_an_image})
    assert response.status_code == 200
    assert "Upload a valid image" in text(response)
    secret.refresh_from_db()
    assert not secret.image
    owner.post(
        group_url(secret, "nexus:edit_group"),
        {**data, "image": SimpleUploadedFile("face.png", png_bytes())},
    )
    secret.refresh_from_db()
    assert secret.image
    response = as_role("user").get(group_url(secret, "nexus:group_image"))
    assert response.status_code == 200
    assert as_role("other_admin").get(group_url(secret, "nexus:group_image")).status_code == 404
