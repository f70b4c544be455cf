"""Making an existing inline model (a page's downloads, a menu's links) translatable, in a
migration, with its rows: wagtail-localize translates the inline objects of a page or a
snippet only when they are translatable themselves (TranslatableMixin)."""

import uuid

import django.db.models.deletion
from django.db import migrations, models


def make_translatable(model_name, parent_field, app_label):
    """The migration operations that add TranslatableMixin's fields to the model: each row gets
    a translation key of its own and the locale of its parent (`parent_field`)."""

    def fill(apps, schema_editor):
        model = apps.get_model(app_label, model_name)
        for child in model.objects.select_related(parent_field).iterator():
            child.translation_key = uuid.uuid4()
            child.locale_id = getattr(child, parent_field).locale_id
            child.save(update_fields=["translation_key", "locale"])
        if schema_editor.connection.vendor == "postgresql":
            # PostgreSQL checks the new foreign keys when the transaction ends, and refuses to
            # alter a table with checks pending: run them now.
            schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")

    def locale(null):
        return models.ForeignKey(
            editable=False,
            null=null,
            on_delete=django.db.models.deletion.PROTECT,
            related_name="+",
            to="wagtailcore.locale",
            verbose_name="locale",
        )

    def translation_key(null):
        return models.UUIDField(default=None if null else uuid.uuid4, editable=False, null=null)

    return [
        migrations.AddField(model_name, "translation_key", translation_key(null=True)),
        migrations.AddField(model_name, "locale", locale(null=True)),
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.AlterField(model_name, "translation_key", translation_key(null=False)),
        migrations.AlterField(model_name, "locale", locale(null=False)),
        migrations.AlterUniqueTogether(model_name, {("translation_key", "locale")}),
    ]
