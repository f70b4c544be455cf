"""Recipient lists and broadcasts as members and the secretariat use them: a member's own lists
(only theirs), the secretariat's lists worked out from today's data, seeing who a list reaches
before sending, the hourly limits, and broadcasts whose recipients never see one another."""

import datetime
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from extranet.messaging.models import (
    Broadcast,
    Conversation,
    Message,
    Participant,
    PersonalList,
    SecretariatList,
)
from tests.extranet.factories import (
    PersonalListFactory,
    ProfileFactory,
    SecretariatListFactory,
)
from tests.members.factories import MemberFactory, MemberRoleFactory
from tests.query_counts import queries_for

pytestmark = pytest.mark.django_db

COMPOSE = reverse("nexus:compose")
LISTS = reverse("nexus:recipient_lists")
NEW_LIST = reverse("nexus:create_list")
BROADCASTS = reverse("nexus:broadcasts")
NEW_BROADCAST = reverse("nexus:new_broadcast")
ADMIN_LISTS = "/admin/nexus/lists/"


def first_list(name):
    """One of the three lists the secretariat starts with (the data migration's)."""
    return SecretariatList.objects.get(name=name)


def participants_of(conversation):
    return set(
        Participant.objects.filter(conversation=conversation).values_list("user_id", flat=True)
    )


def preview_of(client, data):
    response = client.post(COMPOSE, {**data, "preview": "1"})
    assert response.status_code == 200
    return response


def preview_names(response):
    return {profile.name for profile in response.context["preview"]}


# Personal lists


def test_a_member_creates_renames_edits_and_deletes_a_list(as_role, nexus):
    client = as_role("admin")
    response = client.post(
        NEW_LIST, {"name": "EXCOM 2022", "people": [nexus.user.pk], "organisations": []}
    )
    personal_list = PersonalList.objects.get(owner=nexus.admin.user)
    assert response.status_code == 302
    assert response["Location"] == reverse("nexus:recipient_list", args=[personal_list.pk])
    page = client.get(response["Location"]).text
    assert "The list “EXCOM 2022” is saved." in page
    assert "Seoul colleague" in page
    assert "reaches 1 account today" in page

    edit = reverse("nexus:edit_list", args=[personal_list.pk])
    assert 'value="EXCOM 2022"' in client.get(edit).text
    client.post(edit, {"name": "EXCOM cities", "organisations": [nexus.abuja.pk]})
    personal_list.refresh_from_db()
    assert personal_list.name == "EXCOM cities"
    assert list(personal_list.people.all()) == []
    assert list(personal_list.organisations.all()) == [nexus.abuja]
    assert "EXCOM cities" in client.get(LISTS).text

    response = client.post(reverse("nexus:delete_list", args=[personal_list.pk]), follow=True)
    assert "The list “EXCOM cities” is deleted." in response.text
    assert not PersonalList.objects.exists()


def test_the_lists_page_is_reached_from_messages(as_role):
    assert f'href="{LISTS}"' in as_role("user").get(reverse("nexus:messages")).text


def test_a_second_list_of_the_same_name_is_refused_keeping_what_was_typed(as_role, nexus):
    PersonalListFactory(owner=nexus.admin.user, name="Mayors")
    response = as_role("admin").post(
        NEW_LIST, {"name": "mayors", "people": [nexus.user.pk], "organisations": [nexus.abuja.pk]}
    )
    assert response.status_code == 200
    assert "You already have a list called “mayors”. Please choose another name." in response.text
    assert 'value="mayors"' in response.text
    assert response.context["form"]["people"].value() == [str(nexus.user.pk)]
    assert PersonalList.objects.count() == 1
    # Another member may use the same name.
    response = as_role("other_admin").post(NEW_LIST, {"name": "Mayors", "people": [nexus.user.pk]})
    assert response.status_code == 302


def test_a_list_needs_someone_in_it(as_role):
    response = as_role("user").post(NEW_LIST, {"name": "Empty"})
    assert response.status_code == 200
    assert "Choose at least one person or organisation for the list." in response.text
    assert not PersonalList.objects.exists()


def test_someone_elses_list_does_not_exist(as_role, nexus):
    """IDOR: another member's list, by its number, is "not found" wherever it is named."""
    personal_list = PersonalListFactory(owner=nexus.admin.user, name="Seoul", people=[nexus.user])
    client = as_role("other_admin")
    for name in ("nexus:recipient_list", "nexus:edit_list"):
        assert client.get(reverse(name, args=[personal_list.pk])).status_code == 404
    edit = client.post(reverse("nexus:edit_list", args=[personal_list.pk]), {"name": "Mine"})
    delete = client.post(reverse("nexus:delete_list", args=[personal_list.pk]))
    assert (edit.status_code, delete.status_code) == (404, 404)
    personal_list.refresh_from_db()
    assert personal_list.name == "Seoul"
    assert "Seoul colleague" not in client.get(LISTS).text
    response = client.post(
        COMPOSE, {"lists": [personal_list.pk], "subject": "Hello", "body": "Hello"}
    )
    assert response.status_code == 200
    assert "Select a valid choice." in response.text
    assert not Conversation.objects.exists()


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("<script>alert(1)</script>", None),
        ("Mayors\x00", "Null characters are not allowed."),
        ("M" * 101, "Ensure this value has at most 100 characters (it has 101)."),
    ],
)
def test_hostile_list_names(as_role, nexus, name, message):
    client = as_role("admin")
    response = client.post(NEW_LIST, {"name": name, "people": [nexus.user.pk]}, follow=True)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.text
    if message:
        assert message in response.text
        assert not PersonalList.objects.exists()
    else:
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in client.get(LISTS).text


@pytest.mark.parametrize(
    "data",
    [
        {"lists": ["abc"]},
        {"lists": ["999999"]},
        {"secretariat_lists": ["-1"]},
        {"people": ["1" * 30]},
        {"lists": ["1\x00"]},
    ],
)
def test_invalid_list_ids_are_answered_with_the_form(as_role, data):
    client = as_role("user")
    for extra in ({}, {"preview": "1"}):
        response = client.post(COMPOSE, {"subject": "x", "body": "x", **data, **extra})
        assert response.status_code == 200
    assert client.get(f"{COMPOSE}?list=abc&list=99999&secretariat_list=x").status_code == 200
    assert client.get(reverse("nexus:secretariat_list", args=[999999])).status_code == 404
    assert not Conversation.objects.exists()


# Secretariat lists: who they reach


@pytest.fixture
def network(nexus):
    """Members of every kind and region with their accounts, governance roles of today and of
    the past, and accounts that must never receive anything."""
    today = timezone.localdate()
    busan = MemberFactory(name="Busan", region="asia_pacific", member_type="local_government")
    lagos = MemberFactory(name="Lagos", region="africa", member_type="local_government")
    kakao = MemberFactory(name="Kakao", region="asia_pacific", member_type="corporation")
    former = MemberFactory(name="Former member city", region="asia_pacific", active=False)
    MemberRoleFactory(member=nexus.seoul, kind="president_city", starts_on=today)
    MemberRoleFactory(member=busan, kind="vice_president_city")
    MemberRoleFactory(member=lagos, kind="executive_committee")
    MemberRoleFactory(
        member=kakao,
        kind="executive_committee",
        starts_on=datetime.date(2018, 1, 1),
        ends_on=datetime.date(2020, 1, 1),
    )
    MemberRoleFactory(member=nexus.abuja, kind="regional_office", office_name="Africa")
    MemberRoleFactory(member=former, kind="executive_committee")
    people = {
        "busan_admin": ProfileFactory(member=busan, member_admin=True, name="Busan admin"),
        "busan_user": ProfileFactory(member=busan, name="Busan officer"),
        "lagos_user": ProfileFactory(member=lagos, name="Lagos officer"),
        "kakao_admin": ProfileFactory(member=kakao, member_admin=True, name="Kakao admin"),
        "former": ProfileFactory(member=former, member_admin=True, name="Former city admin"),
        "closed": ProfileFactory(member=busan, member_admin=True, name="Closed account"),
        "inactive": ProfileFactory(member=busan, name="Deactivated account"),
    }
    people["closed"].closed_at = timezone.now()
    people["closed"].save()
    people["inactive"].user.is_active = False
    people["inactive"].user.save()
    return people


def reached_names(client, secretariat_list):
    page = client.get(reverse("nexus:secretariat_list", args=[secretariat_list.pk]))
    return {person.name for person in page.context["people"]}


def test_the_first_secretariat_lists_reach_exactly_who_fits_them_today(as_role, network):
    client = as_role("secretariat")
    assert reached_names(client, first_list("EXCOM members")) == {
        "Seoul administrator",
        "Seoul colleague",
        "Busan admin",
        "Busan officer",
        "Lagos officer",
    }
    assert reached_names(client, first_list("Asia-Pacific local governments")) == {
        "Seoul administrator",
        "Seoul colleague",
        "Busan admin",
        "Busan officer",
    }
    assert reached_names(client, first_list("Member admins")) == {
        "Seoul administrator",
        "Abuja administrator",
        "Busan admin",
        "Kakao admin",
    }


def test_a_list_follows_the_data_at_each_use(as_role, nexus, network):
    """Nothing of the people is stored: a role that ends takes its accounts out of the list."""
    client = as_role("secretariat")
    excom = first_list("EXCOM members")
    nexus.seoul.roles.update(ends_on=timezone.localdate())
    assert "Seoul colleague" not in reached_names(client, excom)
    newcomer = ProfileFactory(member=network["lagos_user"].member, name="Lagos newcomer")
    assert newcomer.name in reached_names(client, excom)


def test_the_secretariat_manages_its_lists_in_the_admin(client, nexus, network):
    client.force_login(
        nexus.secretariat.user, backend="extranet.core.auth.NexusAuthenticationBackend"
    )
    listing = client.get(ADMIN_LISTS).text
    assert "EXCOM members" in listing
    assert "Member admins" in listing
    assert re.search(r"Accounts reached today", listing)
    response = client.post(
        f"{ADMIN_LISTS}new/",
        {
            "name": "African members",
            "description": "",
            "member_types": ["corporation", "local_government"],
            "regions": ["africa"],
        },
    )
    assert response.status_code == 302
    created = SecretariatList.objects.get(name="African members")
    assert created.regions == ["africa"]
    assert created.member_types == ["corporation", "local_government"]
    # Abuja's administrator and Lagos's officer.
    row = client.get(ADMIN_LISTS).text.rsplit("African members", 1)[1].split("</tr>")[0]
    assert re.search(r">\s*2\s*<", row)
    assert client.get(f"{ADMIN_LISTS}?secretariat_only=true").status_code == 200
    inspect = client.get(f"{ADMIN_LISTS}inspect/{created.pk}/").text
    assert "Corporation, Local government" in inspect
    assert "Africa" in inspect
    assert "Created" in client.get(f"{ADMIN_LISTS}history/{created.pk}/").text
    client.post(f"{ADMIN_LISTS}new/", {"name": "<script>alert(1)</script>"})
    assert "<script>alert(1)" not in client.get(ADMIN_LISTS).text
    assert "&lt;script&gt;alert(1)" in client.get(LISTS).text
    menu = client.get("/admin/").text
    assert "Recipient lists" in menu


def test_only_the_secretariat_sees_the_lists_in_the_admin(as_role):
    assert as_role("admin").get(ADMIN_LISTS).status_code in (302, 403)


# Writing to lists


def test_preview_shows_exactly_who_the_message_reaches_and_keeps_everything(
    as_role, nexus, network, private_media
):
    """People, an organisation and lists overlapping: each account once, the sender never,
    closed and deactivated accounts never; what the preview shows is who receives it."""
    client = as_role("admin")
    mine = PersonalListFactory(
        owner=nexus.admin.user, people=[nexus.user, nexus.admin, network["busan_user"]]
    )
    data = {
        "people": [nexus.user.pk, network["lagos_user"].pk],
        "organisations": [nexus.seoul.pk],
        "lists": [mine.pk],
        "secretariat_lists": [first_list("Member admins").pk],
        "subject": "EXCOM meeting",
        "body": "Has the date been set?",
        "attachments": [SimpleUploadedFile("agenda.pdf", b"%PDF-1.7\n")],
    }
    response = preview_of(client, data)
    names = preview_names(response)
    assert names == {
        "Seoul colleague",
        "Lagos officer",
        "Busan officer",
        "Abuja administrator",
        "Busan admin",
        "Kakao admin",
    }
    assert "Your message will reach 6 people" in response.text
    assert 'Busan officer<span class="member-list__meta">Busan</span>' in response.text
    assert "Has the date been set?" in response.text
    assert "agenda.pdf" in response.text  # kept for the sending
    assert 'value="EXCOM meeting"' in response.text
    assert not Conversation.objects.exists()

    kept = response.context["form"].data["pending_attachments"]
    data = {**data, "pending_attachments": kept}
    del data["attachments"]
    response = client.post(COMPOSE, data)
    assert response.status_code == 302
    conversation = Conversation.objects.get()
    received = set(
        Participant.objects.filter(conversation=conversation)
        .exclude(user=nexus.admin.user)
        .values_list("user__nexus_profile__name", flat=True)
    )
    assert received == names
    assert Participant.objects.filter(conversation=conversation).count() == 7
    assert conversation.messages.get().attachments.get().original_name == "agenda.pdf"


def test_preview_without_anyone_chosen_says_so(as_role):
    response = preview_of(as_role("user"), {"subject": "", "body": ""})
    assert "Nobody yet: choose people, organisations or lists above." in response.text
    assert "This field is required." not in response.text


def test_a_list_beyond_the_hourly_limit_is_refused_with_nothing_lost(
    as_role, nexus, network, settings
):
    settings.NEXUS_MESSAGING_RECIPIENTS_PER_HOUR = 3
    excom = first_list("EXCOM members")
    data = {"secretariat_lists": [excom.pk], "subject": "EXCOM", "body": "Dear colleagues"}
    response = as_role("other_admin").post(COMPOSE, data)
    assert response.status_code == 429
    assert "You may write to 3 people an hour, and this would be 5." in response.text
    assert (
        "You may write to 3 people an hour, and this would be 5."
        in preview_of(as_role("other_admin"), data).text
    )
    assert "Dear colleagues" in response.text
    assert 'value="EXCOM"' in response.text
    assert not Conversation.objects.exists()
    # The secretariat has no limit.
    assert as_role("secretariat").post(COMPOSE, data).status_code == 302
    assert Participant.objects.count() == 6


def test_secretariat_only_lists_are_for_the_secretariat(as_role, nexus):
    private = SecretariatListFactory(name="Board drafting", secretariat_only=True)
    member = as_role("user")
    assert "Board drafting" not in member.get(LISTS).text
    assert "Board drafting" not in member.get(COMPOSE).text
    assert member.get(reverse("nexus:secretariat_list", args=[private.pk])).status_code == 404
    response = member.post(
        COMPOSE, {"secretariat_lists": [private.pk], "subject": "x", "body": "x"}
    )
    assert "Select a valid choice." in response.text
    assert not Conversation.objects.exists()
    secretariat = as_role("secretariat")
    assert "Board drafting" in secretariat.get(LISTS).text
    response = secretariat.post(
        COMPOSE, {"secretariat_lists": [private.pk], "subject": "x", "body": "x"}
    )
    assert response.status_code == 302


def test_a_list_chosen_from_its_page_is_ticked_in_the_composer(as_role, nexus):
    mine = PersonalListFactory(owner=nexus.user.user, people=[nexus.admin])
    client = as_role("user")
    page = client.get(reverse("nexus:recipient_list", args=[mine.pk])).text
    assert f"{COMPOSE}?list={mine.pk}" in page
    form = client.get(f"{COMPOSE}?list={mine.pk}").context["form"]
    assert form["lists"].value() == [str(mine.pk)]


# Broadcasts


@pytest.fixture
def broadcast(as_role, nexus, network, django_capture_on_commit_callbacks):
    """The secretariat's broadcast to the Asia-Pacific local governments."""
    with django_capture_on_commit_callbacks(execute=True):
        response = as_role("secretariat").post(
            NEW_BROADCAST,
            {
                "lists": [first_list("Asia-Pacific local governments").pk],
                "subject": "General Assembly",
                "body": "<p>Registration is open.</p>",
            },
            follow=True,
        )
    assert response.redirect_chain == [(BROADCASTS, 302)]
    assert "The broadcast reached 4 accounts." in response.text
    return Broadcast.objects.get()


def test_each_recipient_of_a_broadcast_has_a_conversation_of_their_own(
    as_role, nexus, network, broadcast
):
    conversations = Conversation.objects.filter(subject="General Assembly")
    assert conversations.count() == 4
    for conversation in conversations:
        assert len(participants_of(conversation)) == 2
        assert nexus.secretariat.user.pk in participants_of(conversation)
    mine = Participant.objects.get(conversation__in=conversations, user=nexus.user.user)
    others = conversations.exclude(pk=mine.conversation_id)
    client = as_role("user")
    page = client.get(reverse("nexus:conversation", args=[mine.conversation_id])).text
    assert "Registration is open." in page
    assert "Busan admin" not in page
    assert "Seoul administrator" not in page
    for other in others:
        assert client.get(reverse("nexus:conversation", args=[other.pk])).status_code == 404
    client.post(reverse("nexus:conversation", args=[mine.conversation_id]), {"body": "Thanks"})
    reply = Message.objects.get(body__contains="Thanks")
    assert participants_of(reply.conversation) == {nexus.user.user.pk, nexus.secretariat.user.pk}
    # The sender's inbox shows the conversations a recipient answered, not all of them.
    inbox = as_role("secretariat").get(reverse("nexus:messages"))
    assert [part.conversation for part in inbox.context["parts"]] == [reply.conversation]


def test_the_broadcasts_page_counts_deliveries_and_reads(as_role, nexus, broadcast):
    secretariat = as_role("secretariat")
    page = secretariat.get(BROADCASTS).text
    assert "General Assembly" in page
    assert "Asia-Pacific local governments" in page
    assert "4 accounts" in page
    assert "0 recipients" in page
    reader = as_role("user")
    part = Participant.objects.get(conversation__subject="General Assembly", user=nexus.user.user)
    reader.get(reverse("nexus:conversation", args=[part.conversation_id]))
    assert "1 recipient<" in as_role("secretariat").get(BROADCASTS).text


def test_only_the_secretariat_broadcasts(as_role, nexus):
    lists = [first_list("Member admins").pk]
    response = as_role("admin").post(NEW_BROADCAST, {"lists": lists, "subject": "x", "body": "x"})
    assert response.status_code == 403
    assert not Broadcast.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"lists": ["nope"], "subject": "x", "body": "x"},
        {"lists": ["1"], "subject": "x" * 300, "body": "\x00"},
    ],
)
def test_a_broadcast_with_bad_input_is_answered_with_the_form(as_role, data):
    response = as_role("secretariat").post(NEW_BROADCAST, data)
    assert response.status_code == 200
    assert not Broadcast.objects.exists()


def test_a_broadcast_to_nobody_says_so(as_role):
    nobody = SecretariatListFactory(name="Nobody", regions=["americas"])
    response = as_role("secretariat").post(
        NEW_BROADCAST, {"lists": [nobody.pk], "subject": "Hello", "body": "Hello"}
    )
    assert "These lists reach nobody today." in response.text


def test_the_broadcasts_page_makes_the_same_queries_however_many(as_role, nexus):
    secretariat = as_role("secretariat")
    SecretariatListFactory(name="Everyone")

    def send(times):
        for number in range(times):
            secretariat.post(
                NEW_BROADCAST,
                {
                    "lists": [SecretariatList.objects.get(name="Everyone").pk],
                    "subject": f"News {number}",
                    "body": "Hello",
                },
            )

    send(1)
    few = queries_for(secretariat, BROADCASTS)
    for _number in range(15):
        ProfileFactory(member=nexus.seoul)
    send(5)
    assert Broadcast.objects.count() == 6
    assert len(queries_for(secretariat, BROADCASTS)) == len(few)


def test_a_broadcast_to_hundreds_is_written_in_bulk(as_role, nexus):
    """One query per recipient at most (its notification, through notify); every other row
    (conversations, participants, messages, deliveries) goes in bulk."""
    member = MemberFactory(name="Large city")
    for _number in range(150):
        ProfileFactory(member=member)
    everyone = SecretariatListFactory(name="Everyone")
    secretariat = as_role("secretariat")
    data = {"lists": [everyone.pk], "subject": "Annual report", "body": "Here it is."}
    with CaptureQueriesContext(connection) as context:
        response = secretariat.post(NEW_BROADCAST, data)
    assert response.status_code == 302
    reached = Broadcast.objects.get().deliveries.count()
    assert reached == 150 + 3  # and the fixture's three member accounts, not the sender
    assert Conversation.objects.filter(subject="Annual report").count() == reached
    assert len(context.captured_queries) < reached + 40


def test_the_data_download_lists_ones_own_lists(as_role, nexus):
    PersonalListFactory(
        owner=nexus.admin.user, name="EXCOM", people=[nexus.user], organisations=[nexus.abuja]
    )
    PersonalListFactory(owner=nexus.user.user, name="Not mine")
    data = as_role("admin").get(reverse("nexus:download_data")).json()
    assert data["recipient_lists"] == [
        {"name": "EXCOM", "people": ["Seoul colleague"], "organisations": ["Abuja"]}
    ]


def test_the_composer_says_how_to_get_lists_to_whom_has_none(as_role, nexus):
    hint = "You have no lists yet"
    assert hint in as_role("user").get(COMPOSE).text
    PersonalListFactory(owner=nexus.user.user, people=[nexus.admin])
    assert hint not in as_role("user").get(COMPOSE).text
