"""Admin screens of the foundation's snippets; the home app places them in its menus."""

from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Person


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "position", "organisation", "team"]
    list_filter = ["team"]
    search_fields = ["name", "position", "organisation"]
