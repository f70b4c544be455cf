from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import MediaContact, NewsArticlePage, TagLabel
from .viewsets import EmbargoLinkViewSet


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


@hooks.register("register_admin_viewset")
def register_embargo_links():
    return EmbargoLinkViewSet("embargo_links")


@hooks.register("register_page_header_buttons")
def embargo_link_buttons(page, user, view_name, next_url=None):
    """On a release not yet public, in the header menu of its edit screen: links for
    journalists, for those who may edit it."""
    if not isinstance(page.specific_deferred, NewsArticlePage) or page.live:
        return
    if not page.permissions_for_user(user).can_edit():
        return
    if user.has_perm("news.add_embargolink"):
        yield Button(
            _("New embargoed preview link"),
            url=reverse("embargo_links:add") + "?" + urlencode({"page": page.pk}),
            icon_name="lock",
            priority=80,
        )
    if user.has_perm("news.view_embargolink"):
        yield Button(
            _("Embargoed preview links"),
            url=reverse("embargo_links:index") + "?" + urlencode({"page": page.pk}),
            icon_name="list-ul",
            priority=81,
        )
