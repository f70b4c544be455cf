from io import StringIO

import pytest
from django.core.management import call_command

from members.gazetteer import Gazetteer, candidate_names, normalise
from tests.members.factories import MemberFactory

pytestmark = pytest.mark.django_db


def test_names_are_compared_without_case_accents_or_generic_words():
    assert normalise("Beyoğlu") == "beyoglu"
    assert normalise("Nur-Sultan") == "nur sultan"
    assert candidate_names("Kaduna State") == ["kaduna state", "kaduna"]
    assert candidate_names("Seoul") == ["seoul"]


def test_members_are_placed_only_within_their_own_country():
    gazetteer = Gazetteer(["KR", "CR", "AR", "VN"])
    latitude, longitude = gazetteer.locate("Seoul", "KR")
    assert (round(latitude), round(longitude)) == (38, 127)
    assert gazetteer.locate("Ha Noi", "VN") is not None  # an alternate name of Hanoi
    # Buenos Aires the member is a canton of Costa Rica: never the Argentinian capital.
    costa_rica = gazetteer.locate("Buenos Aires", "CR")
    assert costa_rica is None or 8 < costa_rica[0] < 11.5
    assert gazetteer.locate("Seoul", "AR") is None


def test_the_command_fills_missing_coordinates_lists_the_rest_and_keeps_editors_values():
    seoul = MemberFactory(name="Seoul", country="KR", unplaced=True)
    edited = MemberFactory(name="Busan", country="KR", latitude=1, longitude=2)
    nowhere = MemberFactory(name="Zzyzx Locality", country="KR", unplaced=True)
    out = StringIO()

    call_command("locate_members", stdout=out)

    seoul.refresh_from_db()
    edited.refresh_from_db()
    nowhere.refresh_from_db()
    assert seoul.has_position
    assert (float(edited.latitude), float(edited.longitude)) == (1, 2)
    assert not nowhere.has_position
    assert "1 placed, 1 not found." in out.getvalue()
    assert "  Zzyzx Locality (South Korea)" in out.getvalue()


def test_a_dry_run_changes_nothing():
    seoul = MemberFactory(name="Seoul", country="KR", unplaced=True)
    out = StringIO()
    call_command("locate_members", "--dry-run", stdout=out)
    seoul.refresh_from_db()
    assert not seoul.has_position
    assert "1 would be placed, 0 not found." in out.getvalue()
