"""Mentions in group posts and comments: "@" and a member's name links to them and tells
them; people outside the group stay plain text."""

import pytest
from django.urls import reverse

from extranet.core.models import Notification
from extranet.groups.models import MembershipRole, Post
from tests.extranet.factories import GroupFactory, MembershipFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def group(nexus):
    group = GroupFactory(name="Mobility", owner=nexus.admin.user)
    MembershipFactory(group=group, user=nexus.user.user, role=MembershipRole.MEMBER)
    return group


def test_members_mentioned_in_a_post_and_a_comment_are_told_once(as_role, nexus, group):
    client = as_role("admin")
    url = reverse("nexus:group", args=[group.slug])
    client.post(url, {"body": "Welcome @Seoul colleague and @Abuja administrator"})
    assert list(Notification.objects.values_list("recipient__nexus_profile__name", "kind")) == [
        ("Seoul colleague", "group_mentioned")
    ]
    page = as_role("user").get(url).text
    person = reverse("nexus:person", args=[nexus.user.pk])
    assert f'<a href="{person}" class="mention">@Seoul colleague</a>' in page
    assert "@Abuja administrator" in page
    assert page.count('class="mention"') == 1
    assert "type @ and their name as it is shown" in page

    post = Post.objects.get()
    comment = reverse("nexus:add_group_comment", args=[group.slug, post.pk])
    as_role("user").post(comment, {"body": "Thanks, @seoul administrator!"})
    assert Notification.objects.filter(recipient=nexus.admin.user).get().kind == "group_mentioned"


def test_a_typed_mention_link_is_an_ordinary_link(as_role, nexus, group):
    client = as_role("admin")
    url = reverse("nexus:group", args=[group.slug])
    client.post(url, {"body": '<a href="/x/" class="mention">@Seoul colleague</a>'})
    assert Notification.objects.get().kind == "group_post"
    assert 'class="mention"' not in as_role("user").get(url).text
