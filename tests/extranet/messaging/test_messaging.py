"""Messaging as members use it: writing to people and whole organisations, replying, the
unread counts, mute, archive, leave, adding people with or without the history, attachments,
and what nobody else may see."""

import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from extranet.core.services import close_account
from extranet.messaging.models import Conversation, Message, Participant
from tests.extranet.factories import ProfileFactory, png_bytes

pytestmark = pytest.mark.django_db

COMPOSE = reverse("nexus:compose")
INBOX = reverse("nexus:messages")


def pdf(name="minutes.pdf"):
    return SimpleUploadedFile(name, b"%PDF-1.7\n1 0 obj\n")


def write(
    client,
    *,
    people=(),
    organisations=(),
    subject="EXCOM meeting",
    body="Is the date set?",
    files=(),
):
    data = {
        "people": [person.pk for person in people],
        "organisations": [member.pk for member in organisations],
        "subject": subject,
        "body": body,
    }
    if files:
        data["attachments"] = list(files)
    return client.post(COMPOSE, data)


def conversation_url(conversation):
    return reverse("nexus:conversation", args=[conversation.pk])


def menu_badge(client):
    match = re.search(r'Messages <span class="badge">([^<]*)</span>', client.get(INBOX).text)
    return match.group(1) if match else ""


@pytest.fixture
def started(as_role, nexus, private_media):
    """Seoul's administrator wrote to their colleague and to Abuja's administrator."""
    response = write(as_role("admin"), people=[nexus.user, nexus.other_admin], files=[pdf()])
    assert response.status_code == 302
    return Conversation.objects.get()


def test_a_member_writes_to_several_people_who_see_it_unread_and_reply(
    as_role, nexus, started, django_capture_on_commit_callbacks
):
    client = as_role("user")
    assert menu_badge(client) == "1 unread"
    inbox = client.get(INBOX).text
    assert "<strong>EXCOM meeting</strong>" in inbox
    page = client.get(conversation_url(started)).text
    assert "Is the date set?" in page
    assert "minutes.pdf" in page
    assert menu_badge(client) == ""  # read once opened

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(conversation_url(started), {"body": "Yes: <em>14 March</em>"})
    assert response.status_code == 302
    admin = as_role("admin")
    assert menu_badge(admin) == "1 unread"
    page = admin.get(conversation_url(started)).text
    assert page.index("Is the date set?") < page.index("Yes: <em>14 March</em>")


def test_the_email_subject_says_who_wrote_but_not_what(
    as_role, nexus, private_media, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        write(as_role("admin"), people=[nexus.user], subject="Secret budget", body="Figures")
    [email] = mail.outbox
    assert email.subject == "WeGO Nexus: New message from Seoul administrator"
    assert "Secret" not in email.body
    assert "Figures" not in email.body


def test_writing_to_an_organisation_reaches_all_its_open_accounts(as_role, nexus, private_media):
    colleague = ProfileFactory(member=nexus.abuja, name="Abuja colleague")
    closed = ProfileFactory(member=nexus.abuja, name="Closed account")
    closed.closed_at = closed.created_at
    closed.save()
    write(as_role("admin"), organisations=[nexus.abuja])
    reached = set(Participant.objects.values_list("user__nexus_profile__name", flat=True))
    assert reached == {"Seoul administrator", "Abuja administrator", "Abuja colleague"}
    assert colleague.user_id in Participant.objects.values_list("user_id", flat=True)


def test_nobody_chosen_keeps_what_was_typed_and_the_files(as_role, nexus, private_media):
    client = as_role("admin")
    response = write(client, subject="Kept subject", body="Kept text", files=[pdf("kept.pdf")])
    assert response.status_code == 200
    page = response.text
    assert "Choose at least one person or organisation" in page
    assert "Kept subject" in page
    assert "Kept text" in page
    assert "kept.pdf" in page
    pending = re.search(r'name="pending_attachments" value="([^"]*)"', page).group(1)
    response = client.post(
        COMPOSE,
        {
            "people": [nexus.user.pk],
            "subject": "Kept subject",
            "body": "Kept text",
            "pending_attachments": pending.replace("&quot;", '"'),
        },
    )
    assert response.status_code == 302
    assert list(Message.objects.get().attachments.values_list("original_name", flat=True)) == [
        "kept.pdf"
    ]


def test_a_reply_with_an_error_keeps_its_text_and_valid_files(as_role, started):
    client = as_role("user")
    response = client.post(
        conversation_url(started),
        {
            "body": "My answer",
            "attachments": [pdf("answer.pdf"), SimpleUploadedFile("x.exe", b"MZ")],
        },
    )
    assert response.status_code == 200
    assert "My answer" in response.text
    assert "answer.pdf" in response.text
    assert "cannot be attached" in response.text
    assert Message.objects.count() == 1


@pytest.mark.parametrize(
    ("file", "message"),
    [
        (lambda: SimpleUploadedFile("big.pdf", b"%PDF-" + b"x" * 2000), "the limit is"),
        (
            lambda: SimpleUploadedFile("page.html", b"<html><script>x</script>"),
            "cannot be attached",
        ),
        (lambda: SimpleUploadedFile("photo.png", b"MZ\x90\x00"), "not the kind of file"),
    ],
)
def test_oversized_and_wrong_type_attachments_are_refused(
    as_role, nexus, private_media, settings, file, message
):
    settings.NEXUS_ATTACHMENT_MAX_BYTES = 1000
    response = write(as_role("admin"), people=[nexus.user], files=[file()])
    assert response.status_code == 200
    assert message in response.text
    assert not Conversation.objects.exists()


def test_attachments_reach_participants_only_under_their_own_name(as_role, nexus, started):
    attachment = Message.objects.get().attachments.get()
    url = reverse("nexus:message_attachment", args=[attachment.pk])
    response = as_role("user").get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="minutes.pdf"'
    assert as_role("secretariat").get(url).status_code == 404
    image = Message.objects.create(conversation=started, author=nexus.admin.user, body="<p>x</p>")
    shown = image.attachments.create(
        file=SimpleUploadedFile("map.png", png_bytes()),
        original_name="map.png",
        size=10,
        content_type="image/png",
    )
    response = as_role("user").get(reverse("nexus:message_attachment", args=[shown.pk]))
    assert response["Content-Disposition"] == 'inline; filename="map.png"'


def test_another_conversation_does_not_exist_for_those_outside_it(as_role, nexus, started):
    client = as_role("secretariat")
    assert client.get(conversation_url(started)).status_code == 404
    assert client.post(conversation_url(started), {"body": "Intruding"}).status_code == 404
    action = reverse("nexus:conversation_action", args=[started.pk])
    assert client.post(action, {"action": "leave"}).status_code == 404
    add = reverse("nexus:add_participants", args=[started.pk])
    assert client.post(add, {"people": [nexus.secretariat.pk]}).status_code == 404
    assert (
        client.get(conversation_url(started).replace(str(started.pk), "999999")).status_code == 404
    )
    assert "EXCOM meeting" not in client.get(INBOX).text
    assert Message.objects.count() == 1


@pytest.mark.parametrize(
    "payload",
    [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        '<p><a href="javascript:alert(1)">x</a></p>',
        '<p style="color:red">x</p><style>body{}</style>',
        "<svg onload=alert(1)>",
    ],
)
def test_scripts_in_subject_and_body_never_run(as_role, nexus, private_media, payload):
    write(as_role("admin"), people=[nexus.user], subject=payload, body=payload)
    conversation = Conversation.objects.get()
    for page in (
        as_role("user").get(conversation_url(conversation)).text,
        as_role("user").get(INBOX).text,
    ):
        lowered = page.lower()
        # Shown as text (escaped) or removed; never markup of its own.
        for markup in (
            "<script>alert",
            "<img src=x",
            'href="javascript',
            "<p style",
            "<svg onload",
        ):
            assert markup not in lowered
        assert "<style>body" not in lowered
    assert "&lt;" in page  # the subject, as typed


def test_members_are_limited_per_hour_and_the_secretariat_is_not(
    as_role, nexus, private_media, settings
):
    settings.NEXUS_MESSAGING_CONVERSATIONS_PER_HOUR = 2
    client = as_role("admin")
    for _ in range(2):
        assert write(client, people=[nexus.user]).status_code == 302
    response = write(client, people=[nexus.user], body="Third one")
    assert response.status_code == 429
    assert "You may start 2 conversations an hour" in response.text
    assert "Third one" in response.text
    secretariat = as_role("secretariat")
    for _ in range(3):
        assert write(secretariat, people=[nexus.user]).status_code == 302


def test_recipients_are_limited_per_hour(as_role, nexus, private_media, settings):
    settings.NEXUS_MESSAGING_RECIPIENTS_PER_HOUR = 2
    response = write(as_role("admin"), people=[nexus.user], organisations=[nexus.abuja])
    assert response.status_code == 302
    response = write(as_role("admin"), people=[nexus.other_admin])
    assert response.status_code == 429
    assert "You may write to 2 people an hour" in response.text


def act(client, conversation, action):
    return client.post(
        reverse("nexus:conversation_action", args=[conversation.pk]), {"action": action}
    )


def test_mark_unread_mute_and_archive(as_role, nexus, started):
    client = as_role("user")
    client.get(conversation_url(started))
    assert menu_badge(client) == ""
    act(client, started, "unread")
    assert menu_badge(client) == "1 unread"
    act(client, started, "mute")
    assert menu_badge(client) == ""  # muted conversations do not count
    act(client, started, "archive")
    assert "EXCOM meeting" not in client.get(INBOX).text
    assert "EXCOM meeting" in client.get(INBOX + "?archived=1").text
    # A new message brings it back; being muted, it sends no notification.
    as_role("admin").post(conversation_url(started), {"body": "Anyone?"})
    client = as_role("user")
    assert "EXCOM meeting" in client.get(INBOX).text
    # The first message was notified before muting, and read; the new one notified nobody.
    notifications = nexus.user.user.nexus_notifications.filter(kind="message_received")
    assert notifications.count() == 1
    assert not notifications.filter(read_at__isnull=True).exists()


def test_a_participant_who_left_reads_nothing_new(as_role, nexus, started):
    client = as_role("user")
    assert act(client, started, "leave").status_code == 302
    as_role("admin").post(conversation_url(started), {"body": "After you left"})
    client = as_role("user")
    assert client.get(conversation_url(started)).status_code == 404
    assert "EXCOM meeting" not in client.get(INBOX).text
    assert client.post(conversation_url(started), {"body": "Back?"}).status_code == 404
    attachment = Message.objects.first().attachments.get()
    url = reverse("nexus:message_attachment", args=[attachment.pk])
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("with_history", [True, False])
def test_people_added_later_see_the_history_only_if_the_adder_chose_so(
    as_role, nexus, started, with_history
):
    newcomer = ProfileFactory(member=nexus.abuja, name="Newcomer")
    data = {"people": [newcomer.pk]}
    if with_history:
        data["with_history"] = "on"
    response = as_role("admin").post(reverse("nexus:add_participants", args=[started.pk]), data)
    assert response.status_code == 302
    as_role("admin").post(conversation_url(started), {"body": "Welcome aboard"})
    client = as_role("user")
    client.force_login(newcomer.user, backend="extranet.core.auth.NexusAuthenticationBackend")
    page = client.get(conversation_url(started)).text
    assert "Welcome aboard" in page
    assert ("Is the date set?" in page) is with_history
    attachment = Message.objects.order_by("pk").first().attachments.get()
    status = client.get(reverse("nexus:message_attachment", args=[attachment.pk])).status_code
    assert status == (200 if with_history else 404)


def test_a_closed_account_signs_its_messages_former_member(as_role, nexus, started, rf):
    request = rf.post("/")
    request.user, request.nexus_profile = nexus.admin.user, nexus.admin
    request.session = {}
    close_account(request)
    page = as_role("user").get(conversation_url(started)).text
    assert "Is the date set?" in page
    assert "Former member" in page
    assert "Seoul administrator" not in page


def test_the_inbox_lists_unread_conversations_first(as_role, nexus, private_media):
    admin = as_role("admin")
    write(admin, people=[nexus.user], subject="Older")
    write(admin, people=[nexus.user], subject="Newer")
    client = as_role("user")
    client.get(conversation_url(Conversation.objects.get(subject="Newer")))
    page = client.get(INBOX).text
    assert page.index("Older") < page.index("Newer")
    assert "1 conversation with unread messages." in page


def test_unread_messages_are_notified_once_until_the_conversation_is_read(as_role, nexus, started):
    admin = as_role("admin")
    for text in ("One", "Two"):
        admin.post(conversation_url(started), {"body": text})
    notifications = nexus.user.user.nexus_notifications.filter(kind="message_received")
    assert notifications.count() == 1
    assert notifications.get().message == "New message from Seoul administrator"
    as_role("user").get(conversation_url(started))
    assert not notifications.filter(read_at__isnull=True).exists()
    as_role("admin").post(conversation_url(started), {"body": "Three"})
    assert notifications.filter(read_at__isnull=True).count() == 1


def test_a_link_can_choose_the_person_to_write_to(as_role, nexus):
    page = as_role("admin").get(f"{COMPOSE}?to={nexus.user.pk}&to=x&to=99999999999999999999").text
    assert re.search(rf'value="{nexus.user.pk}"[^>]*checked', page)


@pytest.mark.parametrize(
    "data",
    [
        {"people": ["x"], "subject": "s", "body": "b"},
        {"organisations": ["-1"], "subject": "s", "body": "b"},
        {"people": ["1"], "subject": "a\x00b", "body": "b"},
        {"people": ["1"], "subject": "s" * 500, "body": "b"},
        {"people": ["1"], "subject": "s", "body": "b", "pending_attachments": "[{]"},
        {"people": ["1"], "subject": "s", "body": "b", "pending_attachments": '[{"key": 3}]'},
    ],
)
def test_bad_input_is_answered_with_the_form(as_role, nexus, private_media, data):
    response = as_role("admin").post(COMPOSE, data)
    assert response.status_code in (200, 302)
    assert Conversation.objects.count() <= 1


@pytest.mark.parametrize("action", ["", "delete", "x" * 1000])
def test_an_unknown_action_changes_nothing(as_role, started, action):
    client = as_role("user")
    url = reverse("nexus:conversation_action", args=[started.pk])
    assert client.post(url, {"action": action}).status_code == 302
    assert Participant.objects.filter(left_at__isnull=False).count() == 0


def test_the_data_download_lists_ones_own_messages_and_files(as_role, nexus, started):
    as_role("user").post(conversation_url(started), {"body": "My <em>own</em> reply"})
    data = as_role("admin").get(reverse("nexus:download_data")).json()
    assert data["messages"] == [
        {
            "conversation": "EXCOM meeting",
            "sent": Message.objects.order_by("pk").first().created_at.isoformat(),
            "text": "Is the date set?",
            "attachments": [{"name": "minutes.pdf", "size": len(pdf().read())}],
        }
    ]
    [reply] = as_role("user").get(reverse("nexus:download_data")).json()["messages"]
    assert reply["text"] == "My own reply"


def test_the_form_asks_whom_to_write_to_first(as_role):
    page = as_role("admin").get(COMPOSE).text
    positions = [
        page.index(f'name="{name}"') for name in ("people", "subject", "body", "attachments")
    ]
    assert positions == sorted(positions)


def test_the_dashboard_tells_how_many_conversations_are_unread(as_role, started):
    client = as_role("user")
    assert "1 conversation with unread messages" in client.get(reverse("nexus:dashboard")).text
    client.get(conversation_url(started))
    assert "Messages: nothing unread" in client.get(reverse("nexus:dashboard")).text
