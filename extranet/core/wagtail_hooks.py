from wagtail import hooks

from .viewsets import NexusViewSetGroup


@hooks.register("register_admin_viewset")
def register_nexus_viewsets():
    return NexusViewSetGroup()
