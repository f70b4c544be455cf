import factory
import wagtail_factories
from wagtail.models import Locale

from foundation.models import Person, PersonTeam
from home.models import HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda number: f"Smart sustainable cities {number}")
    introduction = "Cities, companies and institutions working together."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda number: f"About page {number}")
    introduction = "An introduction."

    class Meta:
        model = StandardPage


class PersonFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda number: f"Person {number}")
    position = "Professor"
    organisation = "Korea University"
    team = PersonTeam.ADVISORY_BOARD
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Person
