"""Visitors without an account register for public events: a form on the public site, a link
by e-mail to confirm, then a place (or the waiting list, decided like members' answers), and
the joining details by e-mail only once they hold a place."""

import re
import threading
from urllib.parse import quote_plus

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import translation

from extranet.events import services
from extranet.events.models import Attendance, Question, QuestionKind, Status
from tests.extranet.factories import AttendanceFactory, ProfileFactory, RegistrationFactory
from tests.hostile_corpus import for_field

pytestmark = pytest.mark.django_db

ALICE = {"name": "Alice Kim", "email": "alice@example.org", "organisation": "Suwon City"}


def form_url(registration, language="en"):
    with translation.override(language):
        return reverse("event_public_registration", args=[registration.pk])


def register(client, registration, capture, language="en", **fields):
    with capture(execute=True):
        return client.post(form_url(registration, language), {**ALICE, **fields})


def confirmation_link(message):
    return re.search(r"https?://\S+/event-registration/confirm/\S+/", message.body).group(0)


def confirm(client, link, capture):
    path = re.sub(r"^https?://[^/]+", "", link)
    with capture(execute=True):
        return client.post(path)


# The public event page


def test_a_public_event_open_to_the_public_shows_register_and_the_members_way(client, site_tree):
    registration = RegistrationFactory(open_to_public=True)
    html = client.get(registration.event.url).text
    assert f'href="{form_url(registration)}">Register</a>' in html
    members_link = reverse("nexus:event", args=[registration.pk])
    assert f'href="{members_link}">Members: sign in to register</a>' in html


def test_a_public_event_registered_in_nexus_says_members_sign_in(client, site_tree):
    registration = RegistrationFactory(public=True)
    html = client.get(registration.event.url).text
    assert "Members: sign in to register" in html
    assert "/event-registration/" not in html
    # The Nexus page sends a visitor to the sign-in, and back.
    response = client.get(reverse("nexus:event", args=[registration.pk]))
    assert response.status_code == 302
    assert "next=" in response["Location"]


def test_the_note_is_the_same_for_a_member_as_for_a_visitor(client, site_tree):
    registration = RegistrationFactory(open_to_public=True, hybrid=True)
    note = re.compile(r'<section class="event-registration-note".*?</section>', re.S)
    anonymous = note.search(client.get(registration.event.url).text).group(0)
    member = ProfileFactory()
    AttendanceFactory(registration=registration, profile=member)
    client.force_login(member.user, backend="extranet.core.auth.NexusAuthenticationBackend")
    signed_in = note.search(client.get(registration.event.url).text).group(0)
    assert anonymous == signed_in
    assert "meet.example.org" not in signed_in


def test_an_event_known_by_its_month_takes_no_registration_until_its_date_is_set(client, site_tree):
    registration = RegistrationFactory(open_to_public=True, month_only=True)
    html = client.get(registration.event.url).text
    assert "Registration opens once the date of the event is set." in html
    assert f'href="{form_url(registration)}"' not in html

    page = client.get(form_url(registration))
    assert "Registration opens once the date of the event is set." in page.text
    assert "<form" not in page.text.split("</header>", 1)[-1]
    client.post(form_url(registration), ALICE)
    assert not Attendance.objects.exists()


def test_an_event_without_registration_from_the_public_has_no_form(client, site_tree):
    assert client.get(form_url(RegistrationFactory(public=True))).status_code == 404
    members_only = RegistrationFactory()
    services.share_audience(members_only)
    assert client.get(form_url(members_only)).status_code == 404
    assert client.post(form_url(members_only), ALICE).status_code == 404
    assert not Attendance.objects.exists()


# Registering and confirming


def test_a_visitor_registers_confirms_by_the_link_and_receives_the_joining_details(
    client, site_tree, django_capture_on_commit_callbacks
):
    registration = RegistrationFactory(open_to_public=True, online=True)
    page = client.get(form_url(registration))
    assert page.status_code == 200
    assert page["Cache-Control"].count("no-store") == 1
    assert "meet.example.org" not in page.text

    response = register(client, registration, django_capture_on_commit_callbacks)
    assert "Check your e-mail" in response.text
    assert "alice@example.org" in response.text
    attendance = Attendance.objects.get()
    assert attendance.status == Status.UNCONFIRMED
    assert (attendance.name, attendance.organisation) == ("Alice Kim", "Suwon City")
    [message] = mail.outbox
    assert message.to == ["alice@example.org"]
    assert "meet.example.org" not in message.body
    assert "583 201" not in message.body
    link = confirmation_link(message)
    token = link.rstrip("/").rsplit("/", 1)[1]
    # The database keeps a hash of the token, never the token.
    assert attendance.confirmation_token == services.confirmation_digest(token) != token

    # Opening the link shows a button: a mail program checking links confirms nothing.
    path = re.sub(r"^https?://[^/]+", "", link)
    shown = client.get(path)
    assert "Confirm my registration" in shown.text
    attendance.refresh_from_db()
    assert attendance.status == Status.UNCONFIRMED

    confirmed = confirm(client, link, django_capture_on_commit_callbacks)
    assert "Your place is confirmed." in confirmed.text
    assert "meet.example.org" not in confirmed.text
    attendance.refresh_from_db()
    assert attendance.status == Status.GOING
    assert len(mail.outbox) == 2
    assert "https://meet.example.org/wego-board-42" in mail.outbox[1].body
    assert "583 201" in mail.outbox[1].body

    # Confirming again changes nothing and sends nothing.
    again = confirm(client, link, django_capture_on_commit_callbacks)
    assert "Your place is confirmed." in again.text
    assert len(mail.outbox) == 2


def test_a_visitor_registering_in_korean_gets_a_korean_link(
    client, site_tree, django_capture_on_commit_callbacks
):
    registration = RegistrationFactory(open_to_public=True)
    register(client, registration, django_capture_on_commit_callbacks, language="ko")
    assert Attendance.objects.get().language == "ko"
    assert "/ko/event-registration/confirm/" in confirmation_link(mail.outbox[0])


def test_a_full_event_puts_the_visitor_on_the_waiting_list_and_a_freed_place_promotes_them(
    client, site_tree, django_capture_on_commit_callbacks
):
    registration = RegistrationFactory(open_to_public=True, online=True, online_capacity=1)
    member = ProfileFactory()
    member_client = Client()
    member_client.force_login(member.user, backend="extranet.core.auth.NexusAuthenticationBackend")
    nexus_page = reverse("nexus:event", args=[registration.pk])
    member_client.post(nexus_page, {"status": "going"})
    assert services.attendance_of(registration, member).status == Status.GOING

    register(client, registration, django_capture_on_commit_callbacks)
    waiting = confirm(client, confirmation_link(mail.outbox[0]), django_capture_on_commit_callbacks)
    assert "you are on the waiting list, number 1" in waiting.text
    attendance = Attendance.objects.get(profile=None)
    assert attendance.status == Status.WAITING
    # Waiting: no joining details.
    assert len(mail.outbox) == 1

    with django_capture_on_commit_callbacks(execute=True):
        member_client.post(nexus_page, {"status": "not_going"})
    attendance.refresh_from_db()
    assert attendance.status == Status.GOING
    place_mail = mail.outbox[-1]
    assert place_mail.to == ["alice@example.org"]
    assert "https://meet.example.org/wego-board-42" in place_mail.body


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_twelve_confirmations_at_once_for_five_places_give_five_places(site_tree):
    assert connection.vendor == "postgresql"
    registration = RegistrationFactory(open_to_public=True, in_person_capacity=5)
    tokens = []
    for number in range(12):
        token = f"token-{number:02d}-" + "x" * 30
        Attendance.objects.create(
            registration=registration,
            name=f"Visitor {number}",
            email=f"visitor{number}@example.org",
            status=Status.UNCONFIRMED,
            confirmation_token=services.confirmation_digest(token),
        )
        tokens.append(token)
    start = threading.Barrier(len(tokens))
    codes = []

    def confirm_one(token):
        start.wait()
        try:
            response = Client().post(reverse("event_public_confirmation", args=[token]))
            codes.append(response.status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=confirm_one, args=[token]) for token in tokens]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert codes == [200] * 12
    attendances = registration.attendances.all()
    assert attendances.filter(status=Status.GOING).count() == 5
    waiting = list(attendances.waiting())
    assert [services.waiting_position(attendance) for attendance in waiting] == list(range(1, 8))


def test_the_same_address_twice_is_told_so_and_nothing_else(
    client, site_tree, django_capture_on_commit_callbacks
):
    registration = RegistrationFactory(open_to_public=True)
    register(client, registration, django_capture_on_commit_callbacks)
    again = register(
        client,
        registration,
        django_capture_on_commit_callbacks,
        name="Somebody Else",
        email="ALICE@example.org",
        organisation="Elsewhere",
    )
    assert "This e-mail address is already registered for this event." in again.text
    assert "Alice Kim" not in again.text
    assert "Suwon City" not in again.text
    assert 'value="Somebody Else"' in again.text
    assert Attendance.objects.count() == 1
    assert len(mail.outbox) == 1


def test_a_robot_filling_the_hidden_field_is_thanked_and_nothing_is_kept(
    client, site_tree, django_capture_on_commit_callbacks
):
    registration = RegistrationFactory(open_to_public=True)
    form = client.get(form_url(registration)).text
    assert re.search(r'<div class="form-trap" aria-hidden="true">.*?name="website"', form, re.S)
    response = register(
        client, registration, django_capture_on_commit_callbacks, website="https://spam.example"
    )
    assert "Check your e-mail" in response.text
    assert not Attendance.objects.exists()
    assert mail.outbox == []


def test_too_many_registrations_from_one_address_are_refused_keeping_what_was_typed(
    client, site_tree, settings, django_capture_on_commit_callbacks
):
    settings.EVENT_PUBLIC_REGISTRATIONS_PER_HOUR = 2
    registration = RegistrationFactory(open_to_public=True, unlimited=True)
    for number in range(2):
        register(
            client, registration, django_capture_on_commit_callbacks, email=f"p{number}@example.org"
        )
    refused = register(
        client, registration, django_capture_on_commit_callbacks, email="third@example.org"
    )
    assert refused.status_code == 429
    assert "Too many registrations were sent from your connection." in refused.text
    assert 'value="third@example.org"' in refused.text
    assert 'value="Alice Kim"' in refused.text
    assert Attendance.objects.count() == 2
    # Another connection is not held back.
    other = Client(REMOTE_ADDR="192.0.2.7")
    with django_capture_on_commit_callbacks(execute=True):
        other.post(form_url(registration), {**ALICE, "email": "fourth@example.org"})
    assert Attendance.objects.count() == 3


def test_the_questions_and_the_way_of_attending_are_asked(
    client, site_tree, django_capture_on_commit_callbacks
):
    registration = RegistrationFactory(open_to_public=True, hybrid=True)
    diet = Question.objects.create(registration=registration, label="Dietary needs", required=True)
    language = Question.objects.create(
        registration=registration,
        label="Interpretation",
        kind=QuestionKind.CHOICE,
        choices="Korean\nEnglish",
    )
    form = client.get(form_url(registration)).text
    assert "Dietary needs" in form
    assert "How you attend" in form

    missing = register(client, registration, django_capture_on_commit_callbacks)
    assert missing.text.count("This field is required.") == 2  # the mode and the diet
    assert 'value="Alice Kim"' in missing.text
    assert not Attendance.objects.exists()

    register(
        client,
        registration,
        django_capture_on_commit_callbacks,
        mode="online",
        **{f"question_{diet.pk}": "Vegetarian", f"question_{language.pk}": "Korean"},
    )
    attendance = Attendance.objects.get()
    assert attendance.mode == "online"
    assert attendance.answers == {str(diet.pk): "Vegetarian", str(language.pk): "Korean"}


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": ""}, "This field is required."),
        ({"email": ""}, "This field is required."),
        ({"email": "not an address"}, "Enter a valid email address."),
        ({"name": "A" * 5000}, "Ensure this value has at most 120 characters"),
        ({"organisation": "O" * 5000}, "Ensure this value has at most 200 characters"),
        ({"name": "Alice\x00Kim"}, "Null characters are not allowed."),
        ({"name": "Alice\r\nBcc: victim@example.org"}, "Write it on one line."),
        ({"organisation": "Suwon\nCity"}, "Write it on one line."),
        ({"email": "alice@example.org\r\nBcc: victim@example.org"}, "Enter a valid email"),
    ],
)
def test_bad_input_is_refused_with_a_message_and_nothing_is_kept(
    client, site_tree, django_capture_on_commit_callbacks, fields, message
):
    registration = RegistrationFactory(open_to_public=True)
    response = register(client, registration, django_capture_on_commit_callbacks, **fields)
    assert response.status_code == 200
    assert message in response.text
    assert not Attendance.objects.exists()
    assert mail.outbox == []
    # What was typed in the other fields is kept.
    untouched = next(key for key in ALICE if key not in fields)
    assert f'value="{ALICE[untouched]}"' in response.text


def test_markup_in_a_name_is_shown_as_text(client, site_tree, django_capture_on_commit_callbacks):
    registration = RegistrationFactory(open_to_public=True)
    name = '<script>alert("x")</script>'
    register(client, registration, django_capture_on_commit_callbacks, name=name)
    link = confirmation_link(mail.outbox[0])
    page = client.get(re.sub(r"^https?://[^/]+", "", link)).text
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert" in page


def test_invalid_utf8_and_unknown_links_give_no_server_error(client, site_tree):
    registration = RegistrationFactory(open_to_public=True)
    response = client.post(
        form_url(registration),
        b"name=%FF%FE&email=alice%40example.org",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    unknown = client.get(reverse("event_public_confirmation", args=["nothing-like-a-token"]))
    assert unknown.status_code == 404
    assert "This link is not valid" in unknown.text
    assert client.post(reverse("event_public_confirmation", args=["x" * 500])).status_code == 404


def test_hostile_strings_in_every_field_give_no_server_error_and_no_markup(
    client, site_tree, settings
):
    """Each field of the form gets the corpus's most dangerous strings and a slice of the
    others, the other fields being valid; unique addresses, so none is refused as a repeat."""
    settings.EVENT_PUBLIC_REGISTRATIONS_PER_HOUR = 10_000
    registration = RegistrationFactory(open_to_public=True, hybrid=True, unlimited=True)
    question = Question.objects.create(registration=registration, label="Dietary needs")
    valid = {**ALICE, "mode": "online", f"question_{question.pk}": "None"}
    address = form_url(registration)
    sent = 0
    for number, name in enumerate(valid):
        for hostile in for_field(number):
            fields = {**valid, "email": f"visitor{sent}@example.org"}
            body = "&".join(
                f"{quote_plus(key)}={quote_plus(value)}"
                for key, value in fields.items()
                if key != name
            )
            body += f"&{quote_plus(name)}={quote_plus(hostile.encoded)}"
            response = client.post(address, body, content_type="application/x-www-form-urlencoded")
            sent += 1
            assert response.status_code < 500, (name, str(hostile))
            if hostile.markup:
                assert hostile.markup not in response.text, (name, str(hostile))
    # Whatever was kept is text: the page of each registration shows it escaped.
    for attendance in Attendance.objects.all():
        assert "\x00" not in attendance.name + attendance.email + attendance.organisation
        assert "\n" not in attendance.name + attendance.email + attendance.organisation
