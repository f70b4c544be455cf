import factory
import wagtail_factories

from programs.models import (
    FeasibilityStudy,
    Partner,
    ProgramCategory,
    ProgramIndexPage,
    ProgramPage,
    ProgramPhase,
)
from programs.snippets import PartnerKind


class ProgramIndexPageFactory(wagtail_factories.PageFactory):
    title = "Programmes"
    slug = "programmes"

    class Meta:
        model = ProgramIndexPage


class ProgramPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda number: f"Programme number {number}")
    category = ProgramCategory.CAPACITY
    introduction = "What the programme does."

    class Meta:
        model = ProgramPage


class ProgramPhaseFactory(factory.django.DjangoModelFactory):
    period = factory.Sequence(lambda number: f"Weeks {8 * number + 1}–{8 * number + 8}")
    title = factory.Sequence(lambda number: f"Phase {number}")

    class Meta:
        model = ProgramPhase


class PartnerFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda number: f"Partner university {number}")
    kind = PartnerKind.UNIVERSITY
    website = factory.Sequence(lambda number: f"https://university{number}.example/")

    class Meta:
        model = Partner

    class Params:
        without_website = factory.Trait(website="")
        hidden_from_home_page = factory.Trait(show_on_home_page=False)


class FeasibilityStudyFactory(factory.django.DjangoModelFactory):
    year = 2019
    city = "Kampala"
    country = "UG"
    title = factory.Sequence(lambda number: f"Study number {number}")

    class Meta:
        model = FeasibilityStudy
