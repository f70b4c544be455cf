"""PublicProfileChange moves here from the core (label "extranet"), with its rows.

The model is created in the migration state only: its table exists since extranet 0001/0003.
The table is then renamed to this app's default name, rather than kept with a db_table
option: a table named after the app that owns it needs no explanation later, and a rename
is cheap (no row is copied). The content type follows the model, so that its permissions
and the admin's log entries stay attached; extranet 0004 removes the model from the core's
state."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

import extranet.core.models

OLD_TABLE = "extranet_publicprofilechange"
MODEL = "publicprofilechange"


def move_content_type(apps, from_label, to_label):
    ContentType = apps.get_model("contenttypes", "ContentType")
    # A row under the new label may exist already (created by a migrate that stopped half
    # way); the old row, with the permissions attached to it, is the one to keep.
    if ContentType.objects.filter(app_label=from_label, model=MODEL).exists():
        ContentType.objects.filter(app_label=to_label, model=MODEL).delete()
        ContentType.objects.filter(app_label=from_label, model=MODEL).update(app_label=to_label)


def forwards(apps, schema_editor):
    move_content_type(apps, "extranet", "nexus_profile_changes")


def backwards(apps, schema_editor):
    move_content_type(apps, "nexus_profile_changes", "extranet")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("extranet", "0003_proposed_logo"),
        ("members", "0002_membercontact"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="PublicProfileChange",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "description",
                            models.TextField(
                                blank=True, max_length=3000, verbose_name="public description"
                            ),
                        ),
                        ("website", models.URLField(blank=True, verbose_name="website")),
                        (
                            "logo",
                            models.ImageField(
                                blank=True,
                                upload_to=extranet.core.models.PrivateFileName("proposed-logos"),
                                verbose_name="new logo",
                            ),
                        ),
                        (
                            "submitted_at",
                            models.DateTimeField(auto_now_add=True, verbose_name="submitted"),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("pending", "Waiting for the secretariat"),
                                    ("approved", "Approved"),
                                    ("rejected", "Not approved"),
                                ],
                                default="pending",
                                max_length=20,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "reviewed_at",
                            models.DateTimeField(blank=True, null=True, verbose_name="reviewed"),
                        ),
                        (
                            "review_note",
                            models.TextField(
                                blank=True,
                                help_text="Why, if not approved.",
                                max_length=1000,
                                verbose_name="note to the member",
                            ),
                        ),
                        (
                            "member",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="proposed_changes",
                                to="members.member",
                                verbose_name="member",
                            ),
                        ),
                        (
                            "reviewed_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "submitted_by",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "public profile change",
                        "ordering": ["-submitted_at"],
                        "db_table": OLD_TABLE,
                    },
                ),
            ],
        ),
        # To this app's default table name (see the docstring).
        migrations.AlterModelTable(name="publicprofilechange", table=None),
        migrations.RunPython(forwards, backwards),
    ]
