"""The form visitors without an account register with for a public event."""

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from .forms import question_field, question_form_field
from .models import Attendance, Mode

# Characters a name or an address can never hold: they would break the mail's headers.
LINE_BREAKS = ("\r", "\n", "\u2028", "\u2029", "\x85")


def single_line(value):
    if any(character in value for character in LINE_BREAKS):
        raise forms.ValidationError(_("Write it on one line."), code="line_break")
    return value


class PublicRegistrationForm(forms.Form):
    name = forms.CharField(
        label=_("Your name"), max_length=Attendance._meta.get_field("name").max_length
    )
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        help_text=_("We send you a link to confirm it; your place is held once you open it."),
    )
    organisation = forms.CharField(
        label=_("Your organisation (optional)"),
        max_length=Attendance._meta.get_field("organisation").max_length,
        required=False,
    )
    # Left empty by people, whose browsers do not show it; filled in by many robots.
    website = forms.CharField(label=_("Leave this empty"), required=False, max_length=200)

    def __init__(self, registration, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(registration.questions.all())
        modes = registration.modes()
        if len(modes) > 1:
            self.fields["mode"] = forms.ChoiceField(
                label=_("How you attend"),
                choices=[(mode, Mode(mode).label) for mode in modes],
                widget=forms.RadioSelect,
                initial=Mode.IN_PERSON,
            )
        for question in self.questions:
            field = question_form_field(question)
            field.required = question.required
            if not question.required:
                field.label = format_lazy(_("{question} (optional)"), question=question.label)
            self.fields[question_field(question)] = field
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})

    def clean_name(self):
        return single_line(self.cleaned_data["name"])

    def clean_email(self):
        return single_line(self.cleaned_data["email"])

    def clean_organisation(self):
        return single_line(self.cleaned_data["organisation"])

    def is_from_a_robot(self):
        return bool(self.cleaned_data.get("website"))

    def answers(self):
        return {
            str(question.pk): self.cleaned_data[question_field(question)]
            for question in self.questions
            if self.cleaned_data.get(question_field(question))
        }

    def visible_fields(self):
        return [field for field in super().visible_fields() if field.name != "website"]
