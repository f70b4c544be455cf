"""Proposed logos move to the private storage, out of MEDIA_ROOT."""

from django.core.files.storage import storages
from django.db import migrations, models

import extranet.core.models
import foundation.private_files
from foundation.private_files import move_files, private_storage


def logo_names(apps):
    changes = apps.get_model("nexus_profile_changes", "PublicProfileChange").objects
    return list(changes.exclude(logo="").values_list("logo", flat=True))


def move_logos_to_private_storage(apps, schema_editor):
    move_files(logo_names(apps), storages["default"], private_storage())


def move_logos_back(apps, schema_editor):
    move_files(logo_names(apps), private_storage(), storages["default"])


class Migration(migrations.Migration):

    dependencies = [
        ('nexus_profile_changes', '0001_initial'),
    ]

    operations = [
        migrations.AlterField(
            model_name='publicprofilechange',
            name='logo',
            field=models.ImageField(blank=True, storage=foundation.private_files.private_storage, upload_to=extranet.core.models.PrivateFileName('proposed-logos'), verbose_name='new logo'),
        ),
        migrations.RunPython(move_logos_to_private_storage, move_logos_back),
    ]
