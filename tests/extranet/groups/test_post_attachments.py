"""An author edits the files of their post: adds some, removes others, within the same limits
as a new post's; nobody else touches them."""

import html

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from extranet.groups.models import PostAttachment
from tests.extranet.factories import GroupFactory, MembershipFactory, PostFactory, png_bytes

pytestmark = pytest.mark.django_db


def pdf(name="minutes.pdf"):
    return SimpleUploadedFile(name, b"%PDF-1.7\n1 0 obj\n")


@pytest.fixture
def post(nexus, private_media):
    """Seoul's colleague's post in a group of Seoul's administrator, with one file."""
    group = GroupFactory(name="Smart mobility", owner=nexus.admin.user)
    MembershipFactory(group=group, user=nexus.user.user)
    post = PostFactory(group=group, author=nexus.user.user, body="<p>The plan</p>")
    attachment = PostAttachment(
        post=post, original_name="plan.png", size=len(png_bytes()), content_type="image/png"
    )
    attachment.file.save("plan.png", SimpleUploadedFile("plan.png", png_bytes()))
    return post


def edit_url(post):
    return reverse("nexus:edit_group_post", args=[post.group.slug, post.pk])


def stored_files(private_media):
    return sorted(path.name for path in private_media.rglob("*") if path.is_file())


def test_the_author_adds_a_file_and_removes_another_which_leaves_the_storage(
    as_role, post, private_media, django_capture_on_commit_callbacks
):
    old = post.attachments.get()
    old_path = private_media / old.file.name
    author = as_role("user")
    page = html.unescape(author.get(edit_url(post)).text)
    assert 'enctype="multipart/form-data"' in page
    assert "Remove these files" in page
    assert "plan.png" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = author.post(
            edit_url(post),
            {
                "body": "The plan, with minutes",
                "remove_attachments": [old.pk],
                "attachments": [pdf()],
            },
        )
    assert response.status_code == 302
    assert [file.original_name for file in post.attachments.all()] == ["minutes.pdf"]
    assert not old_path.exists()
    group_page = html.unescape(author.get(reverse("nexus:group", args=[post.group.slug])).text)
    assert "minutes.pdf" in group_page
    assert "plan.png" not in group_page


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("report.pdf", b"MZ\x90\x00 not a pdf"), "is not the kind of file"),
        (SimpleUploadedFile("script.html", b"<script>alert(1)</script>"), "cannot be attached"),
        (SimpleUploadedFile("huge.pdf", b"%PDF-1.7\n" + b"0" * 2048), "the limit is"),
    ],
)
def test_a_wrong_or_oversized_file_keeps_the_text_the_good_files_and_the_post(
    as_role, post, settings, upload, message
):
    settings.NEXUS_ATTACHMENT_MAX_BYTES = 1024
    old = post.attachments.get()
    response = as_role("user").post(
        edit_url(post),
        {
            "body": "Text typed before the error",
            "remove_attachments": [old.pk],
            "attachments": [upload, SimpleUploadedFile("map.png", png_bytes())],
        },
    )
    assert response.status_code == 200
    page = html.unescape(response.text)
    assert message in page
    assert "Text typed before the error" in page
    assert "map.png" in page  # kept for the next submission
    post.refresh_from_db()
    assert post.body == "<p>The plan</p>"
    assert list(post.attachments.all()) == [old]
    assert old.file.storage.exists(old.file.name)


def test_the_files_kept_count_towards_the_limit(as_role, post, settings):
    settings.NEXUS_ATTACHMENTS_PER_ITEM = 2
    response = as_role("user").post(
        edit_url(post), {"body": "More", "attachments": [pdf("a.pdf"), pdf("b.pdf")]}
    )
    assert "At most 2 files may be attached." in html.unescape(response.text)
    assert post.attachments.count() == 1


def test_nobody_else_changes_the_files_of_a_post(as_role, nexus, post):
    old = post.attachments.get()
    for role in ("admin", "secretariat"):  # the group's owner and the secretariat: not authors
        response = as_role(role).post(
            edit_url(post), {"body": "Taken over", "remove_attachments": [old.pk]}
        )
        assert response.status_code == 403
    # The author cannot reach another post's file through their own post either.
    theirs = PostFactory(group=post.group, author=nexus.admin.user)
    other = PostAttachment.objects.create(
        post=theirs, original_name="other.pdf", size=10, content_type="application/pdf"
    )
    response = as_role("user").post(
        edit_url(post), {"body": "Mine", "remove_attachments": [other.pk]}
    )
    assert response.status_code == 200
    assert "Select a valid choice" in html.unescape(response.text)
    assert PostAttachment.objects.filter(pk__in=[old.pk, other.pk]).count() == 2
