"""Form controls for long lists of choices (countries, time zones, members, languages): the
native control, with a box above it that narrows the list as one types
(static/js/filterable-choices.js). Without JavaScript, the plain control."""

from django import forms
from django.utils.translation import gettext_lazy as _


class FilterableChoicesMixin:
    template_name = "foundation/widgets/filterable_choices.html"
    # The native control the wrapper template includes.
    control_template_name = None

    class Media:
        js = ["js/filterable-choices.js"]
        css = {"all": ["css/filterable-choices.css"]}

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["control_template_name"] = self.control_template_name
        context["filter_texts"] = {
            "label": _("Filter the list"),
            "hint": _("Type part of a name; the list below shows only what matches."),
            # %(shown)s and %(total)s are numbers; the script fills them in.
            "status": _("%(shown)s of %(total)s shown"),
            "none": _("Nothing matches. Clear the filter to see the whole list."),
        }
        return context


class FilterableSelect(FilterableChoicesMixin, forms.Select):
    control_template_name = "django/forms/widgets/select.html"


class FilterableCheckboxSelectMultiple(FilterableChoicesMixin, forms.CheckboxSelectMultiple):
    """Several choices among many, as checkboxes (no Ctrl+click), in a box that scrolls."""

    control_template_name = "django/forms/widgets/checkbox_select.html"


class PrivateImageInput(forms.ClearableFileInput):
    """A file input for an image that a view serves only to those allowed: the stored image
    is shown from that view's address (`preview_url`, which the form sets when there is one),
    never from its stored name, with one box to remove it."""

    template_name = "foundation/widgets/private_image_input.html"
    preview_url = ""
    preview_alt = ""

    def is_initial(self, value):
        # ClearableFileInput asks the file for its URL, which private files do not have.
        return bool(self.preview_url)

    def value_from_datadict(self, data, files, name):
        # A new image chosen with the box ticked replaces the old one: Django would refuse the
        # contradiction, and the chosen file would have to be chosen again.
        upload = forms.FileInput.value_from_datadict(self, data, files, name)
        return upload or super().value_from_datadict(data, files, name)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"].update(preview_url=self.preview_url, preview_alt=self.preview_alt)
        return context
