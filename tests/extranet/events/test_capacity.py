"""Never more places given than the event has, whatever arrives at the same moment: fifty
members answer "going" at once for ten places, each through the real page, each in a thread
with its own connection to PostgreSQL."""

import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from extranet.events.models import Status
from extranet.events.services import waiting_position
from tests.extranet.factories import ProfileFactory, RegistrationFactory
from tests.members.factories import MemberFactory

ANSWERING = 50
PLACES = 10


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_fifty_answers_at_once_for_ten_places_give_ten_places_and_a_waiting_list_in_order(
    site_tree,
):
    assert connection.vendor == "postgresql"
    registration = RegistrationFactory(in_person_capacity=PLACES)
    member = MemberFactory(name="Bogotá", slug="bogota")
    people = [ProfileFactory(member=member, name=f"Person {n:02d}") for n in range(ANSWERING)]
    address = reverse("nexus:event", args=[registration.pk])
    start = threading.Barrier(ANSWERING)
    statuses = {}

    def answer(profile):
        client = Client()
        client.force_login(profile.user, backend="extranet.core.auth.NexusAuthenticationBackend")
        start.wait()
        try:
            response = client.post(address, {"status": "going"}, follow=True)
            statuses[profile.pk] = (response.status_code, response.content.decode())
        finally:
            connection.close()

    threads = [threading.Thread(target=answer, args=[profile]) for profile in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(statuses) == ANSWERING
    assert {code for code, _page in statuses.values()} == {200}
    pages = [page for _code, page in statuses.values()]
    assert sum("You are going." in page for page in pages) == PLACES
    assert sum("on the waiting list, number" in page for page in pages) == ANSWERING - PLACES
    assert not any("form-error" in page for page in pages)

    attendances = registration.attendances.all()
    assert attendances.filter(status=Status.GOING).count() == PLACES
    waiting = list(attendances.filter(status=Status.WAITING).order_by("pk"))
    assert len(waiting) == ANSWERING - PLACES
    # Arrival is the order in which answers were recorded: the waiting list keeps it.
    assert [waiting_position(attendance) for attendance in waiting] == list(
        range(1, ANSWERING - PLACES + 1)
    )
