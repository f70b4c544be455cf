import uuid

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from foundation.translatable_children import make_translatable


def label_existing_tags(apps, schema_editor):
    """The tags given to articles so far get their English label, which translators translate."""
    Locale = apps.get_model("wagtailcore", "Locale")
    NewsArticleTag = apps.get_model("news", "NewsArticleTag")
    TagLabel = apps.get_model("news", "TagLabel")
    default = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    if default is None:
        return
    tags = NewsArticleTag.objects.values_list("tag_id", "tag__name").distinct()
    TagLabel.objects.bulk_create(
        TagLabel(tag_id=tag_id, label=name, locale=default, translation_key=uuid.uuid4())
        for tag_id, name in tags
    )


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0007_media_contact_phone_in_international_form"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        *make_translatable("articledownload", "page", app_label="news"),
        migrations.AlterModelOptions(
            name="articledownload",
            options={"ordering": ["sort_order"], "verbose_name": "download"},
        ),
        migrations.CreateModel(
            name="TagLabel",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                ("label", models.CharField(max_length=100, verbose_name="label")),
                (
                    "locale",
                    models.ForeignKey(
                        editable=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="wagtailcore.locale",
                        verbose_name="locale",
                    ),
                ),
                (
                    "tag",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="taggit.tag",
                        verbose_name="tag",
                    ),
                ),
            ],
            options={
                "verbose_name": "tag label",
                "ordering": ["label"],
                "abstract": False,
                "constraints": [
                    models.UniqueConstraint(
                        fields=("tag", "locale"), name="one_label_per_tag_and_locale"
                    )
                ],
                "unique_together": {("translation_key", "locale")},
            },
        ),
        migrations.RunPython(label_existing_tags, migrations.RunPython.noop),
    ]
