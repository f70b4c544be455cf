"""The site's addresses plus one that fails, to see the 500 page as visitors would."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from wego_site import urls


def fail(request):
    raise RuntimeError("A failure, for the 500 page")


urlpatterns = [*i18n_patterns(path("fail/", fail)), *urls.urlpatterns]
handler500 = urls.handler500
