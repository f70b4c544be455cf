"""The site settings and the people snippets move here from the home app, rows and all."""

import uuid

import django.db.models.deletion
import modelsearch.index
import wagtail.models.preview
from django.db import migrations, models

from foundation.moves import move_content_type


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("home", "0004_communications_workflow"),
        ("wagtailcore", "0096_referenceindex_referenceindex_source_object_and_more"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="SiteSettings",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("x_handle", models.CharField(blank=True, help_text="Without the @.", max_length=40, verbose_name="X (Twitter) handle")),
                        ("x_url", models.URLField(blank=True, verbose_name="X (Twitter) address")),
                        ("linkedin_url", models.URLField(blank=True, verbose_name="LinkedIn address")),
                        ("youtube_url", models.URLField(blank=True, verbose_name="YouTube address")),
                        ("facebook_url", models.URLField(blank=True, verbose_name="Facebook address")),
                        ("instagram_url", models.URLField(blank=True, verbose_name="Instagram address")),
                        ("default_social_image", models.ForeignKey(blank=True, help_text="Used when a page has no image of its own (1200×630 pixels).", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to="wagtailimages.image", verbose_name="default social media image")),
                    ],
                    options={"verbose_name": "site settings", "db_table": "home_sitesettings"},
                ),
                migrations.CreateModel(
                    name="Person",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                        ("name", models.CharField(max_length=120, verbose_name="name")),
                        ("position", models.CharField(help_text="E.g. Professor, or Head of Programmes.", max_length=160, verbose_name="position")),
                        ("organisation", models.CharField(blank=True, help_text="E.g. Korea University.", max_length=160, verbose_name="organisation")),
                        ("team", models.CharField(choices=[("secretariat", "Secretariat"), ("advisory_board", "Advisory board"), ("other", "Other")], default="other", help_text="Groups people on the governance and contact pages.", max_length=20, verbose_name="team")),
                        ("biography", models.TextField(blank=True, max_length=1200, verbose_name="short biography")),
                        ("email", models.EmailField(blank=True, help_text="Only if this person may be contacted publicly.", max_length=254, verbose_name="public e-mail")),
                        ("sort_order", models.PositiveSmallIntegerField(default=100, help_text="Lower numbers come first within a team.", verbose_name="order")),
                        ("locale", models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name="+", to="wagtailcore.locale", verbose_name="locale")),
                        ("photo", models.ForeignKey(blank=True, help_text="A portrait; set the focal point on the face.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to="wagtailimages.image", verbose_name="photo")),
                    ],
                    options={
                        "verbose_name": "person",
                        "verbose_name_plural": "people",
                        "ordering": ["sort_order", "name"],
                        "abstract": False,
                        "unique_together": {("translation_key", "locale")},
                        "db_table": "home_person",
                    },
                    bases=(wagtail.models.preview.PreviewableMixin, modelsearch.index.Indexed, models.Model),
                ),
            ],
            database_operations=[],
        ),
        # The tables take their new app's name; their rows stay as they are.
        migrations.AlterModelTable(name="sitesettings", table=None),
        migrations.AlterModelTable(name="person", table=None),
        move_content_type("sitesettings", "home", "foundation"),
        move_content_type("person", "home", "foundation"),
    ]
