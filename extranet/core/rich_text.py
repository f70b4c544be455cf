"""Safe rich text for what members write to each other (messages, group posts): links,
paragraphs, line breaks, lists, emphasis and strong emphasis, nothing else. What people type is
never trusted: RichTextField cleans it with nh3 (the ammonia sanitiser) before it is stored,
and the `rich_text` filter cleans it again when it is shown.

Plain text (no allowed tag in it) is taken as text: its "<" are shown as typed, and its blank
lines and line breaks become paragraphs and line breaks."""

import html
import re

import nh3
from django import forms
from django.utils.html import linebreaks
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

ALLOWED_TAGS = frozenset({"a", "p", "br", "ul", "ol", "li", "em", "strong"})
ALLOWED_ATTRIBUTES = {"a": {"href"}}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow noopener"
# What one message or post may weigh, as typed (in characters).
RICH_TEXT_MAX_LENGTH = 20_000
# Text counts as HTML only when it has one of the allowed tags.
ALLOWED_TAG = re.compile(r"</?(?:a|p|br|ul|ol|li|em|strong)\b", re.IGNORECASE)
# Where a paragraph, a list item or a line ends.
BLOCK_END = re.compile(r"</(?:p|li|ul|ol)>|<br\s*/?>", re.IGNORECASE)
# A tag of nh3's output, whose attribute values are always in double quotes.
OUTPUT_TAG = re.compile(r'(<(?:[^>"]|"[^"]*")*>)')


def sanitise(value):
    """The value as safe HTML: only the allowed tags and attributes, links with a web or mail
    address only and rel="nofollow noopener"; plain text becomes paragraphs."""
    value = (value or "").replace("\x00", "")
    if not ALLOWED_TAG.search(value):
        value = linebreaks(value.strip(), autoescape=True)
    cleaned = nh3.clean(
        value,
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        link_rel=LINK_REL,
        strip_comments=True,
    ).strip()
    return quotes_escaped_in_text(cleaned)


def quotes_escaped_in_text(html):
    """nh3 leaves quotes as they are between tags, where they are harmless; escaped as Django
    escapes them, what people typed reads the same in every part of a page."""
    parts = OUTPUT_TAG.split(html)
    for index in range(0, len(parts), 2):  # the text between the tags
        parts[index] = parts[index].replace('"', "&quot;").replace("'", "&#x27;")
    return "".join(parts)


def render(value):
    """Stored rich text, ready for a template: cleaned once more, so that a row written by
    anything but RichTextField is still safe."""
    return mark_safe(sanitise(value))  # noqa: S308 (nh3 output)


def editable(value):
    """Stored rich text as its author would type it again: text written without markup (only
    paragraphs and line breaks) back as lines and blank lines; anything richer as its HTML."""
    if re.search(r"<(?!/?p>|br>)", value or ""):
        return value
    inner = (value or "").strip().removeprefix("<p>").removesuffix("</p>")
    paragraphs = re.split(r"</p>\s*<p>", inner)
    return "\n\n".join(html.unescape(p.replace("<br>", "\n")) for p in paragraphs)


def plain_text(value):
    """The words of stored rich text, without markup (e-mails, previews, search)."""
    return nh3.clean(value or "", tags=set()).strip()


def excerpt(value, length):
    """The start of stored rich text as one line of text, for a template to escape: "A.</p><p>B"
    reads "A. B", and what was typed as "&" is "&" again."""
    words = html.unescape(plain_text(BLOCK_END.sub(" ", value or "")))
    return Truncator(" ".join(words.split())).chars(length)


def searchable_text(value):
    """The words of stored rich text as a reader sees them, for search: paragraphs, items and
    lines kept apart, and characters as typed ("&", not "&amp;"), since the search page
    escapes them itself."""
    return html.unescape(nh3.clean(BLOCK_END.sub("\n", value or ""), tags=set())).strip()


class RichTextField(forms.CharField):
    """A textarea whose cleaned value is sanitised HTML. Refuses NUL characters and text
    longer than RICH_TEXT_MAX_LENGTH, and text that is empty once cleaned when required."""

    widget = forms.Textarea

    def __init__(self, *, max_length=RICH_TEXT_MAX_LENGTH, **kwargs):
        kwargs.setdefault(
            "help_text",
            _("Links, lists, emphasis and paragraphs are kept; any other markup is removed."),
        )
        self.text_limit = max_length
        super().__init__(strip=True, **kwargs)
        self.widget.attrs.setdefault("rows", 8)

    def to_python(self, value):
        value = super().to_python(value)
        if "\x00" in value:
            raise forms.ValidationError(
                _("This text contains a character that cannot be stored (NUL)."), code="nul"
            )
        if len(value) > self.text_limit:
            raise forms.ValidationError(
                _("This text has %(length)d characters; the limit is %(limit)d."),
                params={"length": len(value), "limit": self.text_limit},
                code="max_length",
            )
        return sanitise(value)

    def validate(self, value):
        super().validate(value if plain_text(value) else "")
