"""StreamField blocks shared by every page type. App-specific blocks live in the app's own
blocks.py; each block renders with templates/blocks/<block>.html."""

import contextlib

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds import embeds
from wagtail.embeds.exceptions import EmbedException
from wagtail.embeds.models import Embed
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section (h2)")), ("h3", _("Subsection (h3)"))],
        default="h2",
        help_text=_(
            "Use a subsection only inside a section, so screen readers follow the outline."
        ),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(
        label=_("Image"),
        help_text=_("Set the image's focal point in the image library so crops keep the subject."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    credit = blocks.CharBlock(
        label=_("Credit"),
        required=False,
        max_length=120,
        help_text=_("Photographer or source, shown after the caption."),
    )

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=120)
    role = blocks.CharBlock(
        label=_("Their role"),
        required=False,
        max_length=160,
        help_text=_("E.g. Secretary General of WeGO."),
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")


class KeyFigureBlock(blocks.StructBlock):
    figure = blocks.CharBlock(
        label=_("Figure"), max_length=20, help_text=_("E.g. 160 or 15 weeks.")
    )
    label = blocks.CharBlock(label=_("What it counts"), max_length=80)


class KeyFiguresBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Figures"), min_num=1, max_num=6)

    class Meta:
        icon = "table"
        template = "blocks/key_figures_block.html"
        label = _("Key figures")


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=160,
        help_text=_("Leave empty to use the document's title."),
    )


class DocumentListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    documents = blocks.ListBlock(DocumentLinkBlock(), label=_("Documents"), min_num=1)

    class Meta:
        icon = "doc-full"
        template = "blocks/document_list_block.html"
        label = _("Document list")


class LinkTargetBlock(blocks.StructBlock):
    """A link to a page of the site or to another address; one of the two is required."""

    page = blocks.PageChooserBlock(label=_("Page of this site"), required=False)
    url = blocks.URLBlock(label=_("Or another address"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": ValidationError(_("Choose a page or give an address (one of the two)."))
                }
            )
        return value


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)
    link = LinkTargetBlock(label=_("Where the button leads"))

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        label = _("Call to action")


class TimelineEntryBlock(blocks.StructBlock):
    when = blocks.CharBlock(label=_("When"), max_length=60, help_text=_("E.g. March–June 2023."))
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    description = blocks.TextBlock(label=_("Description"), required=False)


class TimelineBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    entries = blocks.ListBlock(TimelineEntryBlock(), label=_("Entries"), min_num=1)

    class Meta:
        icon = "date"
        template = "blocks/timeline_block.html"
        label = _("Timeline")


class PeopleListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    people = blocks.ListBlock(
        SnippetChooserBlock("foundation.Person"), label=_("People"), min_num=1
    )

    class Meta:
        icon = "group"
        template = "blocks/people_list_block.html"
        label = _("People list")


class VideoBlock(blocks.StructBlock):
    """A video hosted elsewhere. Visitors first see a link; the player loads only when they ask
    for it, so that no request leaves the site unasked. The player's code is fetched once, when
    the page is saved; without a connection the block stays a plain link."""

    url = blocks.URLBlock(label=_("Video address"), help_text=_("E.g. a YouTube or Vimeo address."))
    title = blocks.CharBlock(label=_("Title"), max_length=160)
    transcript = blocks.TextBlock(
        label=_("Transcript or summary"),
        required=False,
        help_text=_("For people who cannot watch or hear the video."),
    )

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"
        label = _("Video")

    def clean(self, value):
        value = super().clean(value)
        # Offline, or an unknown provider: the block stays a link.
        with contextlib.suppress(EmbedException, OSError):
            embeds.get_embed(value["url"])
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        embed = Embed.objects.filter(url=value["url"]).only("html").first()
        context["player_html"] = embed.html if embed else ""
        return context


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, label=_("Text"), template="blocks/paragraph_block.html"
    )
    image = ImageBlock()
    quote = QuoteBlock()
    key_figures = KeyFiguresBlock()
    documents = DocumentListBlock()
    call_to_action = CallToActionBlock()
    timeline = TimelineBlock()
    people = PeopleListBlock()
    video = VideoBlock()
