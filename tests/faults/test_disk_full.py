"""Fault: the disk that holds uploads is full (every file storage of the site replaced by one
whose saves fail with ENOSPC, as the operating system's would). The form answers with a clear
message at the file's field and keeps what was typed; nothing of it is saved."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from extranet.core.models import Profile
from extranet.profile_changes.models import PublicProfileChange
from tests.extranet.factories import png_bytes

pytestmark = pytest.mark.django_db

NOT_STORED = "Your image could not be stored just now, so nothing was saved."
ADMIN_NOT_STORED = "The file could not be stored just now, so nothing was saved."


@pytest.fixture(autouse=True)
def disk_full(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    settings.STORAGES = {
        alias: (
            options
            if alias == "staticfiles"
            else {**options, "BACKEND": "tests.faults.full_disk.FullDiskStorage"}
        )
        for alias, options in settings.STORAGES.items()
    }
    return tmp_path


def image(name="photo.png"):
    return SimpleUploadedFile(name, png_bytes((120, 60)), "image/png")


def stored_files(root):
    return [path for path in root.rglob("*") if path.is_file()]


def test_a_profile_photo(as_role, nexus, disk_full):
    data = {
        "name": "Ji-woo Kim",
        "position": "Smart city planner",
        "languages": ["ko"],
        "expertise": "open data",
        "biography": "Works on open data.",
        "contact_email": "jiwoo@example.org",
        "phone": "",
        "contact_visibility": "members",
        "email_frequency": "daily",
        "preferred_language": "ko",
        "photo": image(),
    }

    response = as_role("user").post("/en/nexus/profile/", data)

    assert response.status_code == 200
    assert NOT_STORED in response.text
    assert "Please correct the fields marked below; nothing you typed is lost." in response.text
    assert 'value="Smart city planner"' in response.text
    assert "Works on open data." in response.text
    assert "Your current photo" not in response.text  # there is none yet
    profile = Profile.objects.get(pk=nexus.user.pk)
    assert (profile.name, profile.position, profile.photo.name) == ("Seoul colleague", "", "")
    assert stored_files(disk_full) == []


def test_an_organisation_logo(as_role, nexus, disk_full):
    response = as_role("admin").post(
        "/en/nexus/my-organisation/",
        {
            "propose_public": "1",
            "public-description": "A capital of smart mobility.",
            "public-website": "https://seoul.example",
            "public-logo": image("logo.png"),
        },
    )

    assert response.status_code == 200
    assert NOT_STORED in response.text
    assert "A capital of smart mobility." in response.text
    assert not PublicProfileChange.objects.exists()
    assert stored_files(disk_full) == []


def test_a_logo_that_fails_keeps_the_one_waiting(as_role, nexus, disk_full, settings):
    admin = as_role("admin")
    full = settings.STORAGES
    settings.STORAGES = {  # room for the first logo, in the storage of proposed logos
        **full,
        "private": {
            "BACKEND": "foundation.private_files.PrivateFileSystemStorage",
            "OPTIONS": {"location": str(disk_full)},
        },
    }
    admin.post(
        "/en/nexus/my-organisation/",
        {"propose_public": "1", "public-description": "First.", "public-logo": image("a.png")},
    )
    waiting = PublicProfileChange.objects.get()
    settings.STORAGES = full

    admin.post(
        "/en/nexus/my-organisation/",
        {"propose_public": "1", "public-description": "Second.", "public-logo": image("b.png")},
    )

    change = PublicProfileChange.objects.get()
    assert (change.description, change.logo.name) == ("First.", waiting.logo.name)
    assert (disk_full / waiting.logo.name).exists()


IMAGE = {"title": "Kampala skyline", "description": "Kampala's skyline at dusk"}


def test_an_image_uploaded_in_the_admin(admin_client, disk_full):
    response = admin_client.post(reverse("wagtailimages:add"), {**IMAGE, "file": image()})

    assert response.status_code == 200
    assert ADMIN_NOT_STORED in response.text
    assert 'value="Kampala skyline"' in response.text
    assert "Kampala&#x27;s skyline at dusk" in response.text
    assert not get_image_model().objects.exists()


# Transactional: the failed save marks the test's transaction for rollback, as it would the
# request's (Django's Model.save), and the check afterwards needs the database.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_image_dropped_on_the_admins_uploader(admin_client, disk_full):
    response = admin_client.post(
        reverse("wagtailimages:add_multiple"), {"files[]": image()}, HTTP_ACCEPT="application/json"
    )

    assert response.status_code == 200
    answer = response.json()
    assert answer["success"] is False
    assert ADMIN_NOT_STORED in str(answer)
    assert not get_image_model().objects.exists()


def test_with_room_on_the_disk_the_admin_stores_each_upload_once(admin_client, settings, disk_full):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    response = admin_client.post(reverse("wagtailimages:add"), {**IMAGE, "file": image()})

    assert response.status_code == 302
    stored = get_image_model().objects.get()
    assert (stored.width, stored.height, stored.file_size) == (120, 60, len(png_bytes((120, 60))))
    assert [path.name for path in (disk_full / "original_images").iterdir()] == ["photo.png"]


def test_a_document_uploaded_in_the_admin(admin_client, disk_full):
    upload = SimpleUploadedFile("report.pdf", b"%PDF-1.4 report", "application/pdf")
    response = admin_client.post(
        reverse("wagtaildocs:add"), {"title": "Annual report", "file": upload}
    )

    assert response.status_code == 200
    assert ADMIN_NOT_STORED in response.text
    assert 'value="Annual report"' in response.text
    assert not get_document_model().objects.exists()
