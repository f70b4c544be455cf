"""Moving a model from one app to another without touching its rows: migrations declare the
model in its new app (state only), rename its table, and hand its content type over, so that
permissions, revisions, translations and log entries follow it."""

from django.db import migrations


def move_content_type(model_name, from_app, to_app):
    """A migration operation that gives the model's content type to its new app."""

    def forward(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        old = ContentType.objects.filter(app_label=from_app, model=model_name).first()
        if old is None:
            return  # never created: Django creates the new one after migrating
        # A content type under the new label can only have been created by an earlier, partial
        # run, before anything referred to it.
        ContentType.objects.filter(app_label=to_app, model=model_name).delete()
        old.app_label = to_app
        old.save(update_fields=["app_label"])

    def backward(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        ContentType.objects.filter(app_label=from_app, model=model_name).delete()
        ContentType.objects.filter(app_label=to_app, model=model_name).update(app_label=from_app)

    return migrations.RunPython(forward, backward, elidable=False)
