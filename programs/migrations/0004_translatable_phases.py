from django.db import migrations

from foundation.translatable_children import make_translatable


class Migration(migrations.Migration):
    dependencies = [
        ("programs", "0003_listing_image"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        *make_translatable("programphase", "page", app_label="programs"),
        migrations.AlterModelOptions(
            name="programphase",
            options={"ordering": ["sort_order"], "verbose_name": "phase"},
        ),
    ]
