from wagtail import hooks

from .viewsets import SecretariatListViewSet


@hooks.register("register_admin_viewset")
def register_secretariat_lists():
    return SecretariatListViewSet()
