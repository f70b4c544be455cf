"""Attachments: documents and images of the listed types, within the size and count limits,
whose bytes are what their names say; a failed form keeps the valid files."""

import io
import json
import zipfile

import pytest
from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.datastructures import MultiValueDict

from extranet.core.attachments import PENDING_ATTACHMENTS, AttachmentsFormMixin
from foundation.private_files import private_storage
from tests.extranet.factories import png_bytes


def office(name, entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for entry, content in entries.items():
            archive.writestr(entry, content)
    return SimpleUploadedFile(name, buffer.getvalue())


def docx(name="report.docx"):
    return office(name, {"[Content_Types].xml": "<Types/>", "word/document.xml": "<w/>"})


def upload(name, content):
    return SimpleUploadedFile(name, content)


class PostForm(AttachmentsFormMixin, forms.Form):
    title = forms.CharField()


def post(files, title="A title", pending=""):
    data = {"title": title, "pending_attachments": pending}
    return PostForm(data, MultiValueDict({"attachments": files}))


@pytest.mark.parametrize(
    "file",
    [
        lambda: upload("minutes.pdf", b"%PDF-1.7\n..."),
        lambda: docx(),
        lambda: office("sheet.xlsx", {"[Content_Types].xml": "<Types/>"}),
        lambda: office("text.odt", {"mimetype": "application/vnd.oasis.opendocument.text"}),
        lambda: upload("notes.txt", "Réunion à Séoul".encode()),
        lambda: upload("figures.csv", b"city,population\nSeoul,9400000\n"),
        lambda: upload("photo.png", png_bytes()),
    ],
)
def test_documents_and_images_are_accepted(file):
    form = post([file()])
    assert form.is_valid(), form.errors
    assert len(form.cleaned_data["attachments"]) == 1


@pytest.mark.parametrize(
    ("file", "message"),
    [
        (lambda: upload("setup.exe", b"MZ\x90\x00"), "cannot be attached"),
        (lambda: upload("page.html", b"<html></html>"), "cannot be attached"),
        (lambda: upload("drawing.svg", b"<svg onload=alert(1)>"), "cannot be attached"),
        (lambda: upload("report.pdf", b"MZ\x90\x00 a program"), "not the kind of file"),
        (lambda: upload("photo.png", b"<html><script>alert(1)</script>"), "not the kind of file"),
        (lambda: upload("photo.jpg", png_bytes()), "not the kind of file"),
        (lambda: upload("notes.txt", b"<!DOCTYPE html><script>x</script>"), "not the kind of file"),
        (lambda: upload("report.docx", b"PK\x03\x04 broken"), "not the kind of file"),
        (lambda: upload("tool.sh.txt", b"#!/bin/sh\nrm -rf /"), "not the kind of file"),
    ],
)
def test_wrong_types_are_refused_with_a_clear_message(file, message):
    form = post([file()])
    assert not form.is_valid()
    assert message in str(form.errors["attachments"])


def test_oversized_files_and_too_many_files_are_refused(settings):
    settings.NEXUS_ATTACHMENT_MAX_BYTES = 1000
    form = post([upload("big.pdf", b"%PDF-" + b"x" * 1000)])
    assert not form.is_valid()
    assert "the limit is 1000" in str(form.errors["attachments"])
    settings.NEXUS_ATTACHMENTS_PER_ITEM = 2
    form = post([upload(f"{n}.pdf", b"%PDF-1") for n in range(3)])
    assert not form.is_valid()
    assert "At most 2 files" in str(form.errors["attachments"])


def test_a_failed_form_keeps_its_valid_files_for_the_next_submission(private_media):
    form = post([upload("minutes.pdf", b"%PDF-1.7"), upload("evil.exe", b"MZ")], title="")
    assert not form.is_valid()
    kept = json.loads(form.data["pending_attachments"])
    assert [item["name"] for item in kept] == ["minutes.pdf"]
    assert private_storage().exists(f"{PENDING_ATTACHMENTS}/{kept[0]['key']}")

    again = post([], title="Now with a title", pending=form.data["pending_attachments"])
    assert again.is_valid()
    [attachment] = again.cleaned_data["attachments"]
    assert attachment.name == "minutes.pdf"
    assert attachment.size == len(b"%PDF-1.7")


@pytest.mark.parametrize(
    "pending",
    [
        '[{"key": "../../photos/x.png", "name": "x.png"}]',
        '[{"key": "0123456789abcdef0123456789abcdef.png", "name": "x.png"}]',  # not stored
        "not json",
        '{"key": 1}',
    ],
)
def test_kept_files_are_only_those_the_form_kept(private_media, pending):
    form = post([], pending=pending)
    assert form.is_valid()
    assert form.cleaned_data["attachments"] == []
