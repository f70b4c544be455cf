import pytest
from django.core.exceptions import ValidationError

from programs.models import ProgramCategory
from tests.members.factories import MemberFactory
from tests.programs.factories import (
    FeasibilityStudyFactory,
    ProgramPageFactory,
    ProgramPhaseFactory,
)

pytestmark = pytest.mark.django_db


def test_the_index_groups_programmes_by_category(client, site_tree):
    ProgramPageFactory(
        parent=site_tree.programs, title="Champions", category=ProgramCategory.CAPACITY
    )
    ProgramPageFactory(parent=site_tree.programs, title="Index", category=ProgramCategory.KNOWLEDGE)
    groups = client.get(site_tree.programs.url).context["programs_by_category"]
    assert [(str(label), [p.title for p in pages]) for label, pages in groups] == [
        ("Capacity building", ["Champions"]),
        ("Knowledge and data", ["Index"]),
    ]


def test_a_programme_shows_its_phases_components_and_audience(client, site_tree):
    driver = ProgramPageFactory(
        parent=site_tree.programs, title="Smart City Driver", audience="Member cities"
    )
    ProgramPageFactory(parent=driver, title="Solution Finder")
    ProgramPhaseFactory(page=driver, period="Weeks 1–8", title="Lecture series")
    html = client.get(driver.url).text
    assert "Solution Finder" in html
    assert "Weeks 1–8" in html
    assert "Member cities" in html


def test_the_feasibility_study_block_lists_studies_newest_first(client, site_tree):
    FeasibilityStudyFactory(year=2009, city="Kathmandu", country="NP", title="E-government report")
    FeasibilityStudyFactory(year=2019, city="Kampala", country="UG", title="Smart parking")
    page = ProgramPageFactory(
        parent=site_tree.programs,
        body=[("feasibility_studies", {"heading": "Studies", "from_year": None, "to_year": None})],
    )
    html = client.get(page.url).text
    assert html.index("Smart parking") < html.index("E-government report")
    assert "Nepal" in html


def test_a_study_cannot_be_linked_to_a_member_of_another_country(db):
    buenos_aires_costa_rica = MemberFactory(name="Buenos Aires", country="CR", region="americas")
    study = FeasibilityStudyFactory.build(
        city="Buenos Aires", country="AR", member=buenos_aires_costa_rica
    )
    with pytest.raises(ValidationError) as raised:
        study.full_clean()
    assert raised.value.message_dict["member"] == ["This member is in another country."]
