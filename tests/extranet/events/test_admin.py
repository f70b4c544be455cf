"""The secretariat's side of events in the Wagtail admin (Nexus → Event registrations):
registration for an event page, the attendee list with answers, filters, counts and exports,
manual additions and removals, check-in on the day, and messages to attendees."""

import csv
import html
import io

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from extranet.events.models import Attendance, Audience, Mode, Question, Registration, Status
from extranet.messaging.models import Broadcast, Participant
from tests.events.factories import EventPageFactory
from tests.extranet.factories import (
    AdminUserFactory,
    AttendanceFactory,
    ProfileFactory,
    RegistrationFactory,
    event_index,
)
from tests.members.factories import MemberFactory

pytestmark = pytest.mark.django_db

REGISTRATIONS = "/admin/nexus/event-registrations/"


def text(response):
    return html.unescape(response.content.decode())


def page_of(registration, name=""):
    return f"{REGISTRATIONS}{registration.pk}/{name}"


def refused(response):
    """Wagtail's answer to what one may not do: back to the dashboard, with a message."""
    return response.status_code == 302 and response["Location"] == "/admin/"


@pytest.fixture
def secretariat(client, nexus):
    client.force_login(nexus.secretariat.user)
    return client


@pytest.fixture
def workshop(nexus):
    """Two places in person, a question, three people answered: two hold the places (from
    Seoul and Abuja), one waits."""
    registration = RegistrationFactory(in_person_capacity=2)
    diet = Question.objects.create(registration=registration, label="Dietary needs")
    AttendanceFactory(
        registration=registration,
        profile=nexus.user,
        organisation="Seoul",
        answers={str(diet.pk): "Vegetarian"},
    )
    AttendanceFactory(
        registration=registration,
        profile=nexus.other_admin,
        organisation="Abuja",
        answers={str(diet.pk): '=HYPERLINK("http://evil.example")'},
    )
    AttendanceFactory(
        registration=registration, profile=nexus.admin, organisation="Seoul", waiting=True
    )
    return registration


def form_data(event, **changes):
    return {
        "event": event.pk,
        "audience": Audience.MEMBERS,
        "group": "",
        "is_open": "on",
        "deadline": "",
        "in_person_capacity": "30",
        "online_capacity": "",
        "join_url": "",
        "join_passcode": "",
        "join_instructions": "",
        "questions-TOTAL_FORMS": "1",
        "questions-INITIAL_FORMS": "0",
        "questions-MIN_NUM_FORMS": "0",
        "questions-MAX_NUM_FORMS": "1000",
        "questions-0-label": "Interpretation language",
        "questions-0-help_text": "",
        "questions-0-kind": "choice",
        "questions-0-choices": "English\nKorean",
        "questions-0-ORDER": "1",
        "questions-0-id": "",
        **changes,
    }


def edit_data(registration, **changes):
    """The edit form as shown for the registration, its one question kept, with changes."""
    question = registration.questions.get()
    shown = {
        "in_person_capacity": str(registration.in_person_capacity),
        "questions-INITIAL_FORMS": "1",
        "questions-0-id": question.pk,
        "questions-0-label": question.label,
        "questions-0-kind": question.kind,
        "questions-0-choices": question.choices,
    }
    return form_data(registration.event, **{**shown, **changes})


# Registrations


def test_the_secretariat_opens_registration_for_an_event_page(secretariat, nexus):
    event = EventPageFactory(parent=event_index(), title="General assembly 2030")
    assert REGISTRATIONS in text(secretariat.get("/admin/"))  # in the Nexus menu
    form = text(secretariat.get(f"{REGISTRATIONS}new/"))
    assert "General assembly 2030 (10 March 2030)" in form

    response = secretariat.post(f"{REGISTRATIONS}new/", form_data(event))

    assert response.status_code == 302, text(response)
    registration = Registration.objects.get(event=event)
    assert registration.in_person_capacity == 30
    assert [q.label for q in registration.questions.all()] == ["Interpretation language"]
    # For members: the page leaves the public site.
    assert PageViewRestriction.objects.filter(page=event).exists()
    # An event with a registration is not offered again.
    assert "General assembly 2030 (" not in text(secretariat.get(f"{REGISTRATIONS}new/"))


def test_mistakes_are_explained_and_nothing_is_saved(secretariat, nexus):
    event = EventPageFactory(parent=event_index())
    group_without_group = secretariat.post(
        f"{REGISTRATIONS}new/", form_data(event, audience=Audience.GROUP)
    )
    assert group_without_group.status_code == 200
    assert "Choose the group the event is for." in text(group_without_group)
    one_choice = secretariat.post(
        f"{REGISTRATIONS}new/", form_data(event, **{"questions-0-choices": "English"})
    )
    assert "Give at least two choices, one per line." in text(one_choice)
    public_for_members = secretariat.post(
        f"{REGISTRATIONS}new/", form_data(event, public_registration="on")
    )
    assert "Only public events take registrations from the public." in text(public_for_members)
    assert not Registration.objects.exists()


def test_places_added_go_to_those_waiting_in_order(secretariat, nexus, workshop):
    second = AttendanceFactory(registration=workshop, organisation="Seoul", waiting=True)
    edit = f"{REGISTRATIONS}edit/{workshop.pk}/"
    data = edit_data(workshop, in_person_capacity="3")
    assert secretariat.post(edit, data).status_code == 302
    assert workshop.attendances.get(profile=nexus.admin).status == Status.GOING
    second.refresh_from_db()
    assert second.status == Status.WAITING


def test_new_joining_details_are_told_to_attendees_and_other_edits_are_not(
    secretariat, nexus, workshop, django_capture_on_commit_callbacks
):
    edit = f"{REGISTRATIONS}edit/{workshop.pk}/"
    with django_capture_on_commit_callbacks(execute=True):
        response = secretariat.post(edit, edit_data(workshop, in_person_capacity="2"))
    assert response.status_code == 302
    assert not nexus.user.user.nexus_notifications.filter(kind="event_changed").exists()
    new_link = edit_data(workshop, join_url="https://meet.example.org/new-room")
    with django_capture_on_commit_callbacks(execute=True):
        assert secretariat.post(edit, new_link).status_code == 302
    workshop.refresh_from_db()
    assert workshop.sequence == 1  # calendars take the new details
    assert nexus.user.user.nexus_notifications.filter(kind="event_changed").exists()


def test_a_members_event_made_public_comes_back_to_the_public_site(secretariat, workshop):
    edit = f"{REGISTRATIONS}edit/{workshop.pk}/"
    assert secretariat.post(edit, edit_data(workshop)).status_code == 302
    assert PageViewRestriction.objects.filter(page=workshop.event).exists()
    assert secretariat.post(edit, edit_data(workshop, audience=Audience.PUBLIC)).status_code == 302
    assert not PageViewRestriction.objects.filter(page=workshop.event).exists()


def test_the_list_counts_going_and_waiting_per_mode(secretariat, nexus, workshop):
    RegistrationFactory(hybrid=True)  # another event, with nobody yet
    page = text(secretariat.get(REGISTRATIONS))
    row = page.split(workshop.event.title, 1)[1].split("</tr>", 1)[0]
    cells = [cell.split(">")[-1].strip() for cell in row.split("</td>")]
    assert "10 March 2030" in cells
    assert "All members of the association" in cells
    assert cells[3:7] == ["2", "1", "0", "0"]


def test_the_list_names_the_group_an_event_is_for_in_as_many_queries(secretariat):
    RegistrationFactory(for_group=True, group__name="Smart water")
    with CaptureQueriesContext(connection) as one:
        page = text(secretariat.get(REGISTRATIONS))
    assert "For the members of Smart water" in page
    for number in range(5):
        RegistrationFactory(for_group=True, group__name=f"Group {number}")
    with CaptureQueriesContext(connection) as six:
        secretariat.get(REGISTRATIONS)
    assert len(six) == len(one)


# The attendee list


def test_the_attendee_list_shows_answers_counts_and_filters(secretariat, nexus, workshop):
    page = text(secretariat.get(page_of(workshop, "attendees/")))
    assert "Dietary needs" in page
    assert "Vegetarian" in page
    assert "Seoul colleague" in page
    assert "Abuja administrator" in page
    assert "South Korea" in page
    assert "Nigeria" in page
    by_organisation = page.split("Per organisation", 1)[1].split("</table>", 1)[0]
    assert "<td>Seoul</td><td>2</td>" in by_organisation
    assert "<td>Abuja</td><td>1</td>" in by_organisation

    waiting = text(secretariat.get(page_of(workshop, "attendees/"), {"status": "waiting"}))
    assert "Seoul administrator" in waiting
    assert "Seoul colleague" not in waiting
    nigeria = text(secretariat.get(page_of(workshop, "attendees/"), {"country": "NG"}))
    assert "Abuja administrator" in nigeria
    assert "Seoul colleague" not in nigeria


def test_exports_have_a_row_per_attendee_and_a_column_per_question(secretariat, workshop):
    response = secretariat.get(page_of(workshop, "attendees/"), {"export": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:7] == [
        "Name",
        "E-mail",
        "Organisation",
        "Country",
        "Answer",
        "Attends",
        "Dietary needs",
    ]
    by_name = {row[0]: row for row in rows[1:]}
    assert len(by_name) == 3
    assert by_name["Seoul colleague"][6] == "Vegetarian"
    # What an attendee typed never runs as a formula.
    assert by_name["Abuja administrator"][6] == '\'=HYPERLINK("http://evil.example")'

    response = secretariat.get(
        page_of(workshop, "attendees/"), {"export": "xlsx", "status": "going"}
    )
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][6] == "Dietary needs"
    assert sorted(row[0] for row in values[1:]) == ["Abuja administrator", "Seoul colleague"]
    assert all(not str(row[6] or "").startswith("=") for row in values)
    assert sheet["G2"].data_type != "f"
    assert sheet["G3"].data_type != "f"


def test_the_attendee_list_makes_as_many_queries_for_a_thousand_as_for_ten(secretariat, nexus):
    def queries(size):
        registration = RegistrationFactory(unlimited=True)
        question = Question.objects.create(registration=registration, label="Diet")
        members = [
            AttendanceFactory(registration=registration, organisation=f"Org {n}") for n in range(3)
        ]
        Attendance.objects.bulk_create(
            Attendance(
                registration=registration,
                name=f"Visitor {n}",
                email=f"visitor{n}@example.org",
                organisation=f"Company {n % 7}",
                status=Status.GOING,
                answers={str(question.pk): "None"},
            )
            for n in range(size - len(members))
        )
        url = page_of(registration, "attendees/")
        assert secretariat.get(url).status_code == 200
        with CaptureQueriesContext(connection) as context:
            response = secretariat.get(url)
        assert response.content.decode().count("<tr>") >= size
        return len(context.captured_queries)

    assert queries(10) == queries(1000)


# Adding and removing people


def test_adding_gives_a_place_or_the_waiting_list(secretariat, nexus, workshop):
    newcomer = ProfileFactory(member=nexus.seoul, name="Newcomer")
    form = text(secretariat.get(page_of(workshop, "attendees/add/")))
    assert "Newcomer (Seoul)" in form
    assert "Seoul colleague (Seoul)" not in form  # answered already

    response = secretariat.post(
        page_of(workshop, "attendees/add/"), {"profile": newcomer.pk}, follow=True
    )

    assert "The event is full: Newcomer is on the waiting list" in text(response)
    assert workshop.attendances.get(profile=newcomer).status == Status.WAITING
    assert newcomer.user.nexus_notifications.filter(kind="event_registered_by_secretariat").exists()


def test_removing_someone_holding_a_place_promotes_the_first_waiting(secretariat, nexus, workshop):
    held = workshop.attendances.get(profile=nexus.user)
    later = AttendanceFactory(registration=workshop, waiting=True)
    confirm = secretariat.get(page_of(workshop, f"attendees/{held.pk}/remove/"))
    assert "Remove Seoul colleague from the list of" in text(confirm)
    assert workshop.attendances.filter(pk=held.pk).exists()  # asking removes nobody

    response = secretariat.post(page_of(workshop, f"attendees/{held.pk}/remove/"), follow=True)

    assert "Seoul colleague is off the list." in text(response)
    assert not workshop.attendances.filter(pk=held.pk).exists()
    assert workshop.attendances.get(profile=nexus.admin).status == Status.GOING
    later.refresh_from_db()
    assert later.status == Status.WAITING
    assert nexus.admin.user.nexus_notifications.filter(kind="event_place_given").exists()
    assert nexus.user.user.nexus_notifications.filter(kind="event_removed_by_secretariat").exists()


# Check-in


def test_check_in_and_undo(secretariat, nexus, workshop):
    url = page_of(workshop, "check-in/")
    page = text(secretariat.get(url))
    assert "0 of 2 expected people checked in" in page
    assert "Seoul administrator" not in page  # waiting: holds no place
    held = workshop.attendances.get(profile=nexus.user)

    response = secretariat.post(url, {"attendance": held.pk, "present": "1", "q": "seoul"})

    assert response.status_code == 302
    assert response["Location"] == f"{url}?q=seoul#attendee-{held.pk}"
    held.refresh_from_db()
    assert held.checked_in_at is not None
    found = text(secretariat.get(url, {"q": "seoul"}))
    assert "1 of 2 expected people checked in" in found
    assert "Seoul colleague" in found
    assert "Abuja administrator" not in found
    assert "Undo" in found

    secretariat.post(url, {"attendance": held.pk, "q": ""})
    held.refresh_from_db()
    assert held.checked_in_at is None
    waiting = workshop.attendances.get(profile=nexus.admin)
    refused = secretariat.post(url, {"attendance": waiting.pk, "present": "1"}, follow=True)
    assert refused.status_code == 404
    waiting.refresh_from_db()
    assert waiting.checked_in_at is None


# Messages


def test_a_message_to_the_waiting_list_reaches_only_them(secretariat, nexus, workshop):
    url = page_of(workshop, "message/")
    assert "The waiting list (1 with a Nexus account)" in text(secretariat.get(url))

    response = secretariat.post(
        url,
        {"recipients": "waiting", "subject": "Places", "body": "<p>We are looking for a room.</p>"},
        follow=True,
    )

    assert "The message is on its way to 1 person." in text(response)
    broadcast = Broadcast.objects.get()
    assert broadcast.subject == "Places"
    reached = Participant.objects.exclude(user=nexus.secretariat.user).values_list(
        "user", flat=True
    )
    assert list(reached) == [nexus.admin.user_id]


HOSTILE = ["<script>alert(1)</script>", "nul\x00byte", "x" * 20000]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_input_is_refused_or_escaped_never_a_server_error(secretariat, workshop, hostile):
    message = secretariat.post(
        page_of(workshop, "message/"),
        {"recipients": "holding", "subject": hostile, "body": hostile},
    )
    assert message.status_code in (200, 302)
    assert "<script>alert(1)</script>" not in message.content.decode()
    for url in (page_of(workshop, "check-in/"), page_of(workshop, "attendees/")):
        response = secretariat.get(url, {"q": hostile, "status": hostile, "organisation": hostile})
        assert response.status_code == 200
        assert "<script>alert(1)</script>" not in response.content.decode()
    check_in = secretariat.post(page_of(workshop, "check-in/"), {"attendance": hostile})
    assert check_in.status_code == 400


# Permissions


def test_an_editor_without_the_permissions_is_refused_everywhere(client, nexus, workshop):
    client.force_login(AdminUserFactory(editor=True))
    assert REGISTRATIONS not in text(client.get("/admin/"))
    held = workshop.attendances.get(profile=nexus.user)
    for url in (
        REGISTRATIONS,
        f"{REGISTRATIONS}new/",
        f"{REGISTRATIONS}edit/{workshop.pk}/",
        page_of(workshop, "attendees/"),
        page_of(workshop, "attendees/") + "?export=csv",
        page_of(workshop, "attendees/add/"),
        page_of(workshop, f"attendees/{held.pk}/remove/"),
        page_of(workshop, "check-in/"),
        page_of(workshop, "message/"),
    ):
        assert refused(client.get(url)), url
    assert refused(
        client.post(page_of(workshop, "check-in/"), {"attendance": held.pk, "present": "1"})
    )
    assert refused(client.post(page_of(workshop, f"attendees/{held.pk}/remove/")))
    held.refresh_from_db()
    assert held.checked_in_at is None


def test_the_secretariat_group_may_manage_registrations(client, nexus, workshop):
    client.force_login(AdminUserFactory(secretariat=True))
    assert client.get(page_of(workshop, "attendees/")).status_code == 200
    assert client.get(page_of(workshop, "check-in/")).status_code == 200


def test_online_and_hybrid_events_offer_the_mode(secretariat, nexus):
    hybrid = RegistrationFactory(hybrid=True)
    person = ProfileFactory(member=MemberFactory(name="Lima", country="PE"))
    secretariat.post(page_of(hybrid, "attendees/add/"), {"profile": person.pk, "mode": Mode.ONLINE})
    assert hybrid.attendances.get(profile=person).mode == Mode.ONLINE


def test_the_secretariat_cancels_an_event_after_confirming_and_attendees_are_told(
    secretariat, nexus, workshop, django_capture_on_commit_callbacks
):
    confirm = secretariat.get(page_of(workshop, "cancel/"))
    assert "This cannot be undone." in text(confirm)
    workshop.refresh_from_db()
    assert workshop.cancelled_at is None  # asking cancels nothing

    with django_capture_on_commit_callbacks(execute=True):
        response = secretariat.post(page_of(workshop, "cancel/"), follow=True)

    assert "The event is cancelled; its attendees are told." in text(response)
    workshop.refresh_from_db()
    assert workshop.cancelled_at is not None
    assert nexus.user.user.nexus_notifications.filter(kind="event_cancelled").exists()
    again = secretariat.post(page_of(workshop, "cancel/"), follow=True)
    assert "This event is cancelled already." in text(again)
