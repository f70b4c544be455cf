"""When an original changes, syncing its translations ("Sync translated pages") has
wagtail-localize cut it into texts again: an edited text is a new string, and the translation
made for the old text no longer belongs to it, so the translator would start from an empty
field. Here the old translation is carried over to the edited text as a suggestion to review:
prefilled in the translation editor and marked, but not shown to visitors (wagtail-localize
leaves marked translations out of pages, which show the original text meanwhile) until a
translator saves it."""

from difflib import SequenceMatcher

from django.db.models import QuerySet
from django.db.models.signals import pre_delete
from django.dispatch import receiver
from django.utils.text import Truncator
from django.utils.translation import gettext
from wagtail_localize.models import StringSegment, StringTranslation

# How alike an old text and a new one must be for the old translation to be offered, where a
# field holds several texts (the sentences of a paragraph) and it is not obvious which became
# which. A field holding one text always gets its old translation back.
SIMILAR_ENOUGH = 0.5


@receiver(pre_delete, sender=StringSegment)
def suggest_previous_translations(sender, instance, origin=None, **kwargs):
    """Runs for each text of the original that the sync leaves out, while the texts that
    replace it are already there."""
    if not (isinstance(origin, QuerySet) and origin.model is StringSegment):
        return  # the whole original is going (deleted), not one of its texts
    old = instance
    translations = list(
        StringTranslation.objects.filter(translation_of_id=old.string_id, context_id=old.context_id)
    )
    if not translations:
        return
    neighbours = list(
        StringSegment.objects.filter(source_id=old.source_id, context_id=old.context_id)
        .exclude(pk=old.pk)
        .select_related("string")
    )
    if any(segment.string_id == old.string_id for segment in neighbours):
        return  # the same text is still there, elsewhere in the field: it keeps its translation
    # Texts new since the old one was extracted: the ones it may have become.
    edited = [segment for segment in neighbours if segment.pk > old.pk]
    translated = set(
        StringTranslation.objects.filter(
            context_id=old.context_id, translation_of_id__in=[s.string_id for s in edited]
        ).values_list("translation_of_id", "locale_id")
    )
    old_text = old.string.data
    note = gettext(
        "The original text changed (it was: “%(text)s”). Check this translation against the "
        "new text and save it."
    ) % {"text": Truncator(old_text).chars(200)}
    for translation in translations:
        untranslated = [
            segment
            for segment in edited
            if (segment.string_id, translation.locale_id) not in translated
        ]
        successor = _successor(old, old_text, untranslated, alone=len(neighbours) == 1)
        if successor is None:
            continue
        StringTranslation.objects.create(
            translation_of_id=successor.string_id,
            context_id=old.context_id,
            locale_id=translation.locale_id,
            data=translation.data,
            translation_type=translation.translation_type,
            tool_name=translation.tool_name,
            last_translated_by_id=translation.last_translated_by_id,
            has_error=True,
            field_error=note,
        )
        translated.add((successor.string_id, translation.locale_id))


def _successor(old, old_text, candidates, alone):
    """The new text that the old one became, if it can be told."""
    if alone and len(candidates) == 1:
        return candidates[0]

    def likeness(segment):
        return SequenceMatcher(None, old_text, segment.string.data).ratio()

    ranked = sorted(candidates, key=lambda s: (-likeness(s), abs(s.order - old.order)))
    if ranked and likeness(ranked[0]) >= SIMILAR_ENOUGH:
        return ranked[0]
    return None
