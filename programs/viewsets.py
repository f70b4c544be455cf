"""Admin screens of the programmes' snippets. Partners appear in the home app's "Site content"
menu, with the other snippets the whole site shows."""

from wagtail.snippets.views.snippets import SnippetViewSet

from .models import FeasibilityStudy, Partner


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "site"
    list_display = ["name", "kind", "show_on_home_page"]
    list_filter = ["kind", "show_on_home_page"]
    search_fields = ["name"]


class FeasibilityStudyViewSet(SnippetViewSet):
    model = FeasibilityStudy
    icon = "doc-full"
    list_display = ["year", "city", "country", "title"]
    list_filter = ["year", "country"]
    search_fields = ["city", "title"]
    menu_order = 230
