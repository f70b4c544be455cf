from django.http import Http404
from wagtail import hooks

from . import media_access


@hooks.register("before_serve_document")
def withhold_documents_not_public_yet(document, request):
    """A document that no live public page uses (an embargoed release's press kit) is not
    served to visitors: media_access.py says who gets it."""
    if not media_access.may_open(request, document):
        raise Http404
