"""Texts of the initial content, each written with its translations beside it.

Pages are built from the English. wagtail-localize then cuts a page into segments (a plain-text
field whole, rich text into its paragraphs and list items), and a segment's translation is
found by its English."""

from wagtail_localize.strings import StringValue

# The languages the whole initial content is translated into; the others have the home page.
FULLY_TRANSLATED = ("ko", "es")


class Text:
    """An English text and its translations by language code:
    `Text("Events", ko="행사", es="Eventos")`, with zh_hans standing for zh-hans."""

    def __init__(self, en, **translations):
        self.en = en
        self.translations = {
            language.replace("_", "-"): text for language, text in translations.items()
        }


def as_is(name):
    """A name that reads the same in every language ("Zoom"), translated as itself: a
    translation that leaves it out would count as unfinished."""
    return Text(name, **dict.fromkeys(FULLY_TRANSLATED, name))


class Html:
    """Markup around texts. A Text inside it is a segment of rich text, written as
    wagtail-localize keeps one: the inside of a paragraph or a list item, inline tags only."""

    def __init__(self, *parts):
        self.parts = parts


def p(text):
    return Html("<p>", text, "</p>")


def bullets(*items):
    return Html("<ul>", *(Html("<li>", item, "</li>") for item in items), "</ul>")


def english(value):
    """`value` as the English page holds it: its Texts and Html written out in English."""
    if isinstance(value, Text):
        return value.en
    if isinstance(value, Html):
        return "".join(english(part) for part in value.parts)
    if isinstance(value, dict):
        return {key: english(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(english(item) for item in value)
    return value


def translation_strings(*values):
    """The translations of the Texts in `values`, as {language: {English segment: translation}}."""
    strings = {}
    for source, translations in _segments(values, in_markup=False):
        for language, translation in translations.items():
            if strings.setdefault(language, {}).setdefault(source, translation) != translation:
                # A page is translated by looking its segments up in one table per language.
                raise ValueError(f"{source!r} has two {language} translations")
    return strings


def _segments(value, in_markup):
    """The English and the translations of each Text in `value`, written as segments."""
    if isinstance(value, Text):
        yield (
            _as_segment(value.en, in_markup),
            {
                language: _as_segment(text, in_markup)
                for language, text in value.translations.items()
            },
        )
    elif isinstance(value, Html):
        for part in value.parts:
            yield from _segments(part, in_markup=True)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _segments(item, in_markup)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _segments(item, in_markup)


def _as_segment(text, in_markup):
    """`text` as wagtail-localize writes a segment: rich text keeps its inline tags; plain text
    is escaped, its line breaks written as <br/>."""
    return text if in_markup else StringValue.from_plaintext(text).data
