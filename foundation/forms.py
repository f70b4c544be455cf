"""The image and document forms of the admin (WAGTAILIMAGES_IMAGE_FORM_BASE,
WAGTAILDOCS_DOCUMENT_FORM_BASE): Wagtail's own, with fields named for the people who use them,
that store the uploaded file as the last step of validation."""

import logging

from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

FILE_NOT_STORED = _(
    "The file could not be stored just now, so nothing was saved. Please try again later."
)

logger = logging.getLogger(__name__)


def rename_fields(form, names):
    for field_name, (label, help_text) in names.items():
        if field_name in form.fields:
            form.fields[field_name].label = label
            if help_text:
                form.fields[field_name].help_text = help_text
            # Wagtail's form has read the title's bound field already, label and all.
            form._bound_fields_cache.pop(field_name, None)


class StoresFileOnValidation:
    """Once the rest of the form is valid, the new file goes to storage. A storage that refuses
    it (a full disk, a storage that is down) is then an error at the file's field: the admin
    shows the form again with what was typed (or the uploader its message), and no record is
    saved without its file, instead of a server error while saving."""

    def _post_clean(self):
        super()._post_clean()
        upload = self.instance.file
        if self.errors or not upload or upload._committed:
            return
        try:
            upload.save(upload.name, upload.file, save=False)
        except OSError as error:
            logger.error("An uploaded file could not be stored", exc_info=error)
            self.add_error("file", FILE_NOT_STORED)


class ImageForm(StoresFileOnValidation, BaseImageForm):
    """The image's description is its alternative text (Wagtail uses it as the `alt`): every
    image the site shows needs one."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        rename_fields(
            self,
            {
                "title": (
                    _("Name in the image library"),
                    _("For finding the image again; visitors do not see it."),
                ),
                "description": (
                    _("Alternative text (describes the image for people who cannot see it)"),
                    _(
                        "What the image shows, in a sentence, for screen readers and for when "
                        "the image does not load, e.g. “The Mayor of Seoul opens the forum on "
                        "stage”. Not a caption, not the file name."
                    ),
                ),
                "tags": (_("Tags (for finding the image in the library)"), None),
                "collection": (_("Collection (who may use and edit the image)"), None),
            },
        )
        if "description" in self.fields:
            self.fields["description"].required = True


class DocumentForm(StoresFileOnValidation, BaseDocumentForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        rename_fields(
            self,
            {
                "title": (
                    _("Title"),
                    _("Shown as the link's text where the document is offered without a label."),
                ),
                "tags": (_("Tags (for finding the document in the library)"), None),
                "collection": (_("Collection (who may use and edit the document)"), None),
            },
        )
