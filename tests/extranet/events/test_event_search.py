"""Nexus search finds events for those who may see them: members' events for every account, a
group's event for its members and the secretariat only, and never by their joining details;
on Elasticsearch and on the database table alike."""

import re

import pytest
from django.urls import reverse

from extranet.core import search
from extranet.groups.models import MembershipRole
from tests.extranet.factories import GroupFactory, MembershipFactory, RegistrationFactory

pytestmark = pytest.mark.django_db

ROLES = ["secretariat", "admin", "user", "other_admin"]


@pytest.fixture(params=["elasticsearch", "database"])
def engine(request, settings, search_backend):
    settings.NEXUS_SEARCH_ENGINE = request.param
    return request.param


def titles_found(client, words):
    if search.uses_elasticsearch():
        es, index_name = search.search_engine()
        es.indices.refresh(index=index_name, ignore_unavailable=True)
    response = client.get(reverse("nexus:search"), {"q": words})
    assert response.status_code == 200
    return sorted(re.findall(r'<h2><a href="[^"]*">([^<]*)</a>', response.text))


def test_each_person_finds_the_events_they_may_see(
    engine, as_role, nexus, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        group = GroupFactory(secret=True, owner=nexus.admin.user)
        MembershipFactory(group=group, user=nexus.user.user, role=MembershipRole.MEMBER)
        RegistrationFactory(event__title="Hydrogen buses workshop", online=True)
        RegistrationFactory(
            for_group=True, group=group, event__title="Hydrogen buses committee", online=True
        )
    found = {role: titles_found(as_role(role), "hydrogen") for role in ROLES}
    assert found == {
        "secretariat": ["Hydrogen buses committee", "Hydrogen buses workshop"],
        "admin": ["Hydrogen buses committee", "Hydrogen buses workshop"],
        "user": ["Hydrogen buses committee", "Hydrogen buses workshop"],
        "other_admin": ["Hydrogen buses workshop"],
    }
    # The joining link and passcode are not searchable.
    assert titles_found(as_role("other_admin"), "wego-board-42") == []
    assert titles_found(as_role("secretariat"), "583") == []
