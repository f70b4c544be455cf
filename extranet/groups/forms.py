from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from extranet.core.attachments import AttachmentsFormMixin, max_count, too_many
from extranet.core.forms import KeepsUploadedImageMixin, LimitedImageField
from extranet.core.rich_text import RichTextField, editable
from foundation.private_files import delete_after_commit
from foundation.widgets import FilterableSelect, PrivateImageInput

from .models import Comment, Group, MembershipRole, Post


class GroupForm(KeepsUploadedImageMixin, forms.ModelForm):
    image_field_name = "image"

    image = LimitedImageField(label=_("Image"), widget=PrivateImageInput)

    class Meta:
        model = Group
        fields = ["name", "description", "welcome_text", "image", "visibility", "join_policy"]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 3}),
            "visibility": forms.RadioSelect,
            "join_policy": forms.RadioSelect,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.image:
            image_input = self.fields["image"].widget
            image_input.preview_url = reverse("nexus:group_image", args=[self.instance.slug])
            image_input.preview_alt = _("The group's current image")
            image_input.clear_checkbox_label = _("Remove the image")
        self.previous_image = self.instance.image.name

    def save(self, commit=True):
        group = super().save(commit=False)
        if self.cleaned_data.get("image") is not False:  # False: "Remove the image" ticked
            self.attach_pending_image(group)
        if self.previous_image and group.image.name != self.previous_image:
            delete_after_commit(group.image.storage, self.previous_image)
        if commit:
            group.save()
        return group


class PostForm(forms.ModelForm):
    body = RichTextField(
        label=_("Write to the group"),
        help_text=_(
            "Links, lists, emphasis and paragraphs are kept; any other markup is removed. To "
            "mention a member of the group, type @ and their name as it is shown: they are told."
        ),
    )

    class Meta:
        model = Post
        fields = ["body"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["body"] = editable(self.instance.body)


class NewPostForm(AttachmentsFormMixin, PostForm):
    """A new post, with its attachments (kept when the form has an error)."""


class EditPostForm(AttachmentsFormMixin, PostForm):
    """The author's changes to a post: its text, files to remove and files to add (within the
    same limits as a new post's, counting the files it keeps)."""

    remove_attachments = forms.ModelMultipleChoiceField(
        label=_("Remove these files"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the post's own files: another post's file cannot be named here.
        self.fields["remove_attachments"].queryset = self.instance.attachments.all()
        if not self.instance.attachments.exists():
            del self.fields["remove_attachments"]

    def clean(self):
        cleaned = super().clean()
        if "attachments" in cleaned and "attachments" not in self.errors:
            removed = cleaned.get("remove_attachments") or []
            kept = self.instance.attachments.count() - len(removed)
            if kept + len(cleaned["attachments"]) > max_count():
                self.add_error("attachments", too_many())
        return cleaned


class CommentForm(forms.ModelForm):
    body = RichTextField(label=_("Your comment"), max_length=4000)

    class Meta:
        model = Comment
        fields = ["body"]


class InviteForm(forms.Form):
    person = forms.ModelChoiceField(
        label=_("Person to invite"), queryset=None, widget=FilterableSelect
    )

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = people


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=MembershipRole.choices)
