"""An event's Nexus page, the list of events and the dashboard make the same number of queries
with ten attendees as with a thousand, and with a few events as with many."""

import pytest
from django.urls import reverse

from extranet.events.models import Attendance, Status
from tests.extranet.factories import AttendanceFactory, RegistrationFactory
from tests.query_counts import queries_for

pytestmark = pytest.mark.django_db


def add_attendees(registration, count, start=0):
    """Registrations from the public (no account each), most holding a place, some waiting."""
    Attendance.objects.bulk_create(
        Attendance(
            registration=registration,
            name=f"Attendee {number}",
            email=f"attendee{number}@example.org",
            status=Status.WAITING if number % 5 == 0 else Status.GOING,
        )
        for number in range(start, start + count)
    )


def test_an_event_page_makes_as_many_queries_with_a_thousand_attendees(as_role, nexus):
    registration = RegistrationFactory(
        hybrid=True, in_person_capacity=None, colleagues_allowed=True
    )
    AttendanceFactory(registration=registration, profile=nexus.admin)
    client = as_role("admin")
    address = reverse("nexus:event", args=[registration.pk])
    add_attendees(registration, 10)
    baseline = queries_for(client, address)
    add_attendees(registration, 990, start=10)
    assert len(queries_for(client, address)) == len(baseline)


def test_the_list_of_events_and_the_dashboard_make_as_many_queries_with_many_events(as_role, nexus):
    client = as_role("user")
    for _ in range(3):
        AttendanceFactory(registration=RegistrationFactory(), profile=nexus.user)
    addresses = [reverse("nexus:events"), reverse("nexus:dashboard")]
    baseline = [len(queries_for(client, address)) for address in addresses]
    for _ in range(20):
        AttendanceFactory(registration=RegistrationFactory(), profile=nexus.user, waiting=True)
        RegistrationFactory()
    assert [len(queries_for(client, address)) for address in addresses] == baseline
