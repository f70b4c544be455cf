import factory
import wagtail_factories

from home.models import HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda number: f"Smart sustainable cities {number}")
    introduction = "Cities, companies and institutions working together."

    class Meta:
        model = HomePage
