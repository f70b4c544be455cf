"""Photos and proposed logos are kept out of the public media, reach people only through the
Nexus views that check who asks, never name their stored file, and go once nobody needs them."""

import datetime
import io
import os
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from extranet.core.models import Profile
from extranet.profile_changes.models import PublicProfileChange
from foundation.private_files import check_private_media_server, private_storage
from tests.extranet.factories import PASSWORD, png_bytes, png_file

pytestmark = pytest.mark.django_db

PROFILE = {
    "name": "Ji-woo Kim",
    "contact_visibility": "members",
    "email_frequency": "daily",
    "preferred_language": "en",
}


def upload(name="face.png"):
    return SimpleUploadedFile(name, png_bytes(), "image/png")


def test_photos_and_logos_are_stored_outside_the_public_media_and_have_no_address(
    as_role, nexus, client, settings, private_media
):
    member = as_role("user")
    assert member.post("/en/nexus/profile/", {**PROFILE, "photo": upload()}).status_code == 302
    admin = as_role("admin")
    admin.post(
        "/en/nexus/my-organisation/",
        {"propose_public": "1", "public-description": "Seoul.", "public-logo": upload("l.png")},
    )
    stored = [
        Profile.objects.get(pk=nexus.user.pk).photo.name,
        PublicProfileChange.objects.get().logo.name,
    ]
    public = Path(settings.MEDIA_ROOT)
    for name in stored:
        assert (private_media / name).is_file()
        assert not (public / name).exists()
        # Neither a visitor nor a member reaches it through the public media address.
        for visitor in (client, admin):
            assert visitor.get(f"/media/{name}").status_code == 404


def test_the_photo_response_names_no_stored_file(as_role, nexus, private_media):
    nexus.user.photo.save("face.png", png_file("face.png"), save=True)
    stored = Path(nexus.user.photo.name)
    response = as_role("admin").get(f"/en/nexus/people/{nexus.user.pk}/photo/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == (private_media / stored).read_bytes()
    assert response["Content-Type"] == "image/png"
    assert "private" in response["Cache-Control"]
    assert "Content-Disposition" not in response
    headers = " ".join(f"{name}: {value}" for name, value in response.items())
    assert stored.stem not in headers


@pytest.mark.parametrize(
    ("server", "header", "expected"),
    [
        ("nginx", "X-Accel-Redirect", "/internal/private-media/{name}"),
        ("apache", "X-Sendfile", "{root}/{name}"),
    ],
)
def test_a_web_server_can_send_private_files_once_the_view_said_yes(
    as_role, nexus, settings, private_media, server, header, expected
):
    settings.PRIVATE_MEDIA_SERVER = server
    settings.PRIVATE_MEDIA_INTERNAL_URL = "/internal/private-media/"
    nexus.user.photo.save("face.png", png_file("face.png"), save=True)
    address = f"/en/nexus/people/{nexus.user.pk}/photo/"

    response = as_role("admin").get(address)
    assert response[header] == expected.format(name=nexus.user.photo.name, root=private_media)
    assert response["Content-Type"] == "image/png"
    assert response.content == b""  # the web server sends the file
    assert "Content-Disposition" not in response
    # Refused requests never get the header: the web server never sends the file to them.
    assert header not in as_role("anonymous").get(address)


def test_a_missing_private_file_is_not_found_rather_than_an_error(as_role, nexus, private_media):
    nexus.user.photo.save("face.png", png_file("face.png"), save=True)
    (private_media / nexus.user.photo.name).unlink()
    assert as_role("admin").get(f"/en/nexus/people/{nexus.user.pk}/photo/").status_code == 404


def age(path, hours):
    moment = (datetime.datetime.now() - datetime.timedelta(hours=hours)).timestamp()
    os.utime(path, (moment, moment))


def test_pruning_removes_abandoned_uploads_and_keeps_those_in_use(nexus, private_media):
    storage = private_storage()
    nexus.user.photo.save("face.png", png_file("face.png"), save=True)
    change = PublicProfileChange.objects.create(member=nexus.seoul, description="Seoul.")
    change.logo.save("logo.png", png_file("logo.png"), save=True)
    abandoned = [
        storage.save("nexus/pending/abandoned.png", io.BytesIO(png_bytes())),
        storage.save("nexus/photos/replaced.png", io.BytesIO(png_bytes())),
        storage.save("nexus/proposed-logos/rejected.png", io.BytesIO(png_bytes())),
    ]
    # Someone is still filling in the form that kept this one.
    recent = storage.save("nexus/pending/recent.png", io.BytesIO(png_bytes()))
    in_use = [nexus.user.photo.name, change.logo.name]
    for name in [*abandoned, *in_use]:
        age(private_media / name, hours=30)
    age(private_media / recent, hours=2)

    call_command("prune_private_uploads", hours=24, stdout=io.StringIO())

    assert [name for name in abandoned if storage.exists(name)] == []
    assert all(storage.exists(name) for name in [*in_use, recent])


def test_closing_an_account_deletes_the_photo_once_committed(
    as_role, nexus, private_media, django_capture_on_commit_callbacks
):
    nexus.user.photo.save("face.png", png_file("face.png"), save=True)
    photo = private_media / nexus.user.photo.name
    client = as_role("user")
    with django_capture_on_commit_callbacks() as after_commit:
        client.post("/en/nexus/account/close/", {"password": PASSWORD})
        # Until the closure is committed the file stays: a rolled-back closure keeps its photo.
        assert photo.exists()
    for callback in after_commit:
        callback()
    assert not photo.exists()
    assert not Profile.objects.get(pk=nexus.user.pk).photo


def test_a_replaced_or_removed_photo_leaves_no_file_behind(
    as_role, nexus, private_media, django_capture_on_commit_callbacks
):
    client = as_role("user")
    client.post("/en/nexus/profile/", {**PROFILE, "photo": upload()})
    first = private_media / Profile.objects.get(pk=nexus.user.pk).photo.name
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/nexus/profile/", {**PROFILE, "photo": upload("new.png")})
    second = private_media / Profile.objects.get(pk=nexus.user.pk).photo.name
    assert not first.exists()
    assert second.exists()

    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/nexus/profile/", {**PROFILE, "photo-clear": "on"})
    assert not Profile.objects.get(pk=nexus.user.pk).photo
    assert not second.exists()


def test_a_new_photo_chosen_with_remove_ticked_replaces_the_old_one(as_role, nexus, private_media):
    client = as_role("user")
    client.post("/en/nexus/profile/", {**PROFILE, "photo": upload()})
    first = Profile.objects.get(pk=nexus.user.pk).photo.name
    response = client.post(
        "/en/nexus/profile/", {**PROFILE, "photo": upload("new.png"), "photo-clear": "on"}
    )
    assert response.status_code == 302
    photo = Profile.objects.get(pk=nexus.user.pk).photo
    assert photo.name not in ("", first)
    assert (private_media / photo.name).exists()


def test_an_unknown_web_server_for_private_files_stops_the_start(settings):
    settings.PRIVATE_MEDIA_SERVER = "lighttpd"
    errors = check_private_media_server()
    assert [error.id for error in errors] == ["foundation.E001"]
    settings.PRIVATE_MEDIA_SERVER = "nginx"
    assert check_private_media_server() == []
