from types import SimpleNamespace

import factory
import wagtail_factories
from wagtail.models import Locale, Page, Site

from home.models import (
    FooterContent,
    HomePage,
    MenuLocation,
    NavigationMenu,
    NavigationMenuItem,
    StandardPage,
)
from tests.events.factories import EventIndexPageFactory
from tests.members.factories import MemberDirectoryPageFactory
from tests.news.factories import NewsIndexPageFactory
from tests.programs.factories import ProgramIndexPageFactory


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


class NavigationMenuFactory(factory.django.DjangoModelFactory):
    location = MenuLocation.MAIN
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = NavigationMenu
        skip_postgeneration_save = True

    class Params:
        footer = factory.Trait(location=MenuLocation.FOOTER)

    @factory.post_generation
    def links(menu, create, extracted, **kwargs):
        """NavigationMenuFactory(links=[page, ("Label", "https://…"), …]): pages of the site,
        or other addresses with their label, in this order."""
        if not create or not extracted:
            return
        for order, link in enumerate(extracted):
            if isinstance(link, tuple):
                label, url = link
                NavigationMenuItem.objects.create(menu=menu, label=label, url=url, sort_order=order)
            else:
                NavigationMenuItem.objects.create(menu=menu, page=link, sort_order=order)


class FooterContentFactory(factory.django.DjangoModelFactory):
    contact_heading = "Contact"
    address = "<p>WeGO Secretariat<br>Seoul, Republic of Korea</p>"
    email = "secretariat@wego.example"
    phone = "+82 2 720 2935"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = FooterContent


def build_site_tree():
    """A home page at the root of the default site, with the news, events, programme and
    member sections under it."""
    root = Page.get_first_root_node()
    root.get_children().delete()
    home = HomePageFactory(parent=root, slug="home", title="Smart sustainable cities for all")
    Site.objects.all().delete()
    Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True)
    return SimpleNamespace(
        home=home,
        news=NewsIndexPageFactory(parent=home),
        events=EventIndexPageFactory(parent=home),
        programs=ProgramIndexPageFactory(parent=home),
        members=MemberDirectoryPageFactory(parent=home),
    )
