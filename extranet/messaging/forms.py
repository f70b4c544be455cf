"""Writing a message: to whom (people, whole organisations and recipient lists), its subject,
its text and its files. The text is safe rich text; the files that were valid survive a failed
submission. Also a member's own list, and the secretariat's broadcast."""

from django import forms
from django.utils.translation import gettext_lazy as _

from extranet.core.attachments import AttachmentsFormMixin
from extranet.core.models import Profile
from extranet.core.rich_text import RichTextField
from foundation.widgets import FilterableCheckboxSelectMultiple
from members.models import Member

from . import services
from .models import LIST_NAME_MAX_LENGTH, SUBJECT_MAX_LENGTH, MessageReport, SecretariatList

MENTION_HELP = _(
    "Links, lists, emphasis and paragraphs are kept; any other markup is removed. To mention "
    "someone taking part, type @ and their name as it is shown: they are told, even if they "
    "muted the conversation."
)


class PersonChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, profile):
        if profile.member_id:
            return f"{profile.display_name} ({profile.member.name})"
        return f"{profile.display_name} ({_('Secretariat')})"


class RecipientsMixin:
    """People and organisations to write to, from the directory's lists; one must be chosen."""

    def __init__(self, *args, sender, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["people"] = PersonChoiceField(
            label=_("People"),
            queryset=Profile.objects.visible().exclude(user=sender).order_by("name"),
            required=False,
            widget=FilterableCheckboxSelectMultiple,
        )
        self.fields["organisations"] = forms.ModelMultipleChoiceField(
            label=_("Whole organisations"),
            help_text=_("Everyone with an account in the organisation receives the message."),
            queryset=Member.objects.filter(active=True, accounts__isnull=False)
            .distinct()
            .order_by("name"),
            required=False,
            widget=FilterableCheckboxSelectMultiple,
        )

    recipient_fields = ("people", "organisations")
    nobody_message = _("Choose at least one person or organisation to write to.")

    def clean(self):
        cleaned = super().clean()
        fields = self.recipient_fields
        nobody = not any(cleaned.get(name) for name in fields)
        if nobody and not any(self.has_error(name) for name in fields):
            self.add_error("people", self.nobody_message)
        return cleaned


class ListsMixin:
    """The person's own lists and the secretariat's lists they may write to, as recipients."""

    recipient_fields = ("people", "organisations", "lists", "secretariat_lists")
    nobody_message = _("Choose at least one person or organisation, or a list, to write to.")

    def __init__(self, *args, sender, **kwargs):
        super().__init__(*args, sender=sender, **kwargs)
        own_lists = services.personal_lists(sender)
        self.fields["lists"] = forms.ModelMultipleChoiceField(
            label=_("My lists"),
            queryset=own_lists,
            required=False,
            widget=forms.CheckboxSelectMultiple,
            # Without a word, an empty group of boxes reads like a page that failed to load.
            help_text=""
            if own_lists.exists()
            else _("You have no lists yet: save the people you often write to together."),
        )
        self.fields["secretariat_lists"] = forms.ModelMultipleChoiceField(
            label=_("Secretariat lists"),
            help_text=_("Kept up to date by the secretariat: they reach who fits them today."),
            queryset=services.secretariat_lists(sender.nexus_profile),
            required=False,
            widget=forms.CheckboxSelectMultiple,
        )

    def chosen_lists(self):
        return [
            *self.cleaned_data.get("lists", ()),
            *self.cleaned_data.get("secretariat_lists", ()),
        ]


class ComposeForm(AttachmentsFormMixin, ListsMixin, RecipientsMixin, forms.Form):
    subject = forms.CharField(label=_("Subject"), max_length=SUBJECT_MAX_LENGTH)
    body = RichTextField(label=_("Message"), help_text=MENTION_HELP)
    field_order = [
        "people",
        "organisations",
        "lists",
        "secretariat_lists",
        "subject",
        "body",
        "attachments",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.order_fields(self.field_order)  # the recipients and files are added above


class ReplyForm(AttachmentsFormMixin, forms.Form):
    body = RichTextField(label=_("Your reply"), help_text=MENTION_HELP)


class AddParticipantsForm(RecipientsMixin, forms.Form):
    with_history = forms.BooleanField(
        label=_("Let them read the earlier messages"),
        required=False,
        help_text=_("Otherwise they see only the messages written from now on."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.order_fields(["people", "organisations", "with_history"])


class PersonalListForm(RecipientsMixin, forms.Form):
    name = forms.CharField(label=_("Name of the list"), max_length=LIST_NAME_MAX_LENGTH)
    nobody_message = _("Choose at least one person or organisation for the list.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.order_fields(["name", "people", "organisations"])


class BroadcastForm(forms.Form):
    lists = forms.ModelMultipleChoiceField(
        label=_("Lists"),
        queryset=SecretariatList.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one list to send to.")},
    )
    subject = forms.CharField(label=_("Subject"), max_length=SUBJECT_MAX_LENGTH)
    body = RichTextField(label=_("Message"))


class ReportForm(forms.ModelForm):
    class Meta:
        model = MessageReport
        fields = ["reason", "note"]
        widgets = {"reason": forms.RadioSelect, "note": forms.Textarea(attrs={"rows": 4})}
        labels = {"reason": _("Why do you report this message?"), "note": _("Note (optional)")}
        help_texts = {"note": _("What the secretariat should know, in a few words.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].choices = self.fields["reason"].choices[1:]  # no "---------"
