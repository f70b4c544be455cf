"""Every Nexus address, for every kind of visitor: who may open it, and that no browser or
shared cache keeps what it answers. The addresses come from the URL configuration, so a new
view cannot escape this table: it fails until it is added here."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from extranet.events.models import AttendeeSettings
from extranet.groups.models import JoinPolicy, JoinRequest, MembershipRole, PostAttachment
from tests.extranet.factories import (
    AccessCodeFactory,
    CommentFactory,
    GroupFactory,
    MembershipFactory,
    NotificationFactory,
    PersonalListFactory,
    PostFactory,
    ProfileFactory,
    PublicProfileChangeFactory,
    RegistrationFactory,
    SecretariatListFactory,
    conversation_between,
    png_file,
)

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "user", "other_admin", "admin", "secretariat"]
SIGN_IN = "login"  # redirected to sign in, coming back afterwards

# Expected result of GET for each role, in the order of ROLES. The objects in the addresses
# belong to Seoul (see address_arguments): "other_admin" is Abuja's administrator.
MATRIX = {
    "nexus:dashboard": [SIGN_IN, 200, 200, 200, 200],
    "nexus:profile": [SIGN_IN, 200, 200, 200, 200],
    "nexus:people": [SIGN_IN, 200, 200, 200, 200],
    "nexus:person": [SIGN_IN, 200, 200, 200, 200],
    "nexus:person_photo": [SIGN_IN, 200, 200, 200, 200],
    "nexus:organisations": [SIGN_IN, 200, 200, 200, 200],
    "nexus:organisation": [SIGN_IN, 200, 200, 200, 200],
    "nexus:manage_organisation": [SIGN_IN, 403, 200, 200, 403],
    "nexus:invite": [SIGN_IN, 403, 200, 200, 403],
    # POST only; GET is refused by method before anything else.
    "nexus:change_role": [405, 405, 405, 405, 405],
    "nexus:deactivate_colleague": [405, 405, 405, 405, 405],
    "nexus:revoke_invitation": [405, 405, 405, 405, 405],
    "nexus:notifications": [SIGN_IN, 200, 200, 200, 200],
    # Each finds only what they may open (tests/extranet/core/test_nexus_search.py).
    "nexus:search": [SIGN_IN, 200, 200, 200, 200],
    # The notification belongs to Seoul's administrator: anyone else gets "not found".
    "nexus:open_notification": [SIGN_IN, 404, 404, 302, 404],
    "nexus:review_changes": [SIGN_IN, 403, 403, 403, 200],
    "nexus:review_change": [SIGN_IN, 403, 403, 403, 200],
    # A logo proposed by Seoul: its administrators and the secretariat see it.
    "nexus:proposed_logo": [SIGN_IN, 403, 404, 200, 200],
    "nexus:download_data": [SIGN_IN, 200, 200, 200, 200],
    "nexus:close_account": [SIGN_IN, 200, 200, 200, 200],
    "nexus:messages": [SIGN_IN, 200, 200, 200, 200],
    "nexus:compose": [SIGN_IN, 200, 200, 200, 200],
    # A conversation of Seoul's administrator with their colleague: for anyone else, and the
    # secretariat too, it does not exist.
    "nexus:conversation": [SIGN_IN, 200, 404, 200, 404],
    "nexus:add_participants": [SIGN_IN, 200, 404, 200, 404],
    "nexus:message_attachment": [SIGN_IN, 200, 404, 200, 404],
    "nexus:conversation_action": [405, 405, 405, 405, 405],
    # Recipient lists: Seoul's administrator's own list exists for nobody else; a
    # secretariat list open to members; broadcasts are the secretariat's.
    "nexus:recipient_lists": [SIGN_IN, 200, 200, 200, 200],
    "nexus:create_list": [SIGN_IN, 200, 200, 200, 200],
    "nexus:recipient_list": [SIGN_IN, 404, 404, 200, 404],
    "nexus:edit_list": [SIGN_IN, 404, 404, 200, 404],
    "nexus:delete_list": [405, 405, 405, 405, 405],
    "nexus:secretariat_list": [SIGN_IN, 200, 200, 200, 200],
    "nexus:broadcasts": [SIGN_IN, 403, 403, 403, 200],
    "nexus:new_broadcast": [SIGN_IN, 403, 403, 403, 200],
    # Its message, by Seoul's administrator, is reported by the others taking part; its author
    # sees the form (and is told they cannot report their own message).
    "nexus:report_message": [SIGN_IN, 200, 404, 200, 404],
    "nexus:block_person": [405, 405, 405, 405, 405],
    "nexus:blocked_people": [SIGN_IN, 200, 200, 200, 200],
    # Groups. The group in the addresses is secret: Seoul's administrator owns it, Seoul's
    # colleague is a member, Abuja's administrator is not and is told it does not exist; the
    # secretariat sees every group.
    "nexus:groups": [SIGN_IN, 200, 200, 200, 200],
    "nexus:create_group": [SIGN_IN, 403, 403, 403, 200],
    "nexus:group": [SIGN_IN, 200, 404, 200, 200],
    "nexus:group_image": [SIGN_IN, 200, 404, 200, 200],
    "nexus:group_post_attachment": [SIGN_IN, 200, 404, 200, 200],
    "nexus:edit_group": [SIGN_IN, 403, 404, 200, 200],
    "nexus:group_members": [SIGN_IN, 200, 404, 200, 200],
    "nexus:group_files": [SIGN_IN, 200, 404, 200, 200],
    # The colleague's post: only its author edits it.
    "nexus:edit_group_post": [SIGN_IN, 200, 404, 403, 403],
    "nexus:join_group": [405, 405, 405, 405, 405],
    "nexus:decline_group_invitation": [405, 405, 405, 405, 405],
    "nexus:leave_group": [405, 405, 405, 405, 405],
    "nexus:invite_to_group": [405, 405, 405, 405, 405],
    "nexus:change_group_membership": [405, 405, 405, 405, 405],
    "nexus:decide_join_request": [405, 405, 405, 405, 405],
    "nexus:delete_group_post": [405, 405, 405, 405, 405],
    "nexus:pin_group_post": [405, 405, 405, 405, 405],
    "nexus:add_group_comment": [405, 405, 405, 405, 405],
    "nexus:delete_group_comment": [405, 405, 405, 405, 405],
    # Events. The event in the addresses is for the secret group's members (see group_arguments):
    # Abuja's administrator is told it does not exist.
    "nexus:events": [SIGN_IN, 200, 200, 200, 200],
    "nexus:event": [SIGN_IN, 200, 404, 200, 200],
    "nexus:add_event_colleague": [405, 405, 405, 405, 405],
    "nexus:event_calendar": [SIGN_IN, 200, 404, 200, 200],
    "nexus:event_settings": [SIGN_IN, 200, 200, 200, 200],
    "nexus:renew_event_feed": [405, 405, 405, 405, 405],
    # Seoul's colleague's personal calendar feed: calendar programs open it without a session,
    # its secret token is the key (events/views.py, calendar_token_view), so every visitor
    # with the address gets it (a revoked token: "not found", tests/extranet/events).
    "nexus:event_feed": [200, 200, 200, 200, 200],
}

# POST requests that act on Seoul's people: only Seoul's administrator may.
POST_MATRIX = {
    "nexus:change_role": [SIGN_IN, 403, 404, 302, 403],
    "nexus:deactivate_colleague": [SIGN_IN, 403, 404, 302, 403],
    "nexus:revoke_invitation": [SIGN_IN, 403, 404, 302, 403],
}
# POST requests on a conversation of Seoul's administrator and colleague.
CONVERSATION_POST_MATRIX = {
    "nexus:conversation_action": [SIGN_IN, 302, 404, 302, 404],
}
# POST requests on a list of Seoul's administrator, each role on a list of its own.
LIST_POST_MATRIX = {
    "nexus:delete_list": [SIGN_IN, 404, 404, 302, 404],
}

# Blocking Seoul's administrator: anyone may, they themselves are told they cannot.
PERSON_POST_MATRIX = {
    "nexus:block_person": [SIGN_IN, 302, 302, 302, 302],
}

# POST requests on the group's event, each role on an event of its own. Registering a colleague:
# Seoul's administrator registers Seoul's colleague; the colleague cannot name themselves, and
# the secretariat has no colleagues of an organisation (the form says so: 200).
EVENT_POST_MATRIX = {
    "nexus:event": [SIGN_IN, 302, 404, 302, 302],
    "nexus:add_event_colleague": [SIGN_IN, 200, 404, 302, 200],
}
# Each person's own event settings: anyone signed in changes theirs.
EVENT_SETTINGS_POST_MATRIX = {
    "nexus:event_settings": [SIGN_IN, 302, 302, 302, 302],
    "nexus:renew_event_feed": [SIGN_IN, 302, 302, 302, 302],
}

# POST requests on the secret group of group_arguments, each role on a group of its own (the
# first to act would change what the next finds). 302: done, or refused with a message.
GROUP_POST_MATRIX = {
    # Invitation only, and nobody here is invited.
    "nexus:join_group": [SIGN_IN, 403, 404, 403, 403],
    "nexus:decline_group_invitation": [SIGN_IN, 403, 404, 403, 403],
    # The owner is the last one: told to hand over first.
    "nexus:leave_group": [SIGN_IN, 302, 404, 302, 403],
    "nexus:invite_to_group": [SIGN_IN, 403, 404, 302, 302],
    "nexus:change_group_membership": [SIGN_IN, 403, 404, 302, 302],
    "nexus:decide_join_request": [SIGN_IN, 403, 404, 302, 302],
    "nexus:delete_group_post": [SIGN_IN, 302, 404, 302, 302],
    "nexus:pin_group_post": [SIGN_IN, 403, 404, 302, 302],
    "nexus:add_group_comment": [SIGN_IN, 302, 404, 302, 403],
    "nexus:delete_group_comment": [SIGN_IN, 302, 404, 302, 302],
}


def nexus_url_names():
    def walk(patterns, namespace=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                yield from walk(pattern.url_patterns, inner)
            elif (
                isinstance(pattern, URLPattern) and pattern.name and namespace.startswith("nexus:")
            ):
                yield namespace + pattern.name

    return set(walk(get_resolver().url_patterns))


def address_arguments(nexus):
    """Objects of Seoul for each address that names one; files go to the test's folders
    (private_media)."""
    nexus.user.photo.save("face.png", png_file("face.png"), save=True)
    notification = NotificationFactory(recipient=nexus.admin.user)
    change = PublicProfileChangeFactory(
        member=nexus.seoul, submitted_by=nexus.admin.user, with_logo=True
    )
    invitation = AccessCodeFactory(member=nexus.seoul, issued_by=nexus.admin.user)
    conversation = conversation_between(nexus.admin, nexus.user)
    personal_list = PersonalListFactory(owner=nexus.admin.user, people=[nexus.user])
    # Once per person, however many times the arguments are made (the hostile walk, per role).
    feed_token = AttendeeSettings.objects.get_or_create(profile=nexus.user)[0].calendar_token
    return group_arguments(nexus) | {
        "nexus:event_feed": [feed_token],
        "nexus:recipient_list": [personal_list.pk],
        "nexus:edit_list": [personal_list.pk],
        "nexus:delete_list": [personal_list.pk],
        "nexus:secretariat_list": [SecretariatListFactory().pk],
        "nexus:conversation": [conversation.pk],
        "nexus:add_participants": [conversation.pk],
        "nexus:conversation_action": [conversation.pk],
        "nexus:message_attachment": [conversation.messages.get().attachments.get().pk],
        "nexus:report_message": [conversation.messages.get().pk],
        "nexus:block_person": [nexus.admin.pk],
        "nexus:person": [nexus.user.pk],
        "nexus:person_photo": [nexus.user.pk],
        "nexus:organisation": [nexus.seoul.slug],
        "nexus:change_role": [nexus.user.pk],
        "nexus:deactivate_colleague": [nexus.user.pk],
        "nexus:revoke_invitation": [invitation.pk],
        "nexus:open_notification": [notification.pk],
        "nexus:review_change": [change.pk],
        "nexus:proposed_logo": [change.pk],
    }


def group_arguments(nexus):
    """A secret, invitation-only group owned by Seoul's administrator, with Seoul's colleague as
    a member who posted and commented, and someone's request to join (of another time)."""
    group = GroupFactory(
        secret=True, with_image=True, join_policy=JoinPolicy.INVITATION, owner=nexus.admin.user
    )
    membership = MembershipFactory(group=group, user=nexus.user.user, role=MembershipRole.MEMBER)
    post = PostFactory(group=group, author=nexus.user.user)
    comment = CommentFactory(post=post, author=nexus.user.user)
    attachment = PostAttachment(post=post, original_name="plan.png", size=100)
    attachment.content_type = "image/png"
    attachment.file.save("plan.png", png_file("plan.png"))
    join_request = JoinRequest.objects.create(group=group, user=ProfileFactory().user)
    slug = group.slug
    event = RegistrationFactory(for_group=True, group=group, colleagues_allowed=True)
    return {
        "nexus:event": [event.pk],
        "nexus:add_event_colleague": [event.pk],
        "nexus:event_calendar": [event.pk],
        "nexus:group": [slug],
        "nexus:group_image": [slug],
        "nexus:group_post_attachment": [slug, attachment.pk],
        "nexus:edit_group": [slug],
        "nexus:group_members": [slug],
        "nexus:group_files": [slug],
        "nexus:join_group": [slug],
        "nexus:decline_group_invitation": [slug],
        "nexus:leave_group": [slug],
        "nexus:invite_to_group": [slug],
        "nexus:change_group_membership": [slug, membership.pk],
        "nexus:decide_join_request": [slug, join_request.pk],
        "nexus:edit_group_post": [slug, post.pk],
        "nexus:delete_group_post": [slug, post.pk],
        "nexus:pin_group_post": [slug, post.pk],
        "nexus:add_group_comment": [slug, post.pk],
        "nexus:delete_group_comment": [slug, comment.pk],
    }


@pytest.fixture
def arguments(nexus, private_media):
    return address_arguments(nexus)


def outcome(response):
    if response.status_code == 302 and "/accounts/login/" in response["Location"]:
        return SIGN_IN
    return response.status_code


def kept_by_a_cache(responses):
    """{role: Cache-Control} of the responses a cache may keep (anything but private, no-store)."""
    kept = {}
    for role, response in responses.items():
        directives = {part.strip() for part in response.get("Cache-Control", "").split(",")}
        if not {"private", "no-store"} <= directives:
            kept[role] = response.get("Cache-Control")
    return kept


def test_every_nexus_address_is_in_the_matrix():
    assert nexus_url_names() == set(MATRIX)


@pytest.mark.parametrize("name", sorted(MATRIX))
def test_who_may_open_each_address(as_role, arguments, name):
    url = reverse(name, args=arguments.get(name, []))
    responses = {role: as_role(role).get(url) for role in ROLES}
    results = [outcome(response) for response in responses.values()]
    assert results == MATRIX[name], dict(zip(ROLES, results, strict=True))
    assert kept_by_a_cache(responses) == {}


def assert_who_may_post(as_role, matrix, name, url_for, data):
    """Each role POSTs `data` to url_for() (called once per role, for a fresh object when the
    first to act would change what the next finds) and gets the matrix's outcome, never a
    response a cache may keep."""
    responses = {role: as_role(role).post(url_for(), data) for role in ROLES}
    results = [outcome(response) for response in responses.values()]
    assert results == matrix[name], dict(zip(ROLES, results, strict=True))
    assert kept_by_a_cache(responses) == {}


@pytest.mark.parametrize("name", sorted(POST_MATRIX))
def test_who_may_act_on_a_colleague(as_role, arguments, name):
    url = reverse(name, args=arguments[name])
    assert_who_may_post(as_role, POST_MATRIX, name, lambda: url, {"role": "member_admin"})


@pytest.mark.parametrize("name", sorted(CONVERSATION_POST_MATRIX))
def test_who_may_act_on_a_conversation(as_role, arguments, name):
    url = reverse(name, args=arguments[name])
    assert_who_may_post(as_role, CONVERSATION_POST_MATRIX, name, lambda: url, {"action": "mute"})


@pytest.mark.parametrize("name", sorted(LIST_POST_MATRIX))
def test_who_may_act_on_a_list(as_role, nexus, name):
    def fresh_list_url():
        personal_list = PersonalListFactory(owner=nexus.admin.user, people=[nexus.user])
        return reverse(name, args=[personal_list.pk])

    assert_who_may_post(as_role, LIST_POST_MATRIX, name, fresh_list_url, {})


@pytest.mark.parametrize("name", sorted(PERSON_POST_MATRIX))
def test_who_may_act_on_a_person(as_role, arguments, name):
    url = reverse(name, args=arguments[name])
    assert_who_may_post(as_role, PERSON_POST_MATRIX, name, lambda: url, {})


@pytest.mark.parametrize("name", sorted(GROUP_POST_MATRIX))
def test_who_may_act_in_a_group(as_role, nexus, private_media, name):
    data = {"role": "manager", "person": nexus.other_admin.pk, "body": "Hello", "pinned": "1"}
    data["approve"] = "1"

    def fresh_group_url():
        return reverse(name, args=group_arguments(nexus)[name])

    assert_who_may_post(as_role, GROUP_POST_MATRIX, name, fresh_group_url, data)


@pytest.mark.parametrize("name", sorted(EVENT_POST_MATRIX))
def test_who_may_answer_an_event(as_role, nexus, name):
    def fresh_event_url():
        return reverse(name, args=group_arguments(nexus)[name])

    data = {"status": "going", "colleague": nexus.user.pk}
    assert_who_may_post(as_role, EVENT_POST_MATRIX, name, fresh_event_url, data)


@pytest.mark.parametrize("name", sorted(EVENT_SETTINGS_POST_MATRIX))
def test_who_may_change_event_settings(as_role, nexus, name):
    url = reverse(name)
    assert_who_may_post(as_role, EVENT_SETTINGS_POST_MATRIX, name, lambda: url, {})


def test_an_anonymous_visitor_comes_back_after_signing_in(client, nexus):
    response = client.get("/en/nexus/people/?q=seoul")
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/login/?next=/en/nexus/people/%3Fq%3Dseoul"
