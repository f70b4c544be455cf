from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import FooterContent, NavigationMenu, Partner, Person


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "position", "organisation", "team"]
    list_filter = ["team"]
    search_fields = ["name", "position", "organisation"]


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "site"
    list_display = ["name", "kind", "show_on_home_page"]
    list_filter = ["kind", "show_on_home_page"]
    search_fields = ["name"]


class NavigationMenuViewSet(SnippetViewSet):
    model = NavigationMenu
    icon = "list-ul"
    list_display = ["__str__", "locale"]
    list_filter = ["location"]


class FooterViewSet(SnippetViewSet):
    model = FooterContent
    icon = "placeholder"
    list_display = ["__str__", "email"]


class SiteContentGroup(SnippetViewSetGroup):
    menu_label = _("Site content")
    menu_icon = "folder-open-inverse"
    menu_order = 200
    items = [PersonViewSet, PartnerViewSet, NavigationMenuViewSet, FooterViewSet]


register_snippet(SiteContentGroup)
