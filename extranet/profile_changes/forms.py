from django import forms
from django.utils.translation import gettext_lazy as _

from extranet.core.forms import KeepsUploadedImageMixin, LimitedImageField
from foundation.private_files import delete_after_commit

from .models import PublicProfileChange


class PublicProfileForm(KeepsUploadedImageMixin, forms.ModelForm):
    image_field_name = "logo"

    logo = LimitedImageField(label=_("New logo"))

    class Meta:
        model = PublicProfileChange
        fields = ["description", "website", "logo"]
        labels = {"description": _("Public description")}
        help_texts = {
            "description": _("Shown on the public member page once the secretariat approves it.")
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.proposed_logo = self.instance.logo.name

    def save(self, commit=True):
        change = super().save(commit=False)
        self.attach_pending_image(change)
        if self.proposed_logo and change.logo.name != self.proposed_logo:
            # A newer logo replaces the one proposed before: the old file has no use left.
            delete_after_commit(change.logo.storage, self.proposed_logo)
        if commit:
            change.save()
        return change


class ReviewForm(forms.Form):
    """The secretariat's note to the member when a proposal is not published."""

    note = forms.CharField(
        label=_("Note to the member (if you do not publish)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
