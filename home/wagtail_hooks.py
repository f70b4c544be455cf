from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from foundation.viewsets import PersonViewSet
from programs.viewsets import PartnerViewSet

from .models import FooterContent, NavigationMenu


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
