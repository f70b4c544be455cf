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
    ("nexus:create_list", "user", {"name": "Mayors"}),
    ("nexus:edit_list", "admin", {"name": "Mayors"}),
    ("nexus:delete_list", "admin", {}),
    ("nexus:compose", "user", {"preview": "1"}),
    ("nexus:new_broadcast", "secretariat", {"subject": "x", "body": "x"}),
    ("nexus:report_message", "user", {"reason": "spam"}),
    ("nexus:block_person", "user", {}),
    ("nexus:blocked_people", "user", {"person": "1"}),
    ("nexus:create_group", "secretariat", {"name": "A", "visibility": "listed"}),
    ("nexus:group", "user", {"body": "Hello"}),
    ("nexus:edit_group", "admin", {"name": "A"}),
    ("nexus:edit_group_post", "user", {"body": "Hello"}),
    ("nexus:join_group", "other_admin", {}),
    ("nexus:decline_group_invitation", "user", {}),
    ("nexus:leave_group", "user", {}),
    ("nexus:invite_to_group", "admin", {}),
    ("nexus:change_group_membership", "admin", {"role": "manager"}),
    ("nexus:decide_join_request", "admin", {"approve": "1"}),
    ("nexus:delete_group_post", "user", {}),
    ("nexus:pin_group_post", "admin", {"pinned": "1"}),
    ("nexus:add_group_comment", "user", {"body": "Hello"}),
    ("nexus:delete_group_comment", "user", {}),
    ("nexus:event", "user", {"status": "going"}),
    ("nexus:add_event_colleague", "admin", {"colleague": "1"}),
    ("nexus:event_settings", "user", {"reminders": "on"}),
    ("nexus:renew_event_feed", "user", {}),
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
        "nexus:create_list",
        "nexus:edit_list",
        "nexus:delete_list",
        "nexus:new_broadcast",
        "nexus:report_message",
        "nexus:block_person",
        "nexus:blocked_people",
        "nexus:create_group",
        "nexus:group",
        "nexus:edit_group",
        "nexus:edit_group_post",
        "nexus:join_group",
        "nexus:decline_group_invitation",
        "nexus:leave_group",
        "nexus:invite_to_group",
        "nexus:change_group_membership",
        "nexus:decide_join_request",
        "nexus:delete_group_post",
        "nexus:pin_group_post",
        "nexus:add_group_comment",
        "nexus:delete_group_comment",
        "nexus:event",
        "nexus:add_event_colleague",
        "nexus:event_settings",
        "nexus:renew_event_feed",
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
