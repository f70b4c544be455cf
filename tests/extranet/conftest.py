from types import SimpleNamespace

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth.models import Group

from extranet.core.models import Role
from tests.extranet.factories import ProfileFactory, SecretariatProfileFactory
from tests.members.factories import MemberFactory


@pytest.fixture
def nexus(db, site_tree):
    """Two organisations with their people, and the secretariat (two-factor authentication on)."""
    seoul = MemberFactory(name="Seoul", slug="seoul", country="KR")
    abuja = MemberFactory(name="Abuja", slug="abuja", country="NG", region="africa")
    secretariat = SecretariatProfileFactory(name="Secretariat officer")
    secretariat.user.groups.add(Group.objects.get(name="Secretariat"))
    secretariat.totp_secret = generate_totp_secret()
    TOTP.activate(secretariat.user, secretariat.totp_secret)
    return SimpleNamespace(
        seoul=seoul,
        abuja=abuja,
        admin=ProfileFactory(member=seoul, role=Role.MEMBER_ADMIN, name="Seoul administrator"),
        user=ProfileFactory(member=seoul, role=Role.MEMBER_USER, name="Seoul colleague"),
        other_admin=ProfileFactory(
            member=abuja, role=Role.MEMBER_ADMIN, name="Abuja administrator"
        ),
        secretariat=secretariat,
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
