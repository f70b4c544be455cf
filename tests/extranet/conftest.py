from types import SimpleNamespace

import pytest

from tests.extranet.factories import ProfileFactory
from tests.members.factories import MemberFactory


@pytest.fixture
def private_media(settings, tmp_path):
    """Public and private files of the test in folders of its own; the private folder."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.PRIVATE_MEDIA_ROOT = str(tmp_path / "private-media")
    return tmp_path / "private-media"


@pytest.fixture
def nexus(db, site_tree):
    """Two organisations with their people, and the secretariat (two-factor authentication on)."""
    seoul = MemberFactory(name="Seoul", slug="seoul", country="KR")
    abuja = MemberFactory(name="Abuja", slug="abuja", country="NG", region="africa")
    return SimpleNamespace(
        seoul=seoul,
        abuja=abuja,
        admin=ProfileFactory(member=seoul, member_admin=True, name="Seoul administrator"),
        user=ProfileFactory(member=seoul, name="Seoul colleague"),
        other_admin=ProfileFactory(member=abuja, member_admin=True, name="Abuja administrator"),
        secretariat=ProfileFactory(secretariat=True, name="Secretariat officer"),
    )


@pytest.fixture
def as_role(client, nexus):
    """Sign the test client in as one of the fixture's people (or stay anonymous)."""

    def sign_in(role):
        client.logout()
        if role != "anonymous":
            client.force_login(
                getattr(nexus, role).user, backend="extranet.core.auth.NexusAuthenticationBackend"
            )
        return client

    return sign_in
