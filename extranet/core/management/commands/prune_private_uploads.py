import datetime

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext as _

from foundation.private_files import private_storage, stored_names

NEXUS_FILES = "nexus"


def keeps_private_files(field):
    return isinstance(field, models.FileField) and (
        getattr(field, "_storage_callable", None) is private_storage
        or field.storage is private_storage()
    )


def names_in_use():
    """The stored names that a record of any app holds in a private file field."""
    in_use = set()
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if keeps_private_files(field):
                values = model._default_manager.exclude(**{field.name: ""})
                in_use.update(values.values_list(field.name, flat=True))
    return in_use


class Command(BaseCommand):
    help = (
        "Delete the private Nexus files no record holds any more (images kept from a form "
        "nobody sent again, proposals replaced), once they are older than --hours. Run it once "
        "a day (cron or a systemd timer)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--hours",
            type=int,
            default=24,
            help="Keep unused files younger than this, e.g. a form someone is still filling in.",
        )

    def handle(self, *args, hours, **options):
        storage = private_storage()
        in_use = names_in_use()
        cutoff = timezone.now() - datetime.timedelta(hours=hours)
        deleted = 0
        for name in stored_names(storage, NEXUS_FILES):
            if name not in in_use and storage.get_modified_time(name) < cutoff:
                storage.delete(name)
                deleted += 1
        self.stdout.write(_("%(count)d unused private files deleted.") % {"count": deleted})
