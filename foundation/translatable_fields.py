"""What translators are offered to translate, and what translations copy from their original
as it is (wagtail-localize's `override_translatable_fields`). wagtail-localize offers every
text field for translation; values that are the same in every language are synchronised
instead: translating them breaks the page (a time zone) or confuses it (a phone number)."""

from wagtail_localize.fields import SynchronizedField


def synchronized(*field_names):
    """Fields copied from the original on every sync and never offered to translators."""
    return [SynchronizedField(name, overridable=False) for name in field_names]


class SynchronizedSlug(SynchronizedField):
    """A translated page keeps its original's slug, so that its address differs by the
    language prefix only (/en/news/forum/, /ko/news/forum/): visitors and journalists can
    change the language in an address, links survive a translator's edits, and translators do
    not have to write URL-safe text in Hangul or Arabic. Home pages are the exception: they are
    siblings under the tree's root, where each needs a slug of its own, so they keep the one
    Wagtail gives the copy ("home-ko"); no address shows it."""

    def __init__(self):
        super().__init__("slug", overridable=False)

    def is_synchronized(self, page):
        return page.depth > 2
