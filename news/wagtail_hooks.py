from django.utils.translation import gettext_lazy as _
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import MediaContact, TagLabel


class MediaContactViewSet(SnippetViewSet):
    model = MediaContact
    icon = "mail"
    list_display = ["name", "role", "email"]
    search_fields = ["name", "role", "email"]
    menu_order = 210


class LabelsComeWithTheirTags(ModelPermissionPolicy):
    """Nobody adds a label by hand: the English label is made with its tag, and the others by
    translating it."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


register_permission_policy(TagLabel, LabelsComeWithTheirTags(TagLabel))


class TagLabelViewSet(SnippetViewSet):
    """The labels of the news tags, to translate."""

    model = TagLabel
    icon = "tag"
    menu_label = _("Tag labels")
    list_display = ["label", "locale"]
    search_fields = ["label"]
    menu_order = 211


register_snippet(MediaContactViewSet)
register_snippet(TagLabelViewSet)
