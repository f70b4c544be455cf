"""Every form that changes something refuses a request without the CSRF token."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.extranet.test_authorization_matrix import address_arguments

pytestmark = pytest.mark.django_db

POSTS = [
    ("nexus:profile", "user", {}),
    ("nexus:manage_organisation", "admin", {"save_members": "1"}),
    ("nexus:invite", "admin", {"email": "x@example.org", "role": "member_user"}),
    ("nexus:change_role", "admin", {"role": "member_admin"}),
    ("nexus:deactivate_colleague", "admin", {}),
    ("nexus:revoke_invitation", "admin", {}),
    ("nexus:notifications", "user", {}),
    ("nexus:review_change", "secretariat", {"approve": "1"}),
    ("nexus:close_account", "user", {"password": "x"}),
    ("nexus:compose", "user", {"subject": "x", "body": "x"}),
    ("nexus:conversation", "user", {"body": "x"}),
    ("nexus:conversation_action", "user", {"action": "leave"}),
    ("nexus:add_participants", "user", {"with_history": "on"}),
]


@pytest.mark.parametrize(("name", "role", "data"), POSTS)
def test_a_post_without_the_token_is_refused(nexus, private_media, name, role, data):
    arguments = address_arguments(nexus)
    client = Client(enforce_csrf_checks=True)
    client.force_login(
        getattr(nexus, role).user, backend="extranet.core.auth.NexusAuthenticationBackend"
    )
    response = client.post(reverse(name, args=arguments.get(name, [])), data)
    assert response.status_code == 403


def test_every_nexus_form_is_covered():
    from tests.extranet.test_authorization_matrix import MATRIX

    changing = {
        "nexus:profile",
        "nexus:manage_organisation",
        "nexus:invite",
        "nexus:change_role",
        "nexus:deactivate_colleague",
        "nexus:revoke_invitation",
        "nexus:notifications",
        "nexus:review_change",
        "nexus:close_account",
        "nexus:compose",
        "nexus:conversation",
        "nexus:conversation_action",
        "nexus:add_participants",
    }
    assert changing <= set(MATRIX)
    assert {name for name, _role, _data in POSTS} == changing


@pytest.mark.parametrize("path", ["/en/accounts/login/", "/en/accounts/password/reset/"])
def test_sign_in_forms_need_the_token_too(path):
    assert (
        Client(enforce_csrf_checks=True)
        .post(path, {"login": "a@b.c", "password": "x", "email": "a@b.c"})
        .status_code
        == 403
    )
