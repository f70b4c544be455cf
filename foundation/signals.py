"""What keeps the search index, the public page cache and the locale cache in step with the
content."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, ReferenceIndex, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import page_cache
from .indexing import indexing_deferred, reindex_page_task, reindex_subtree_task
from .locales import forget_locales
from .tasks import enqueue_after_commit

for model in (Site, Locale, get_image_model(), get_document_model()):
    page_cache.shown_on_public_pages(model)


@receiver(page_published)
@receiver(page_unpublished)
def update_index_on_publishing(sender, instance, **kwargs):
    if not indexing_deferred():
        enqueue_after_commit(reindex_page_task, instance.pk)


@receiver(page_published)
def record_published_references(sender, instance, **kwargs):
    # The documents and images of a page become public with it (media_access.py): its
    # references are recorded in the transaction that publishes it, not by a task a moment
    # later, so that a journalist opening an embargoed release at go-live gets its press kit.
    if not indexing_deferred():
        with transaction.atomic():
            ReferenceIndex.create_or_update_for_object(instance)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def privacy_changed(sender, instance, **kwargs):
    # A page put behind a password or a sign-in must not be served from the cache any more.
    page_cache.content_changed()
    if not indexing_deferred():
        enqueue_after_commit(reindex_subtree_task, instance.page_id)


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def public_pages_changed(sender, **kwargs):
    page_cache.content_changed()


@receiver(post_save)
def public_content_saved(sender, instance, **kwargs):
    if page_cache.is_shown_on_public_pages(instance):
        page_cache.content_changed()


@receiver(post_delete)
def public_content_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) or page_cache.is_shown_on_public_pages(instance):
        page_cache.content_changed()


@receiver(post_save, sender=Locale)
@receiver(post_delete, sender=Locale)
def locales_changed(sender, **kwargs):
    forget_locales()
