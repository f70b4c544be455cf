"""Nexus addresses: the core's, then each capability's (registered from its AppConfig.ready(),
see extranet/core/registry.py), all in the `nexus` namespace."""

from django.urls import include, path

from extranet.core import registry

app_name = "nexus"

urlpatterns = [
    path("", include("extranet.core.urls")),
    *(path("", include(module)) for module in registry.url_modules()),
]
