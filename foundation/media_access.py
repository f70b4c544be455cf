"""Who gets the files of the document and image libraries: what keeps an embargo.

A document, or an image's renditions, is public once something visitors see uses it: a live
page without a view restriction, or a record that public pages show (people, partners,
members, the site settings...). Until then only editors who may choose or change it get the
file, and those an access rule lets in (the news app's embargoed previews for journalists).
Originals of images are never public: pages show renditions.

Which pages use a file comes from Wagtail's reference index. It is built from the saved page,
which for a live page is its live version (drafts stay in revisions), and it is brought up to
date in the transaction that publishes a page (signals.py): a scheduled release frees its
files at go-live, with nobody doing anything. A collection's own privacy (Wagtail's view
restrictions) still applies to documents, on top of this.
"""

from collections import defaultdict

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from wagtail.models import DraftStateMixin, Page, ReferenceIndex
from wagtail.permissions import policy_registry

from . import page_cache

_access_rules = []


def add_access_rule(rule):
    """rule(request, document_or_image) -> bool: whether the request may have the file of a
    document or image that is not public yet. Apps add theirs when they are ready."""
    _access_rules.append(rule)


def may_open(request, document_or_image):
    return (
        is_released(document_or_image)
        or may_edit(request.user, document_or_image)
        or any(rule(request, document_or_image) for rule in _access_rules)
    )


def may_edit(user, document_or_image):
    """Editors who may choose or change the document or image (through its collection)."""
    if not user.is_authenticated:
        return False
    policy = policy_registry.get_by_type(type(document_or_image))
    return policy.user_has_any_permission_for_instance(
        user, ["choose", "change"], document_or_image
    )


def is_released(document_or_image):
    """Whether visitors see the document or image somewhere. A yes is remembered until the
    content changes (page_cache.content_version), as cached pages are."""
    key = (
        f"media-released:{page_cache.content_version()}:"
        f"{document_or_image._meta.label_lower}:{document_or_image.pk}"
    )
    if page_cache.pages_cache().get(key):
        return True
    released = used_publicly(document_or_image)
    if released and settings.PUBLIC_PAGE_CACHE_SECONDS:
        page_cache.pages_cache().set(key, True, settings.PUBLIC_PAGE_CACHE_SECONDS)
    return released


def used_publicly(target):
    users = defaultdict(set)
    references = ReferenceIndex.get_references_to(target).values_list(
        "base_content_type", "object_id"
    )
    for content_type_id, object_id in references:
        users[content_type_id].add(object_id)
    for content_type_id, object_ids in users.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        records = public_records(model)
        if records is not None and records.filter(pk__in=object_ids).exists():
            return True
    return False


def public_records(model):
    """The records of a model that visitors see, or None when they see none of them."""
    if model is None:  # a model removed since the reference was recorded
        return None
    if issubclass(model, Page):
        return model.objects.live().public()
    if not page_cache.model_shown_on_public_pages(model):
        return None
    records = model._default_manager.all()
    if issubclass(model, DraftStateMixin):
        records = records.filter(live=True)
    if hasattr(records, "public"):  # e.g. members: active organisations only
        records = records.public()
    return records
