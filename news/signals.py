"""What keeps the labels of the news tags in step with the tags."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from foundation.locales import default_locale_id

from .models import NewsArticleTag, TagLabel


@receiver(post_save, sender=NewsArticleTag)
def label_new_tag(sender, instance, created, raw=False, **kwargs):
    """A tag gets its English label when it is first given to an article: the source that
    translators translate ("Translate" on the tag label)."""
    if created and not raw:
        TagLabel.objects.get_or_create(
            tag_id=instance.tag_id,
            locale_id=default_locale_id(),
            defaults={"label": instance.tag.name},
        )
