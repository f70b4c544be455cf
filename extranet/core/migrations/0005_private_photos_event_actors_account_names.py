"""Photos and the images kept between submissions move to the private storage, out of
MEDIA_ROOT; security events record who did them, so that an account's data export shows only
its own addresses; accounts created from access codes are named after their profile, and
lose the contact e-mail that joining copied from the sign-in address if the person never
saved their profile since."""

import datetime

import django.db.models.deletion
from django.conf import settings
from django.core.files.storage import storages
from django.db import migrations, models
from django.db.models import F

import extranet.core.models
import foundation.private_files
from foundation.private_files import move_files, private_storage, stored_names

PENDING_IMAGES = "nexus/pending"


def photo_names(apps):
    profiles = apps.get_model("extranet", "Profile").objects.exclude(photo="")
    return list(profiles.values_list("photo", flat=True))


def move_photos_to_private_storage(apps, schema_editor):
    public = storages["default"]
    names = photo_names(apps) + stored_names(public, PENDING_IMAGES)
    move_files(names, public, private_storage())


def move_photos_back(apps, schema_editor):
    private = private_storage()
    names = photo_names(apps) + stored_names(private, PENDING_IMAGES)
    move_files(names, private, storages["default"])


def record_who_did_each_event(apps, schema_editor):
    """Events logged with "by" (a member admin's action on a colleague) were done by that
    address's account; the others by the account itself."""
    events = apps.get_model("extranet", "SecurityEvent").objects.filter(user__isnull=False)
    events.exclude(details__has_key="by").update(actor=F("user"))
    users = apps.get_model(*settings.AUTH_USER_MODEL.split(".")).objects
    for event in events.filter(details__has_key="by"):
        event.actor = users.filter(email__iexact=str(event.details["by"])).first()
        event.save(update_fields=["actor"])


def clear_contact_emails_nobody_entered(apps, schema_editor):
    """Joining used to copy the sign-in address into the contact e-mail shown to members; a
    profile not saved since (updated when created) never had the person agree to that."""
    profiles = apps.get_model("extranet", "Profile").objects.exclude(contact_email="")
    for profile in profiles.select_related("user"):
        unchanged = profile.updated_at - profile.created_at < datetime.timedelta(seconds=1)
        if unchanged and profile.contact_email.lower() == profile.user.email.lower():
            profile.contact_email = ""
            profile.save(update_fields=["contact_email"])


def name_accounts_after_profiles(apps, schema_editor):
    profiles = apps.get_model("extranet", "Profile").objects.filter(
        closed_at__isnull=True, user__first_name="", user__last_name=""
    )
    for profile in profiles.select_related("user").exclude(name=""):
        profile.user.first_name = profile.name[:150]
        profile.user.save(update_fields=["first_name"])


class Migration(migrations.Migration):

    dependencies = [
        ('extranet', '0004_move_publicprofilechange'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='securityevent',
            name='actor',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='done by'),
        ),
        migrations.AlterField(
            model_name='profile',
            name='photo',
            field=models.ImageField(blank=True, storage=foundation.private_files.private_storage, upload_to=extranet.core.models.PrivateFileName('photos'), verbose_name='photo'),
        ),
        migrations.RunPython(move_photos_to_private_storage, move_photos_back),
        migrations.RunPython(record_who_did_each_event, migrations.RunPython.noop),
        migrations.RunPython(name_accounts_after_profiles, migrations.RunPython.noop),
        migrations.RunPython(clear_contact_emails_nobody_entered, migrations.RunPython.noop),
    ]
