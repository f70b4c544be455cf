"""Helpers that build pages and their translations the way an editor would: created and
published when missing, left alone when they exist."""

import uuid

from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from members.models import Member

from .text import Html, english


def paragraph(*html):
    """A rich-text block of markup: strings of HTML, or Html around translated texts."""
    return {"type": "paragraph", "value": Html(*html)}


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def members_named(names):
    """The member organisations with these names, for a page's relations to them."""
    return list(Member.objects.canonical().filter(name__in=names)) if names else []


def list_items(*values):
    """The items of a ListBlock in Wagtail's block format, each with an id: wagtail-localize
    offers the texts of list items (and the people of a list) for translation only in it."""
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]


def ensure_page(parent, model, slug, relations=None, **fields):
    """The child of `parent` with this slug, created in English and published if it is missing.
    `relations` sets many-to-many fields (related programmes, partners...) before publishing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific, False
    page = model(slug=slug, locale=parent.locale, **english(fields))
    for name, values in (relations or {}).items():
        getattr(page, name).set(values)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def translate(instance, locale, strings):
    """Create `instance` in `locale` through wagtail-localize, filling in the strings we have;
    the others stay in English until a translator takes them on in the admin."""
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    add_strings(translation, strings)
    save_translation(translation, instance, locale, publish=True)


def complete_translation(instance, locale, strings):
    """Fill in the strings we have for the segments of an existing translation that have none
    (it was made when the initial content had fewer), and save it again; returns whether
    anything was added. What translators wrote stays, and a translation they took over (no
    longer synchronised) or unpublished is left as it is or saved as a draft."""
    translation = (
        Translation.objects.filter(
            source__object_id=instance.translation_key,
            source__locale_id=instance.locale_id,
            target_locale=locale,
            enabled=True,
        )
        .select_related("source")
        .first()
    )
    if translation is None or not add_strings(translation, strings):
        return False
    publish = not isinstance(instance, Page) or instance.get_translation(locale).live
    save_translation(translation, instance, locale, publish=publish)
    return True


def add_strings(translation, strings):
    """Translations from `strings` for the segments of `translation` that have none; returns
    how many it added."""
    added = 0
    for segment in translation.source.stringsegment_set.select_related("string", "context"):
        text = strings.get(segment.string.data)
        if text:
            _string, created = StringTranslation.objects.get_or_create(
                translation_of=segment.string,
                locale=translation.target_locale,
                context=segment.context,
                defaults={"data": text},
            )
            added += created
    return added


def save_translation(translation, instance, locale, publish):
    if isinstance(instance, Page):
        # Published here rather than when the transaction commits (wagtail-localize's way):
        # a deferred publication would save the page's tree position as it was before later
        # translations were added under it.
        translation.save_target(publish=False)
        if publish:
            instance.get_translation(locale).latest_revision.publish()
    else:
        translation.save_target(publish=True)


def is_translated(instance, locale):
    return Translation.objects.filter(
        source__object_id=instance.translation_key, target_locale=locale
    ).exists()
