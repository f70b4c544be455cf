"""The groups of the initial content: the Executive Committee's and the local governments'."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from extranet.groups.models import Group, JoinPolicy, Membership, Post, Visibility
from tests.extranet.factories import ProfileFactory
from tests.members.factories import MemberRoleFactory

pytestmark = pytest.mark.django_db


def load():
    call_command("load_nexus_groups", stdout=io.StringIO())


def snapshot():
    return {
        model.__name__: sorted(model.objects.values_list("pk", flat=True))
        for model in (Group, Membership, Post)
    }


def test_the_committee_cities_accounts_are_in_the_committee_group(as_role, nexus):
    MemberRoleFactory(member=nexus.seoul)  # on the committee since 2022
    MemberRoleFactory(member=nexus.abuja, ends_on=datetime.date(2023, 1, 1))  # left before 2023
    closed = ProfileFactory(member=nexus.seoul, closed_at=datetime.datetime.now(datetime.UTC))
    load()

    excom = Group.objects.get(slug="excom")
    assert (excom.visibility, excom.join_policy) == (Visibility.SECRET, JoinPolicy.INVITATION)
    members = set(excom.memberships.values_list("user", flat=True))
    assert members == {nexus.admin.user.pk, nexus.user.user.pk}
    assert closed.user.pk not in members

    local = Group.objects.get(slug="local-governments")
    assert (local.visibility, local.join_policy) == (Visibility.LISTED, JoinPolicy.OPEN)
    assert not local.memberships.exists()

    page = as_role("user").get(reverse("nexus:group", args=["excom"])).text
    assert "once a year" in page
    assert "WeGO Secretariat" in page
    assert as_role("other_admin").get(reverse("nexus:group", args=["excom"])).status_code == 404
    page = as_role("other_admin").get(reverse("nexus:group", args=["local-governments"])).text
    assert "Welcome to the group of WeGO" in page
    assert "Join the group" in page


def test_a_second_run_changes_nothing_and_a_new_committee_account_is_added(nexus):
    MemberRoleFactory(member=nexus.seoul)
    load()
    before = snapshot()
    load()
    assert snapshot() == before

    newcomer = ProfileFactory(member=nexus.seoul)
    load()
    assert Membership.objects.filter(group__slug="excom", user=newcomer.user).exists()
    assert Post.objects.count() == 2
