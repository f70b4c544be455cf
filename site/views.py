from django.conf import settings
from django.http import HttpResponseServerError
from django.template import loader
from django.utils import translation


def server_error(request):
    """The 500 page in the language of the address (/ar/… in Arabic, right to left), whatever
    failed and whenever: the language is read from the path, not from what the failed request
    had activated, and the page is rendered without a request, so without context processors
    and without a database query (either may be what failed)."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        return HttpResponseServerError(loader.render_to_string("500.html"))
