"""The files of the document and image libraries, served by the site itself so that the
embargo (media_access.py) holds: no web server may serve MEDIA_ROOT directly."""

from django.http import FileResponse, Http404
from django.utils.cache import patch_cache_control
from wagtail.documents.views.serve import serve as wagtail_serve_document
from wagtail.images import get_image_model

from . import media_access, page_cache

RENDITIONS = "images/"
ORIGINALS = "original_images/"
# Shared caches may keep a public rendition this long (seconds), even once it is withdrawn.
PUBLIC_MEDIA_MAX_AGE = 3600


def serve_document(request, document_id, document_filename):
    """Wagtail's document serving, whose before_serve_document hooks decide who gets the file
    (foundation.wagtail_hooks); shared caches never keep one, since some are not public."""
    response = wagtail_serve_document(request, document_id, document_filename)
    patch_cache_control(response, private=True)
    return response


def serve_media(request, path):
    """Under MEDIA_URL: renditions of images to whoever may see the image, originals to its
    editors, nothing else (documents have their own address; Nexus serves its files itself)."""
    public_key = f"media-public:{page_cache.content_version()}:{path}"
    if path.startswith(RENDITIONS) and page_cache.pages_cache().get(public_key):
        return file_response(rendition_storage().open(path), public=True)
    image, file = image_file(path)
    if image is None:
        raise Http404
    if path.startswith(RENDITIONS) and media_access.is_released(image):
        page_cache.pages_cache().set(public_key, True, PUBLIC_MEDIA_MAX_AGE)
        return file_response(file.open("rb"), public=True)
    allowed = (
        media_access.may_edit(request.user, image)
        if path.startswith(ORIGINALS)
        else media_access.may_open(request, image)
    )
    if not allowed:
        raise Http404
    return file_response(file.open("rb"), public=False)


def image_file(path):
    """(image, file) of a rendition's or an original's stored name, or (None, None)."""
    image_model = get_image_model()
    if path.startswith(RENDITIONS):
        rendition = (
            image_model.get_rendition_model()
            .objects.select_related("image__collection")
            .filter(file=path)
            .first()
        )
        if rendition is not None:
            return rendition.image, rendition.file
    elif path.startswith(ORIGINALS):
        image = image_model.objects.select_related("collection").filter(file=path).first()
        if image is not None:
            return image, image.file
    return None, None


def rendition_storage():
    return get_image_model().get_rendition_model()._meta.get_field("file").storage


def file_response(file, public):
    response = FileResponse(file)
    if public:
        patch_cache_control(response, public=True, max_age=PUBLIC_MEDIA_MAX_AGE)
    else:
        patch_cache_control(response, private=True, no_store=True)
    return response
