"""The dashboard's activity stream: what others did in the person's conversations and groups,
exactly what they may see, what is new since their last visit marked and counted."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from extranet.core.models import Profile
from extranet.messaging.models import Message, Participant
from tests.extranet.factories import (
    CommentFactory,
    GroupFactory,
    MembershipFactory,
    PostFactory,
    ProfileFactory,
    conversation_between,
)
from tests.html_checker import html_errors
from tests.query_counts import queries_for

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("nexus:dashboard")


def stream(client):
    html = client.get(DASHBOARD).text
    return html[html.index('id="activity-title"') : html.index('class="nexus-dashboard__side"')]


def visited_long_ago(*profiles):
    Profile.objects.filter(pk__in=[profile.pk for profile in profiles]).update(
        last_dashboard_visit=timezone.now() - datetime.timedelta(days=30)
    )


@pytest.fixture
def groups(nexus):
    """A secret group of the administrator with a post and a comment by its colleague; a listed
    group in which nobody of the fixture is a member, with a post."""
    secret = GroupFactory(name="Inner circle", secret=True, owner=nexus.admin.user)
    MembershipFactory(group=secret, user=nexus.user.user)
    post = PostFactory(group=secret, author=nexus.user.user, body="<p>Inner circle agenda</p>")
    CommentFactory(post=post, author=nexus.admin.user, body="<p>Agreed &amp; noted</p>")
    listed = GroupFactory(name="Open square")
    PostFactory(group=listed, author=nexus.other_admin.user, body="<p>Open square news</p>")
    return secret


def test_posts_and_comments_show_only_to_members_of_the_group(as_role, nexus, groups):
    admin = stream(as_role("admin"))
    assert "Seoul colleague posted in Inner circle." in admin
    assert "Inner circle agenda" in admin
    assert "Agreed &amp; noted" not in admin  # their own comment
    colleague = stream(as_role("user"))
    assert "Seoul administrator commented on a post in Inner circle." in colleague
    assert "Agreed &amp; noted" in colleague
    # Not members: neither the secret group's activity nor the listed group they never joined.
    for role in ("other_admin", "secretariat"):
        text = stream(as_role(role))
        assert "Inner circle" not in text
    assert "Open square news" not in stream(as_role("admin"))


def test_deleted_posts_and_comments_and_left_groups_never_show(as_role, nexus, groups):
    post = groups.posts.get()
    post.comments.update(deleted_at=timezone.now())
    assert "commented on a post" not in stream(as_role("user"))
    post.deleted_at = timezone.now()
    post.save()
    assert "Inner circle agenda" not in stream(as_role("admin"))
    post.deleted_at = None
    post.save()
    groups.memberships.filter(user=nexus.admin.user).delete()
    assert "Inner circle agenda" not in stream(as_role("admin"))


def test_messages_show_only_in_conversations_one_takes_part_in(as_role, nexus, private_media):
    conversation_between(nexus.admin, nexus.user, subject="EXCOM dates", body="<p>Is it set?</p>")
    colleague = stream(as_role("user"))
    assert "Seoul administrator wrote: “Is it set?”" in colleague
    assert "EXCOM dates" in colleague
    assert "Unread" in colleague
    assert "EXCOM dates" not in stream(as_role("other_admin"))
    assert "EXCOM dates" not in stream(as_role("admin"))  # only their own message in it


def test_a_left_conversation_and_hidden_messages_do_not_show(as_role, nexus, private_media):
    conversation = conversation_between(nexus.admin, nexus.user, subject="EXCOM dates")
    Message.objects.filter(conversation=conversation).update(hidden_at=timezone.now())
    assert "EXCOM dates" not in stream(as_role("user"))
    Message.objects.filter(conversation=conversation).update(hidden_at=None)
    Participant.objects.filter(conversation=conversation, user=nexus.user.user).update(
        left_at=timezone.now()
    )
    assert "EXCOM dates" not in stream(as_role("user"))


def test_messages_from_before_one_was_let_in_do_not_show(as_role, nexus, private_media):
    conversation = conversation_between(nexus.admin, nexus.user, subject="EXCOM dates")
    Participant.objects.filter(conversation=conversation, user=nexus.user.user).update(
        history_from=timezone.now() + datetime.timedelta(minutes=1)
    )
    assert "EXCOM dates" not in stream(as_role("user"))


def test_unread_conversations_come_first(as_role, nexus, private_media):
    read = conversation_between(nexus.admin, nexus.user, subject="Already read")
    unread = conversation_between(nexus.admin, nexus.user, subject="Still unread")
    earlier = timezone.now() - datetime.timedelta(hours=2)
    Participant.objects.filter(conversation=unread).update(history_from=earlier)
    Message.objects.filter(conversation=unread).update(created_at=earlier)
    Participant.objects.filter(conversation=read, user=nexus.user.user).update(
        last_read_at=timezone.now()
    )
    text = stream(as_role("user"))
    assert text.index("Still unread") < text.index("Already read")


def test_new_since_the_last_visit_is_counted_marked_in_words_and_reset(as_role, nexus, groups):
    visited_long_ago(nexus.admin)
    client = as_role("admin")
    first = stream(client)
    assert "1 new since your last visit" in first
    assert '<span class="activity__flag">New</span>' in first
    second = stream(client)
    assert "Nothing new since your last visit." in second
    assert '<span class="activity__flag">New</span>' not in second
    assert "Inner circle agenda" in second  # still in the stream, no longer new

    PostFactory(group=groups, author=nexus.user.user, body="<p>A second agenda</p>")
    assert "1 new since your last visit" in stream(client)


def test_the_dashboard_makes_as_many_queries_with_much_more_activity(as_role, nexus, private_media):
    group = GroupFactory(owner=nexus.admin.user)
    others = [ProfileFactory(member=nexus.seoul) for _number in range(3)]
    for other in others:
        MembershipFactory(group=group, user=other.user)

    def add_activity(count):
        for number in range(count):
            author = others[number % 3]
            post = PostFactory(group=group, author=author.user)
            CommentFactory(post=post, author=others[(number + 1) % 3].user)
            conversation_between(author, nexus.admin, subject=f"Subject {number}")

    add_activity(2)
    client = as_role("admin")
    baseline = queries_for(client, DASHBOARD)
    add_activity(20)
    assert len(queries_for(client, DASHBOARD)) == len(baseline)


def test_the_dashboard_and_people_are_valid_html(as_role, nexus, groups, tmp_path, private_media):
    conversation_between(nexus.user, nexus.admin, subject="EXCOM dates")
    client = as_role("admin")
    # The header, the avatars and the activity stream with a message, a post and a comment.
    documents = {
        url: client.get(url).content.decode()
        for url in (
            DASHBOARD,
            reverse("nexus:people"),
            reverse("nexus:person", args=[nexus.user.pk]),
        )
    }
    assert html_errors(documents, tmp_path) == {}
