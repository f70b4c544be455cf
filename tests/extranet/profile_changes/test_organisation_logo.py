"""A member administrator proposes a new logo with the public profile; the secretariat
publishes it (into the image library, shown on the public member page) or turns it down."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, connection, transaction

from extranet.profile_changes import services
from extranet.profile_changes.models import ChangeStatus, PublicProfileChange
from members.models import Member
from tests.extranet.factories import png_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(private_media):
    """Where proposed logos are kept: the private storage."""
    return private_media


def proposal(logo=None, **overrides):
    data = {
        "propose_public": "1",
        "public-description": "A capital of smart mobility.",
        "public-website": "https://seoul.example",
    }
    if logo is not None:
        data["public-logo"] = logo
    data.update(overrides)
    return data


def logo_file(name="logo.png", content=None):
    return SimpleUploadedFile(name, content or png_bytes((120, 60)), "image/png")


def test_a_proposed_logo_goes_public_once_approved(
    as_role, nexus, media, django_capture_on_commit_callbacks
):
    admin = as_role("admin")
    assert admin.post("/en/nexus/my-organisation/", proposal(logo_file())).status_code == 302
    change = PublicProfileChange.objects.get()
    proposed_file = media / change.logo.name
    assert proposed_file.exists()
    assert Member.objects.get(pk=nexus.seoul.pk).logo is None

    # The administrator sees what is waiting; the public page does not show it yet.
    page = admin.get("/en/nexus/my-organisation/").text
    assert "Proposed logo, waiting for the secretariat" in page
    assert f"/en/nexus/profile-changes/{change.pk}/logo/" in page
    assert 'class="member-profile__logo"' not in admin.get("/en/members/seoul/").text

    secretariat = as_role("secretariat")
    review = secretariat.get(f"/en/nexus/secretariat/profile-changes/{change.pk}/").text
    assert f"/en/nexus/profile-changes/{change.pk}/logo/" in review
    with django_capture_on_commit_callbacks(execute=True):
        secretariat.post(f"/en/nexus/secretariat/profile-changes/{change.pk}/", {"approve": "1"})

    logo = Member.objects.get(pk=nexus.seoul.pk).logo
    assert logo.title == nexus.seoul.name
    assert (logo.width, logo.height) == (120, 60)
    assert not proposed_file.exists()  # moved into the image library, not copied
    assert 'class="member-profile__logo"' in secretariat.get("/en/members/seoul/").text


def test_a_declined_logo_is_deleted(as_role, nexus, media, django_capture_on_commit_callbacks):
    as_role("admin").post("/en/nexus/my-organisation/", proposal(logo_file()))
    change = PublicProfileChange.objects.get()
    proposed_file = media / change.logo.name
    with django_capture_on_commit_callbacks(execute=True):
        as_role("secretariat").post(
            f"/en/nexus/secretariat/profile-changes/{change.pk}/",
            {"reject": "1", "note": "Please send the logo on a white background."},
        )
    assert not proposed_file.exists()
    assert Member.objects.get(pk=nexus.seoul.pk).logo is None


@pytest.mark.parametrize("decision", ["approve", "reject"])
def test_a_review_that_fails_keeps_the_proposal_waiting_with_its_logo(
    as_role, nexus, media, rf, decision, django_capture_on_commit_callbacks
):
    as_role("admin").post("/en/nexus/my-organisation/", proposal(logo_file()))
    change = PublicProfileChange.objects.get()
    proposed_file = media / change.logo.name
    request = rf.post("/")
    request.user, request.nexus_profile = nexus.secretariat.user, nexus.secretariat
    # The review fails after the logo was dealt with: the record of who reviewed it cannot be
    # saved (the reviewer's account is gone meanwhile; constraints checked at once).
    request.user.pk = 10**9

    # Whatever waits for the commit runs at the end: a review rolled back leaves nothing.
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        connection.cursor().execute("SET CONSTRAINTS ALL IMMEDIATE")
        with pytest.raises(IntegrityError):
            getattr(services, decision)(request, change)

    change.refresh_from_db()
    assert change.status == ChangeStatus.PENDING
    assert proposed_file.exists()
    assert (media / change.logo.name) == proposed_file


def test_a_newer_logo_replaces_the_waiting_one(
    as_role, nexus, media, django_capture_on_commit_callbacks
):
    admin = as_role("admin")
    admin.post("/en/nexus/my-organisation/", proposal(logo_file()))
    first = media / PublicProfileChange.objects.get().logo.name
    with django_capture_on_commit_callbacks(execute=True):  # the old file goes once committed
        admin.post("/en/nexus/my-organisation/", proposal(logo_file("second.png")))
    change = PublicProfileChange.objects.get()  # still one proposal, edited
    assert not first.exists()
    assert (media / change.logo.name).exists()


def test_editing_the_text_keeps_the_waiting_logo(as_role, nexus, media):
    admin = as_role("admin")
    admin.post("/en/nexus/my-organisation/", proposal(logo_file()))
    logo_name = PublicProfileChange.objects.get().logo.name
    admin.post("/en/nexus/my-organisation/", proposal(**{"public-description": "Edited."}))
    change = PublicProfileChange.objects.get()
    assert (change.description, change.logo.name) == ("Edited.", logo_name)


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (logo_file(content=b"<svg onload=alert(1)>"), "Upload a valid image"),
        (logo_file("logo.svg"), "File extension “svg” is not allowed"),
        (logo_file("../../../etc/passwd.png", b"root:x:0:0"), "Upload a valid image"),
        (
            logo_file(content=png_bytes() + b"\0" * (2 * 1024 * 1024)),
            "the limit is 2.0\xa0MB",
        ),
    ],
)
def test_bad_logos_are_refused_and_the_text_stays(as_role, nexus, upload, message):
    response = as_role("admin").post("/en/nexus/my-organisation/", proposal(upload))
    assert response.status_code == 200
    assert message in response.text
    assert "A capital of smart mobility." in response.text
    assert not PublicProfileChange.objects.exists()


def test_a_valid_logo_survives_an_error_elsewhere(
    as_role, nexus, media, django_capture_on_commit_callbacks
):
    admin = as_role("admin")
    failed = admin.post(
        "/en/nexus/my-organisation/", proposal(logo_file(), **{"public-website": "not a site"})
    )
    assert "Enter a valid URL." in failed.text
    assert "Your new logo is kept and will be sent with the form." in failed.text
    pending = failed.context["public_form"].data["public-pending_image"]

    with django_capture_on_commit_callbacks(execute=True):
        fixed = admin.post(
            "/en/nexus/my-organisation/", proposal(**{"public-pending_image": pending})
        )
    assert fixed.status_code == 302
    change = PublicProfileChange.objects.get()
    assert Path(change.logo.name).parent.name == "proposed-logos"
    assert not list((media / "nexus" / "pending").iterdir())


def test_a_forged_pending_logo_name_is_ignored(as_role, nexus):
    as_role("admin").post(
        "/en/nexus/my-organisation/",
        proposal(**{"public-pending_image": "../../wego_site/settings/base.py"}),
    )
    assert not PublicProfileChange.objects.get().logo


def test_member_users_and_other_organisations_cannot_propose_a_logo(as_role, nexus):
    for role in ("user", "secretariat"):
        response = as_role(role).post("/en/nexus/my-organisation/", proposal(logo_file()))
        assert response.status_code == 403
    assert not PublicProfileChange.objects.exists()
