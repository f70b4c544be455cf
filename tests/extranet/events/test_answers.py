"""Members answer an event: a place while there is one, the waiting list after, the first one
waiting promoted and told when a place frees; answers change until the deadline; colleagues
added where allowed; questions answered by those going."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from extranet.core.models import Notification
from extranet.events.models import Mode, Question, QuestionKind, Status
from tests.extranet.factories import (
    AttendanceFactory,
    ProfileFactory,
    RegistrationFactory,
)

pytestmark = pytest.mark.django_db


def sign_in(client, profile):
    client.force_login(profile.user, backend="extranet.core.auth.NexusAuthenticationBackend")
    return client


def answer(client, registration, **data):
    return client.post(reverse("nexus:event", args=[registration.pk]), data, follow=True)


def test_a_full_event_offers_its_waiting_list_and_a_cancellation_promotes_the_first_waiting(
    client, nexus
):
    registration = RegistrationFactory(in_person_capacity=1)
    sign_in(client, nexus.admin)
    assert "You are going" in answer(client, registration, status="going").content.decode()
    first, second = ProfileFactory(member=nexus.abuja), ProfileFactory(member=nexus.abuja)
    page = answer(sign_in(client, first), registration, status="going").content.decode()
    assert "you are on the waiting list, number 1" in page
    answer(sign_in(client, second), registration, status="going")

    page = answer(sign_in(client, nexus.admin), registration, status="not_going")

    statuses = dict(registration.attendances.values_list("profile__name", "status"))
    assert statuses == {
        nexus.admin.name: Status.NOT_GOING,
        first.name: Status.GOING,
        second.name: Status.WAITING,
    }
    told = Notification.objects.get(recipient=first.user, kind="event_place_given")
    assert registration.event.title in told.message
    assert not Notification.objects.filter(recipient=second.user).exists()
    page = client.get(reverse("nexus:event", args=[registration.pk])).content.decode()
    assert "You are not going." in page


def test_someone_waiting_sees_their_position_and_not_the_joining_link(client, nexus):
    registration = RegistrationFactory(online=True, online_capacity=1)
    AttendanceFactory(registration=registration, online=True)
    sign_in(client, nexus.user)
    page = answer(client, registration, status="going").content.decode()
    assert "You are number 1 on the waiting list" in page
    assert registration.join_url not in page
    assert registration.join_passcode not in page
    assert "shown here once you have a place" in page


def test_a_person_with_a_place_sees_the_joining_details(client, nexus):
    registration = RegistrationFactory(online=True)
    page = answer(sign_in(client, nexus.user), registration, status="going").content.decode()
    assert registration.join_url in page
    assert registration.join_passcode in page


def test_places_in_person_and_online_are_counted_apart(client, nexus):
    registration = RegistrationFactory(hybrid=True, in_person_capacity=1, online_capacity=5)
    AttendanceFactory(registration=registration)
    page = answer(sign_in(client, nexus.user), registration, status="going", mode="in_person")
    assert "on the waiting list" in page.content.decode()
    page = answer(client, registration, status="going", mode="online").content.decode()
    assert "You are going (online)." in page
    attendance = registration.attendances.get(profile=nexus.user)
    assert (attendance.status, attendance.mode) == (Status.GOING, Mode.ONLINE)


def test_answers_cannot_change_after_the_deadline(client, nexus):
    registration = RegistrationFactory(deadline=timezone.now() - datetime.timedelta(hours=1))
    AttendanceFactory(registration=registration, profile=nexus.user)
    page = answer(sign_in(client, nexus.user), registration, status="not_going").content.decode()
    assert "The deadline for answers has passed." in page
    assert registration.attendances.get().status == Status.GOING


def test_an_event_known_only_by_its_month_takes_no_answer_yet(client, nexus):
    registration = RegistrationFactory(month_only=True)
    page = client.get(reverse("nexus:event", args=[registration.pk]))
    sign_in(client, nexus.user)
    page = client.get(reverse("nexus:event", args=[registration.pk])).content.decode()
    assert "Registration opens once the date of the event is set." in page
    assert 'name="status"' not in page
    answer(client, registration, status="going")
    assert not registration.attendances.exists()


def test_required_questions_are_asked_of_people_going_and_what_was_typed_stays(client, nexus):
    registration = RegistrationFactory()
    diet = Question.objects.create(registration=registration, label="Dietary needs", required=True)
    language = Question.objects.create(
        registration=registration,
        label="Interpretation",
        kind=QuestionKind.CHOICE,
        choices="Korean\nEnglish\nSpanish",
    )
    sign_in(client, nexus.user)
    page = answer(client, registration, status="going", **{f"question_{language.pk}": "Spanish"})
    assert "Please answer this question." in page.content.decode()
    assert 'value="Spanish" selected' in page.content.decode()
    assert not registration.attendances.exists()

    answer(
        client,
        registration,
        status="going",
        **{f"question_{diet.pk}": "Vegetarian", f"question_{language.pk}": "Spanish"},
    )
    assert registration.attendances.get().answers == {
        str(diet.pk): "Vegetarian",
        str(language.pk): "Spanish",
    }
    # Not going: nothing to answer.
    answer(client, registration, status="not_going")
    assert registration.attendances.get().status == Status.NOT_GOING


def test_a_member_registers_a_colleague_who_is_told(client, nexus):
    registration = RegistrationFactory(colleagues_allowed=True)
    sign_in(client, nexus.admin)
    page = client.get(reverse("nexus:event", args=[registration.pk])).content.decode()
    assert nexus.user.name in page
    assert nexus.other_admin.name not in page  # another organisation's
    response = client.post(
        reverse("nexus:add_event_colleague", args=[registration.pk]),
        {"colleague": nexus.user.pk},
        follow=True,
    )
    assert f"{nexus.user.name} is registered and told so." in response.content.decode()
    attendance = registration.attendances.get(profile=nexus.user)
    assert attendance.added_by == nexus.admin
    assert Notification.objects.filter(
        recipient=nexus.user.user, kind="event_registered_by_colleague"
    ).exists()


def test_a_colleague_of_another_organisation_cannot_be_registered(client, nexus):
    registration = RegistrationFactory(colleagues_allowed=True)
    response = sign_in(client, nexus.admin).post(
        reverse("nexus:add_event_colleague", args=[registration.pk]),
        {"colleague": nexus.other_admin.pk},
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not registration.attendances.exists()


def test_the_list_shows_my_answer_and_filters_past_events(client, nexus):
    going = RegistrationFactory()
    AttendanceFactory(registration=going, profile=nexus.user)
    other = RegistrationFactory()
    sign_in(client, nexus.user)
    page = client.get(reverse("nexus:events")).content.decode()
    assert going.event.title in page
    assert other.event.title in page
    assert "You are going" in page
    mine = client.get(reverse("nexus:events"), {"mine": "on"}).content.decode()
    assert going.event.title in mine
    assert other.event.title not in mine
    past = client.get(reverse("nexus:events"), {"when": "past"}).content.decode()
    assert going.event.title not in past


@pytest.mark.parametrize(
    "hostile",
    ["<script>alert(1)</script>", "x\x00y", "' OR 1=1 --", "é" * 5000],
)
def test_hostile_answers_give_a_message_never_an_error(client, nexus, hostile):
    registration = RegistrationFactory()
    Question.objects.create(registration=registration, label="Dietary needs")
    sign_in(client, nexus.user)
    response = answer(client, registration, status=hostile)
    assert response.status_code == 200
    question = registration.questions.get()
    response = answer(client, registration, status="going", **{f"question_{question.pk}": hostile})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_an_answer_that_is_not_utf_8_is_refused_with_the_form(client, nexus):
    registration = RegistrationFactory()
    response = sign_in(client, nexus.user).post(
        reverse("nexus:event", args=[registration.pk]),
        b"status=going%FF%FE&question_1=%C3%28",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not registration.attendances.exists()


def test_the_dashboard_shows_my_events_my_waiting_position_and_what_awaits_an_answer(client, nexus):
    full = RegistrationFactory(in_person_capacity=1)
    AttendanceFactory(registration=full)
    AttendanceFactory(registration=full, waiting=True)
    AttendanceFactory(registration=full, profile=nexus.user, waiting=True)
    unanswered = RegistrationFactory()
    page = sign_in(client, nexus.user).get(reverse("nexus:dashboard")).content.decode()
    assert f"Waiting list (number 2): {full.event.title}" in page
    assert f"Waiting for your answer: {unanswered.event.title}" in page
