import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from extranet.core.models import Profile, Visibility
from tests.extranet.factories import png_bytes, png_file

pytestmark = pytest.mark.django_db

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def profile_data(**overrides):
    data = {
        "name": "Ji-woo Kim",
        "position": "Smart city planner",
        "languages": ["ko", "en"],
        "expertise": "open data, mobility",
        "biography": "Works on open data.",
        "contact_email": "jiwoo@example.org",
        "phone": "+82 2 000 0000",
        "contact_visibility": Visibility.MEMBERS,
        "email_frequency": "daily",
        "preferred_language": "ko",
    }
    data.update(overrides)
    return data


def test_a_member_edits_their_profile(as_role, nexus):
    client = as_role("user")
    response = client.post("/en/nexus/profile/", profile_data())
    assert response.status_code == 302
    profile = Profile.objects.get(pk=nexus.user.pk)
    assert profile.name == "Ji-woo Kim"
    assert sorted(profile.expertise.names()) == ["mobility", "open data"]
    assert profile.languages == ["ko", "en"]
    assert profile.preferred_language == "ko"


@pytest.mark.parametrize(
    "expertise", ["开放数据，交通出行", "开放数据、交通出行", "البيانات المفتوحة، التنقل"]
)
def test_topics_are_separated_by_the_comma_of_any_language(as_role, nexus, expertise):
    as_role("user").post("/en/nexus/profile/", profile_data(expertise=expertise))
    assert len(Profile.objects.get(pk=nexus.user.pk).expertise.names()) == 2


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", "", "This field is required."),
        ("name", "x" * 121, "Ensure this value has at most 120 characters"),
        ("contact_email", "not-an-address", "Enter a valid email address."),
        ("languages", ["xx-klingon"], "Select a valid choice."),
        ("contact_visibility", "everyone", "Select a valid choice."),
        ("expertise", "a" * 51, "longer than 50 characters"),
        ("expertise", ", ".join(f"topic {n}" for n in range(16)), "At most 15 topics."),
    ],
)
def test_wrong_input_is_explained_and_what_was_typed_stays(as_role, field, value, message):
    response = as_role("user").post("/en/nexus/profile/", profile_data(**{field: value}))
    assert response.status_code == 200
    assert message in response.text
    assert "Please correct the fields marked below; nothing you typed is lost." in response.text
    if field != "position":
        assert 'value="Smart city planner"' in response.text


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (
            SimpleUploadedFile("face.png", b"not really a picture", "image/png"),
            "Upload a valid image",
        ),
        (
            SimpleUploadedFile("face.gif", png_bytes(), "image/gif"),
            "File extension “gif” is not allowed",
        ),
        (
            SimpleUploadedFile("../../etc/passwd.png", b"root:x:0:0", "image/png"),
            "Upload a valid image",
        ),
    ],
)
def test_bad_photos_are_refused(as_role, nexus, private_media, upload, message):
    response = as_role("user").post("/en/nexus/profile/", {**profile_data(), "photo": upload})
    assert message in response.text
    assert not Profile.objects.get(pk=nexus.user.pk).photo


def test_an_oversized_photo_is_refused(as_role, nexus, private_media):
    big = png_bytes((4000, 4000)) + b"\0" * (2 * 1024 * 1024)
    response = as_role("user").post(
        "/en/nexus/profile/",
        {**profile_data(), "photo": SimpleUploadedFile("big.png", big, "image/png")},
    )
    assert "the limit is 2.0\xa0MB" in response.text


def test_a_valid_photo_survives_an_error_elsewhere_in_the_form(as_role, nexus, private_media):
    client = as_role("user")
    photo = SimpleUploadedFile("face.png", png_bytes(), "image/png")
    failed = client.post("/en/nexus/profile/", {**profile_data(name=""), "photo": photo})
    assert "Your new photo is kept and will be saved with the form." in failed.text
    pending = failed.context["form"].data["pending_image"]

    fixed = client.post("/en/nexus/profile/", {**profile_data(), "pending_image": pending})
    assert fixed.status_code == 302
    profile = Profile.objects.get(pk=nexus.user.pk)
    assert profile.photo
    # The photo is served only to signed-in members, through Nexus.
    assert client.get(f"/en/nexus/people/{profile.pk}/photo/").status_code == 200
    client.logout()
    assert client.get(f"/en/nexus/people/{profile.pk}/photo/").status_code == 302


def test_a_forged_pending_photo_name_is_ignored(as_role, nexus):
    response = as_role("user").post(
        "/en/nexus/profile/", {**profile_data(), "pending_image": "../../settings.py"}
    )
    assert response.status_code == 302
    assert not Profile.objects.get(pk=nexus.user.pk).photo


def test_the_profile_form_speaks_the_visitors_language(as_role, nexus):
    # No Korean content exists here: the interface is Korean all the same.
    client = as_role("user")
    assert "JPEG, PNG 또는 WebP, 최대 2.0\xa0MB" in client.get("/ko/nexus/profile/").text
    assert "JPEG, PNG or WebP, at most 2.0\xa0MB" in client.get("/en/nexus/profile/").text


def test_the_photo_field_links_to_no_file_and_offers_removal_only_of_a_photo(
    as_role, nexus, private_media
):
    client = as_role("user")
    assert "Remove my photo" not in client.get("/en/nexus/profile/").text
    nexus.user.photo.save("face.png", png_file("face.png"), save=True)
    html = client.get("/en/nexus/profile/").text
    assert "Remove my photo" in html
    assert f"/en/nexus/people/{nexus.user.pk}/photo/" in html  # served to members only
    assert "nexus/photos/" not in html  # no address of the file itself


def test_a_page_for_other_roles_says_so_in_the_sites_layout(as_role):
    response = as_role("user").get("/en/nexus/my-organisation/")
    assert response.status_code == 403
    assert "Not for your account" in response.text
    assert 'href="/en/nexus/"' in response.text
    korean = as_role("user").get("/ko/nexus/my-organisation/")
    assert "Not for your account" not in korean.text


def test_languages_are_named_in_the_readers_language(as_role, nexus):
    nexus.user.languages = ["ko"]
    nexus.user.save()
    form = as_role("user").get("/ar/nexus/profile/").text
    assert "الإفريقية" in form  # Afrikaans, in Arabic
    assert "Afrikaans" not in form
    person = as_role("admin").get(f"/ar/nexus/people/{nexus.user.pk}/").text
    assert "الكوريّة" in person  # Korean
