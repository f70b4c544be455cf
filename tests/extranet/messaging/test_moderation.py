"""Abuse controls as members and the secretariat use them: blocking a person, reporting a
message, the secretariat's moderation screen in the admin (hide, show again, dismiss, with an
audit record), and mentions of participants."""

import re

import pytest
from django.core import mail
from django.http import Http404
from django.urls import reverse
from wagtail.models import ModelLogEntry

from extranet.core.models import Notification
from extranet.messaging import services
from extranet.messaging.models import (
    Block,
    Conversation,
    Message,
    MessageReport,
    Participant,
    ReportStatus,
)
from tests.extranet.factories import AdminUserFactory, ProfileFactory, conversation_between
from tests.html_checker import html_errors

pytestmark = pytest.mark.django_db

COMPOSE = reverse("nexus:compose")
BLOCKED = reverse("nexus:blocked_people")
REPORTS = "/admin/nexus/message-reports/"


def block(client, person, **extra):
    return client.post(reverse("nexus:block_person", args=[person.pk]), extra)


def write(client, *, people=(), organisations=(), body="Is the date set?"):
    return client.post(
        COMPOSE,
        {
            "people": [person.pk for person in people],
            "organisations": [member.pk for member in organisations],
            "subject": "EXCOM meeting",
            "body": body,
        },
    )


def page_text(response):
    return re.sub(r"\s+", " ", response.text)


@pytest.fixture
def shared(nexus, private_media):
    """A conversation Seoul's administrator started with their colleague and Abuja's."""
    return conversation_between(nexus.admin, nexus.user, nexus.other_admin)


# Blocking


def test_a_blocked_person_cannot_start_a_conversation_with_the_blocker(as_role, nexus):
    client = as_role("user")
    response = block(client, nexus.admin)
    assert response["Location"] == BLOCKED
    assert "You blocked Seoul administrator" in client.get(BLOCKED).text
    response = write(as_role("admin"), people=[nexus.user], body="Kept text")
    text = page_text(response)
    assert response.status_code == 200
    assert "Seoul colleague cannot receive your messages." in text
    assert "Kept text" in text
    assert not Conversation.objects.exists()


def test_a_blocked_person_cannot_add_the_blocker(as_role, nexus, private_media):
    conversation = conversation_between(nexus.admin, nexus.other_admin)
    block(as_role("user"), nexus.admin)
    response = as_role("admin").post(
        reverse("nexus:add_participants", args=[conversation.pk]), {"people": [nexus.user.pk]}
    )
    assert "Seoul colleague cannot receive your messages." in page_text(response)
    assert not Participant.objects.filter(user=nexus.user.user).exists()


def test_organisations_skip_those_who_blocked_the_sender(as_role, nexus, private_media):
    colleague = ProfileFactory(member=nexus.seoul, name="Another colleague")
    block(as_role("user"), nexus.other_admin)
    assert write(as_role("other_admin"), organisations=[nexus.seoul]).status_code == 302
    reached = set(Participant.objects.values_list("user__nexus_profile__name", flat=True))
    assert reached == {"Abuja administrator", "Seoul administrator", colleague.name}
    # Adding the whole organisation later skips them too.
    conversation = Conversation.objects.get()
    response = as_role("other_admin").post(
        reverse("nexus:add_participants", args=[conversation.pk]),
        {"organisations": [nexus.seoul.pk]},
    )
    assert "Everyone you chose already takes part" in response.text
    assert not Participant.objects.filter(user=nexus.user.user).exists()


def test_nobody_reachable_in_an_organisation_is_said_plainly(as_role, nexus, private_media):
    block(as_role("user"), nexus.other_admin)
    block(as_role("admin"), nexus.other_admin)
    response = write(as_role("other_admin"), organisations=[nexus.seoul])
    assert "Nobody you chose can receive your messages." in response.text
    assert not Conversation.objects.exists()


def test_the_blocker_is_not_told_of_the_blocked_persons_messages(
    as_role, nexus, shared, django_capture_on_commit_callbacks
):
    block(as_role("user"), nexus.other_admin)
    with django_capture_on_commit_callbacks(execute=True):
        as_role("other_admin").post(
            reverse("nexus:conversation", args=[shared.pk]),
            {"body": "Hello @Seoul colleague and @Seoul administrator"},
        )
    told = set(Notification.objects.values_list("recipient__nexus_profile__name", "kind"))
    assert told == {("Seoul administrator", "mentioned")}
    # The blocker still sees the message in the conversation they share.
    assert "Hello" in as_role("user").get(reverse("nexus:conversation", args=[shared.pk])).text


def test_the_secretariat_cannot_be_blocked(as_role, nexus):
    client = as_role("user")
    response = block(client, nexus.secretariat)
    assert response.status_code == 302
    assert "Secretariat accounts cannot be blocked" in client.get(BLOCKED).text
    assert "You cannot block yourself." in client.get(block(client, nexus.user)["Location"]).text
    assert not Block.objects.exists()


def test_unblocking_lets_them_write_again_and_is_audited(as_role, nexus, private_media):
    client = as_role("user")
    block(client, nexus.admin)
    assert "Unblock Seoul administrator" in client.get(BLOCKED).text
    response = client.post(BLOCKED, {"person": nexus.admin.pk})
    assert "You unblocked Seoul administrator" in client.get(response["Location"]).text
    assert not Block.objects.exists()
    assert write(as_role("admin"), people=[nexus.user]).status_code == 302
    assert sorted(ModelLogEntry.objects.values_list("action", flat=True)) == [
        "nexus_messaging.block",
        "nexus_messaging.unblock",
    ]


def test_blocking_goes_back_to_the_page_of_this_site_it_came_from(as_role, nexus):
    person = reverse("nexus:person", args=[nexus.admin.pk])
    client = as_role("user")
    assert "Block Seoul administrator" in client.get(person).text
    assert block(client, nexus.admin, next=person)["Location"] == person
    assert block(client, nexus.other_admin, next="https://evil.example/")["Location"] == BLOCKED
    assert (
        "Block Secretariat officer"
        not in client.get(reverse("nexus:person", args=[nexus.secretariat.pk])).text
    )


@pytest.mark.parametrize("person", ["abc", "", "1e9", "-1", "99999999999999999999"])
def test_hostile_unblock_and_block_input_is_never_an_error(as_role, nexus, person):
    client = as_role("user")
    assert client.post(BLOCKED, {"person": person}).status_code == 302
    assert client.post("/en/nexus/messages/block/999999/").status_code == 404


# Reports


def report_url(message):
    return reverse("nexus:report_message", args=[message.pk])


def test_a_participant_reports_a_message_once_and_the_secretariat_is_told(
    as_role, nexus, shared, django_capture_on_commit_callbacks
):
    message = shared.messages.get()
    client = as_role("user")
    form = client.get(report_url(message)).text
    assert "Is the date set?" in form
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(report_url(message), {"reason": "spam", "note": "Again"})
    assert response["Location"] == reverse("nexus:conversation", args=[shared.pk])
    report = MessageReport.objects.get()
    assert (report.reporter, report.reason, report.note) == (nexus.user.user, "spam", "Again")
    conversation = client.get(response["Location"]).text
    assert "You reported this message to the secretariat." in conversation
    [email] = mail.outbox
    assert email.to == [nexus.secretariat.user.email]
    assert email.subject == "WeGO Nexus: A message was reported to the secretariat (Spam)"
    assert "EXCOM" not in email.subject
    # A second report is refused with a message; the first one stays the only one.
    assert "reported this message already" in client.get(report_url(message)).text
    response = client.post(report_url(message), {"reason": "other"})
    assert "You have reported this message already" in response.text
    assert MessageReport.objects.count() == 1


def test_only_participants_report_messages_of_others(as_role, nexus, shared):
    message = shared.messages.get()
    assert as_role("secretariat").get(report_url(message)).status_code == 404
    response = as_role("admin").post(report_url(message), {"reason": "spam"})
    assert "You cannot report your own message." in response.text
    assert as_role("user").get("/en/nexus/messages/report/999999/").status_code == 404


@pytest.mark.parametrize(
    "data",
    [{}, {"reason": "nonsense"}, {"reason": "spam", "note": "x" * 5000}, {"note": "\x00"}],
)
def test_hostile_reports_are_answered_with_the_form(as_role, shared, data):
    response = as_role("user").post(report_url(shared.messages.get()), data)
    assert response.status_code == 200
    assert not MessageReport.objects.exists()


# The secretariat's moderation screen


@pytest.fixture
def reported(nexus, shared):
    """The colleague reported the administrator's message, which a later one follows."""
    message = shared.messages.get()
    Message.objects.create(conversation=shared, author=nexus.admin.user, body="<p>Private tail</p>")
    return MessageReport.objects.create(message=message, reporter=nexus.user.user, reason="spam")


@pytest.fixture
def secretariat_admin(client, nexus):
    client.force_login(
        nexus.secretariat.user, backend="extranet.core.auth.NexusAuthenticationBackend"
    )
    return client


def test_the_secretariat_sees_only_the_reported_message(secretariat_admin, reported):
    listing = page_text(secretariat_admin.get(REPORTS))
    for expected in ["Is the date set?", "EXCOM meeting", "Seoul administrator", "Seoul colleague"]:
        assert expected in listing
    assert "Private tail" not in listing
    inspect = page_text(secretariat_admin.get(f"{REPORTS}inspect/{reported.pk}/"))
    assert "Is the date set?" in inspect
    assert "Private tail" not in inspect
    assert "Reported messages" in secretariat_admin.get("/admin/").text


def test_reports_are_filtered_by_status_reason_and_date(secretariat_admin, reported):
    assert "Is the date set?" in secretariat_admin.get(f"{REPORTS}?status=open").text
    assert "Is the date set?" not in secretariat_admin.get(f"{REPORTS}?status=dismissed").text
    assert "Is the date set?" not in secretariat_admin.get(f"{REPORTS}?reason=harassment").text
    later = f"{REPORTS}?created_at_from=2999-01-01"
    assert "Is the date set?" not in secretariat_admin.get(later).text
    assert secretariat_admin.get(f"{REPORTS}?created_at_from=not-a-date").status_code == 200


def test_editors_outside_the_secretariat_may_not_moderate(client, reported):
    client.force_login(AdminUserFactory(username="editor", editor=True))
    assert client.get(REPORTS).status_code == 302  # back to the dashboard, refused
    assert client.post(f"{REPORTS}hide/{reported.pk}/").status_code == 302
    reported.message.refresh_from_db()
    assert reported.message.hidden_at is None
    assert "Reported messages" not in client.get("/admin/").text


def test_hiding_replaces_the_message_and_its_files_for_participants(
    secretariat_admin, as_role, nexus, reported
):
    attachment = reported.message.attachments.get()
    file_url = reverse("nexus:message_attachment", args=[attachment.pk])
    assert as_role("user").get(file_url).status_code == 200

    secretariat_admin.force_login(
        nexus.secretariat.user, backend="extranet.core.auth.NexusAuthenticationBackend"
    )
    response = secretariat_admin.post(f"{REPORTS}hide/{reported.pk}/")
    assert response.status_code == 302
    reported.refresh_from_db()
    assert reported.status == ReportStatus.HIDDEN
    assert reported.decided_by == nexus.secretariat.user
    history = page_text(secretariat_admin.get(f"{REPORTS}history/{reported.pk}/"))
    assert "Hid the reported message" in history

    page = as_role("user").get(
        reverse("nexus:conversation", args=[reported.message.conversation_id])
    )
    assert "This message was hidden by the secretariat." in page.text
    assert "Is the date set?" not in page.text
    assert "minutes.pdf" not in page.text
    assert as_role("user").get(file_url).status_code == 404
    assert as_role("admin").get(file_url).status_code == 404  # its author too
    with pytest.raises(Http404):
        services.attachment_for(nexus.user.user, attachment.pk)


def test_unhiding_and_dismissing_are_audited(secretariat_admin, as_role, nexus, reported):
    secretariat_admin.post(f"{REPORTS}hide/{reported.pk}/")
    secretariat_admin.post(f"{REPORTS}unhide/{reported.pk}/")
    reported.refresh_from_db()
    reported.message.refresh_from_db()
    assert reported.status == ReportStatus.RESTORED
    assert reported.message.hidden_at is None
    conversation = reverse("nexus:conversation", args=[reported.message.conversation_id])
    assert "Is the date set?" in as_role("user").get(conversation).text

    second = MessageReport.objects.create(
        message=reported.message, reporter=nexus.other_admin.user, reason="other"
    )
    secretariat_admin.force_login(
        nexus.secretariat.user, backend="extranet.core.auth.NexusAuthenticationBackend"
    )
    secretariat_admin.post(f"{REPORTS}dismiss/{second.pk}/")
    second.refresh_from_db()
    assert second.status == ReportStatus.DISMISSED
    assert list(
        ModelLogEntry.objects.order_by("pk").values_list("action", "object_id", "user")
    ) == [
        ("nexus_messaging.hide_message", str(reported.pk), nexus.secretariat.user.pk),
        ("nexus_messaging.unhide_message", str(reported.pk), nexus.secretariat.user.pk),
        ("nexus_messaging.dismiss_report", str(second.pk), nexus.secretariat.user.pk),
    ]
    history = page_text(secretariat_admin.get(f"{REPORTS}history/{second.pk}/"))
    assert "Dismissed the report" in history


def test_the_secretariat_cannot_add_edit_or_delete_reports(secretariat_admin, reported):
    assert secretariat_admin.get(f"{REPORTS}new/").status_code == 302
    assert secretariat_admin.get(f"{REPORTS}edit/{reported.pk}/").status_code == 302
    assert secretariat_admin.post(f"{REPORTS}delete/{reported.pk}/").status_code == 302
    assert MessageReport.objects.exists()
    assert secretariat_admin.get(f"{REPORTS}hide/{reported.pk}/").status_code == 405


# Mentions


def reply(client, conversation, body):
    return client.post(reverse("nexus:conversation", args=[conversation.pk]), {"body": body})


def test_a_mention_links_to_the_person_and_tells_them_even_when_muted(
    as_role, nexus, shared, django_capture_on_commit_callbacks
):
    Participant.objects.filter(user=nexus.user.user).update(muted=True)
    with django_capture_on_commit_callbacks(execute=True):
        reply(as_role("admin"), shared, "What do you think, @seoul colleague?")
    notification = Notification.objects.get(recipient=nexus.user.user)
    assert notification.kind == "mentioned"
    [email] = [email for email in mail.outbox if email.to == [nexus.user.user.email]]
    assert email.subject == "WeGO Nexus: Seoul administrator mentioned you in a conversation"
    page = as_role("user").get(reverse("nexus:conversation", args=[shared.pk])).text
    person = reverse("nexus:person", args=[nexus.user.pk])
    assert f'<a href="{person}" class="mention">@seoul colleague</a>' in page
    assert "type @ and their name as it is shown" in page


def test_mentions_cannot_be_forged_and_reach_participants_only(
    as_role, nexus, private_media, django_capture_on_commit_callbacks
):
    conversation = conversation_between(nexus.admin, nexus.user)
    outsider = reverse("nexus:person", args=[nexus.other_admin.pk])
    body = (
        f'<a href="{outsider}" class="mention">@Abuja administrator</a> '
        '<a href="https://example.org/">@Seoul colleague</a> @Abuja administrator '
        '<span class="mention">@Secretariat officer</span>'
    )
    with django_capture_on_commit_callbacks(execute=True):
        reply(as_role("admin"), conversation, body)
    assert not Notification.objects.filter(kind="mentioned").exists()
    page = as_role("user").get(reverse("nexus:conversation", args=[conversation.pk])).text
    assert 'class="mention"' not in page
    assert "@Abuja administrator" in page


@pytest.mark.parametrize(
    "name",
    ['<script>alert("x")</script>', '"><img src=x onerror=alert(1)>', "A & B <b>"],
)
def test_names_with_markup_are_mentioned_escaped(
    as_role, nexus, private_media, name, django_capture_on_commit_callbacks
):
    nexus.user.name = name
    nexus.user.save()
    conversation = conversation_between(nexus.admin, nexus.user)
    with django_capture_on_commit_callbacks(execute=True):
        reply(as_role("admin"), conversation, f"Hello @{name}!")
    assert Notification.objects.filter(kind="mentioned", recipient=nexus.user.user).exists()
    page = as_role("user").get(reverse("nexus:conversation", args=[conversation.pk])).text
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    assert page.count('class="mention"') == 1


def test_the_moderation_pages_are_valid_html(as_role, nexus, shared, tmp_path):
    client = as_role("user")
    block(client, nexus.other_admin)
    message = shared.messages.get()
    documents = {
        url: client.get(url).content.decode()
        for url in (
            reverse("nexus:conversation", args=[shared.pk]),
            report_url(message),
            BLOCKED,
            reverse("nexus:person", args=[nexus.admin.pk]),
        )
    }
    assert html_errors(documents, tmp_path) == {}


@pytest.mark.parametrize(
    "next_url", ["a b", "nexus:dashboard", "//evil.example/", "https://evil.example/"]
)
def test_blocking_returns_only_to_a_page_of_this_site(as_role, nexus, next_url):
    response = block(as_role("user"), nexus.admin, next=next_url)
    assert response.status_code == 302
    assert response["Location"] == BLOCKED


def test_blocking_returns_to_the_page_it_was_done_from(as_role, nexus):
    person_page = reverse("nexus:person", args=[nexus.admin.pk])
    response = block(as_role("user"), nexus.admin, next=person_page)
    assert response["Location"] == person_page
