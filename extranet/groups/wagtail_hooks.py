from wagtail import hooks

from .viewsets import GroupViewSet


@hooks.register("register_admin_viewset")
def register_groups_viewset():
    return GroupViewSet()
