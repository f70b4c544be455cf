"""Files that only some signed-in people may have (Nexus photos, proposed logos): kept in a
storage of their own (STORAGES["private"], PRIVATE_MEDIA_ROOT by default), outside MEDIA_ROOT,
so that nothing serving the public media ever reaches them. They have no address of their
own: views that check who asks serve them with private_file_response, themselves or through
the web server (PRIVATE_MEDIA_SERVER)."""

import mimetypes
from pathlib import PurePosixPath
from urllib.parse import quote

from django.conf import settings
from django.core.checks import Error, register
from django.core.files.storage import FileSystemStorage, storages
from django.core.signals import setting_changed
from django.db import transaction
from django.dispatch import receiver
from django.http import FileResponse, Http404, HttpResponse
from django.utils.deconstruct import deconstructible
from django.utils.functional import LazyObject, cached_property, empty

PRIVATE = "private"
WEB_SERVERS = ("", "nginx", "apache")


@deconstructible(path="foundation.private_files.PrivateFileSystemStorage")
class PrivateFileSystemStorage(FileSystemStorage):
    """The file system under PRIVATE_MEDIA_ROOT (read when first needed, so that tests may
    change it), with no URL: a private file is only ever reached through a view."""

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PRIVATE_MEDIA_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)

    def url(self, name):
        raise ValueError("Private files have no address; a view that checks access serves them.")


class PrivateStorage(LazyObject):
    """STORAGES["private"], looked up when first used and again whenever STORAGES changes,
    as Django's default_storage is (model fields keep the storage they were given)."""

    def _setup(self):
        self._wrapped = storages[PRIVATE]


_private_storage = PrivateStorage()


@receiver(setting_changed)
def forget_private_storage(setting, **kwargs):
    if setting == "STORAGES":
        _private_storage._wrapped = empty


def private_storage():
    """The storage of private files; model fields name this function, so that a deployment
    chooses the storage in STORAGES without a migration."""
    return _private_storage


def private_file_response(field_file, cache_seconds=3600):
    """The file to a browser that may keep it (never a shared cache), without its stored name:
    no Content-Disposition, no path. With PRIVATE_MEDIA_SERVER, the web server sends it from
    its internal location (nginx, X-Accel-Redirect) or from the file system (Apache,
    X-Sendfile)."""
    if not field_file or not field_file.storage.exists(field_file.name):
        raise Http404
    server = settings.PRIVATE_MEDIA_SERVER
    content_type = mimetypes.guess_type(field_file.name)[0] or "application/octet-stream"
    if server == "nginx":
        response = HttpResponse(content_type=content_type)
        location = settings.PRIVATE_MEDIA_INTERNAL_URL.rstrip("/")
        response["X-Accel-Redirect"] = f"{location}/{quote(field_file.name)}"
    elif server == "apache":
        response = HttpResponse(content_type=content_type)
        response["X-Sendfile"] = field_file.path
    else:
        response = FileResponse(field_file.open("rb"), content_type=content_type)
        # FileResponse names the file it sends; its stored name is nobody's business.
        response.headers.pop("Content-Disposition", None)
    response["Cache-Control"] = f"private, max-age={cache_seconds}"
    return response


@register()
def check_private_media_server(app_configs=None, **kwargs):
    """At start (and manage.py check): a web server Nexus does not know would send nothing."""
    if settings.PRIVATE_MEDIA_SERVER in WEB_SERVERS:
        return []
    return [
        Error(
            f"PRIVATE_MEDIA_SERVER is {settings.PRIVATE_MEDIA_SERVER!r}.",
            hint='Leave it empty (the site sends private files), or set "nginx" or "apache".',
            id="foundation.E001",
        )
    ]


def delete_after_commit(storage, name):
    """Delete a stored file once the change that gave it up is committed: a rolled-back change
    keeps its file."""
    if name:
        transaction.on_commit(lambda: storage.delete(name), robust=True)


def stored_names(storage, folder):
    """Every file under `folder` of the storage, as stored names ("nexus/photos/ab12.png")."""
    try:
        directories, files = storage.listdir(folder)
    except FileNotFoundError:
        return []
    names = [str(PurePosixPath(folder) / file) for file in files]
    for directory in directories:
        names += stored_names(storage, str(PurePosixPath(folder) / directory))
    return names


def move_files(names, source, target):
    """Move stored files from one storage to another under the same names (the migrations
    that made files private use it); a file already moved, or missing, is left alone."""
    for name in names:
        if not name or not source.exists(name):
            continue
        if not target.exists(name):
            with source.open(name, "rb") as content:
                saved = target.save(name, content)
            if saved != name:
                raise RuntimeError(f"{name} was stored as {saved}; move it by hand.")
        source.delete(name)
