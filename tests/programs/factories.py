import factory
import wagtail_factories

from programs.models import FeasibilityStudy, ProgramCategory, ProgramIndexPage, ProgramPage


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


class FeasibilityStudyFactory(factory.django.DjangoModelFactory):
    year = 2019
    city = "Kampala"
    country = "UG"
    title = factory.Sequence(lambda number: f"Study number {number}")

    class Meta:
        model = FeasibilityStudy
