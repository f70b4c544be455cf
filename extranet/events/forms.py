from django import forms
from django.utils.translation import gettext_lazy as _

from .models import ANSWERS, Mode, QuestionKind, Status

ANSWER_MAX_LENGTH = 500


class AnswerForm(forms.Form):
    """Going, maybe or not going; how (for hybrid events); and the event's questions, which
    only people going must answer."""

    status = forms.ChoiceField(
        label=_("Will you attend?"),
        choices=[(status.value, status.label) for status in ANSWERS],
        widget=forms.RadioSelect,
    )

    def __init__(self, registration, *args, questions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        modes = registration.modes()
        if len(modes) > 1:
            self.fields["mode"] = forms.ChoiceField(
                label=_("How you attend"),
                choices=[(mode, Mode(mode).label) for mode in modes],
                widget=forms.RadioSelect,
                initial=Mode.IN_PERSON,
            )
        for question in self.questions:
            self.fields[question_field(question)] = question_form_field(question)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("status") == Status.GOING:
            for question in self.questions:
                name = question_field(question)
                if question.required and not cleaned.get(name) and name not in self.errors:
                    self.add_error(name, _("Please answer this question."))
        return cleaned

    def answers(self):
        """{question id: answer}, as the attendance keeps them."""
        return {
            str(question.pk): self.cleaned_data.get(question_field(question), "")
            for question in self.questions
            if self.cleaned_data.get(question_field(question))
        }


def question_field(question):
    return f"question_{question.pk}"


def question_form_field(question):
    common = {"label": question.label, "help_text": question.help_text, "required": False}
    if question.kind == QuestionKind.CHOICE:
        choices = [("", _("Choose…")), *((choice, choice) for choice in question.choice_list())]
        return forms.ChoiceField(choices=choices, **common)
    return forms.CharField(
        max_length=ANSWER_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
        strip=True,
        **common,
    )


class ColleagueForm(forms.Form):
    colleague = forms.ModelChoiceField(
        label=_("Colleague"), queryset=None, empty_label=_("Choose a colleague…")
    )

    def __init__(self, colleagues, registration, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["colleague"].queryset = colleagues
        modes = registration.modes()
        if len(modes) > 1:
            self.fields["mode"] = forms.ChoiceField(
                label=_("How they attend"),
                choices=[(mode, Mode(mode).label) for mode in modes],
                widget=forms.RadioSelect,
                initial=Mode.IN_PERSON,
            )
