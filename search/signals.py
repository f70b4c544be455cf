from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from .indexing import reindex_page, reindex_subtree


@receiver(page_published)
@receiver(page_unpublished)
def update_index_on_publishing(sender, instance, **kwargs):
    reindex_page(instance)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def update_index_on_privacy_change(sender, instance, **kwargs):
    reindex_subtree(instance.page)
