from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import MediaContact


class MediaContactViewSet(SnippetViewSet):
    model = MediaContact
    icon = "mail"
    list_display = ["name", "role", "email"]
    search_fields = ["name", "role", "email"]
    menu_order = 210


register_snippet(MediaContactViewSet)
