import factory
import wagtail_factories
from wagtail.models import Collection, Locale

from foundation.models import Person, PersonTeam


def root_collection():
    return Collection.get_first_root_node()


class ImageFactory(wagtail_factories.ImageFactory):
    """A picture in the image library, large enough for every rendition the templates ask for."""

    # wagtail_factories would create a new root collection for each picture.
    collection = factory.LazyFunction(root_collection)
    title = factory.Sequence(lambda number: f"Photo {number}")
    file = factory.django.ImageField(width=1600, height=900, color="#1f66b3")


class DocumentFactory(wagtail_factories.DocumentFactory):
    collection = factory.LazyFunction(root_collection)
    title = factory.Sequence(lambda number: f"Report {number}")
    file = factory.django.FileField(filename="report.pdf", data=b"%PDF-1.4\n%%EOF\n")


class PersonFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda number: f"Person {number}")
    position = "Professor"
    organisation = "Korea University"
    team = PersonTeam.ADVISORY_BOARD
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Person

    class Params:
        secretariat = factory.Trait(
            team=PersonTeam.SECRETARIAT,
            position="Programme Officer",
            organisation="WeGO Secretariat",
            email="secretariat@wego.example",
        )
        # What the governance and contact pages show of someone fully described.
        with_portrait = factory.Trait(
            photo=factory.SubFactory(ImageFactory, title="Portrait"),
            biography="Works on digital government and smart city policy.",
        )
