from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import FeasibilityStudy


class FeasibilityStudyViewSet(SnippetViewSet):
    model = FeasibilityStudy
    icon = "doc-full"
    list_display = ["year", "city", "country", "title"]
    list_filter = ["year", "country"]
    search_fields = ["city", "title"]
    menu_order = 230


register_snippet(FeasibilityStudyViewSet)
