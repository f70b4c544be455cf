"""A page and its translations share one privacy setting. Wagtail keeps view restrictions per
page, so an article put behind a password in English would stay open, listed and found in
Korean; here a restriction set, changed or lifted on any of them is given to all of them,
once the change is committed (the admin saves the restriction and then its groups)."""

from contextvars import ContextVar

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction

_sharing = ContextVar("sharing_privacy", default=False)


def terms(restrictions):
    return sorted(
        (r.restriction_type, r.password, tuple(sorted(g.pk for g in r.groups.all())))
        for r in restrictions
    )


def share_privacy(page_id):
    """Give every translation of the page the page's own view restrictions."""
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return  # the page was deleted: its translations keep what they have
    wanted = list(page.view_restrictions.prefetch_related("groups"))
    token = _sharing.set(True)
    try:
        with transaction.atomic():
            for translation in page.get_translations():
                current = translation.view_restrictions.prefetch_related("groups")
                if terms(current) == terms(wanted):
                    continue
                for restriction in current:
                    restriction.delete()
                for restriction in wanted:
                    copy = PageViewRestriction.objects.create(
                        page=translation,
                        restriction_type=restriction.restriction_type,
                        password=restriction.password,
                    )
                    copy.groups.set(restriction.groups.all())
    finally:
        _sharing.reset(token)


def share_after_commit(page_id):
    if not _sharing.get():
        transaction.on_commit(lambda: share_privacy(page_id))


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def restriction_changed(sender, instance, **kwargs):
    share_after_commit(instance.page_id)


@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
def restriction_groups_changed(sender, instance, action, **kwargs):
    if action.startswith("post_") and isinstance(instance, PageViewRestriction):
        share_after_commit(instance.page_id)
