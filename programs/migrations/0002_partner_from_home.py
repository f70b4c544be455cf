"""Partners move here from the home app, rows and all: they support programmes, and the home
page, which shows them, builds on this app rather than the other way round."""

import django.db.models.deletion
import modelcluster.fields
import modelsearch.index
import wagtail.fields
from django.db import migrations, models

from foundation.moves import move_content_type


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("foundation", "0001_initial"),
        ("home", "0004_communications_workflow"),
        ("programs", "0001_initial"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Partner",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("name", models.CharField(max_length=160, unique=True, verbose_name="name")),
                        ("kind", models.CharField(choices=[("university", "University or research centre"), ("institution", "Institution or international organisation"), ("corporation", "Company")], max_length=20, verbose_name="kind")),
                        ("website", models.URLField(blank=True, verbose_name="website")),
                        ("show_on_home_page", models.BooleanField(default=True, verbose_name="show on the home page")),
                        ("sort_order", models.PositiveSmallIntegerField(default=100, verbose_name="order")),
                        ("logo", models.ForeignKey(blank=True, help_text="Without a logo, the name is shown.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to="wagtailimages.image", verbose_name="logo")),
                    ],
                    options={"verbose_name": "partner", "ordering": ["sort_order", "name"], "db_table": "home_partner"},
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
                # The join table and its column stay; only the model they point to moves.
                migrations.AlterField(
                    model_name="programpage",
                    name="partners",
                    field=modelcluster.fields.ParentalManyToManyField(blank=True, related_name="programs", to="programs.partner", verbose_name="partners"),
                ),
            ],
            database_operations=[],
        ),
        migrations.AlterModelTable(name="partner", table=None),
        move_content_type("partner", "home", "programs"),
        migrations.AlterField(
            model_name="programindexpage",
            name="introduction",
            field=models.TextField(blank=True, help_text="A short paragraph shown under the title.", verbose_name="introduction"),
        ),
        migrations.AlterField(
            model_name="programpage",
            name="body",
            field=wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 7), ('quote', 11), ('key_figures', 17), ('documents', 22), ('call_to_action', 29), ('timeline', 34), ('people', 37), ('video', 41), ('feasibility_studies', 44)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 120}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Section (h2)'), ('h3', 'Subsection (h3)')], 'help_text': 'Use a subsection only inside a section, so screen readers follow the outline.', 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['h3', 'h4', 'bold', 'italic', 'link', 'document-link', 'ol', 'ul'], 'label': 'Text', 'template': 'blocks/paragraph_block.html'}), 4: ('wagtail.images.blocks.ImageChooserBlock', (), {'help_text': "Set the image's focal point in the image library so crops keep the subject.", 'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'label': 'Caption', 'max_length': 250, 'required': False}), 6: ('wagtail.blocks.CharBlock', (), {'help_text': 'Photographer or source, shown after the caption.', 'label': 'Credit', 'max_length': 120, 'required': False}), 7: ('wagtail.blocks.StructBlock', [[('image', 4), ('caption', 5), ('credit', 6)]], {}), 8: ('wagtail.blocks.TextBlock', (), {'label': 'Quote'}), 9: ('wagtail.blocks.CharBlock', (), {'label': 'Who said it', 'max_length': 120, 'required': False}), 10: ('wagtail.blocks.CharBlock', (), {'help_text': 'E.g. Secretary General of WeGO.', 'label': 'Their role', 'max_length': 160, 'required': False}), 11: ('wagtail.blocks.StructBlock', [[('quote', 8), ('attribution', 9), ('role', 10)]], {}), 12: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 120, 'required': False}), 13: ('wagtail.blocks.CharBlock', (), {'help_text': 'E.g. 160 or 15 weeks.', 'label': 'Figure', 'max_length': 20}), 14: ('wagtail.blocks.CharBlock', (), {'label': 'What it counts', 'max_length': 80}), 15: ('wagtail.blocks.StructBlock', [[('figure', 13), ('label', 14)]], {}), 16: ('wagtail.blocks.ListBlock', (15,), {'label': 'Figures', 'max_num': 6, 'min_num': 1}), 17: ('wagtail.blocks.StructBlock', [[('heading', 12), ('figures', 16)]], {}), 18: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 19: ('wagtail.blocks.CharBlock', (), {'help_text': "Leave empty to use the document's title.", 'label': 'Link text', 'max_length': 160, 'required': False}), 20: ('wagtail.blocks.StructBlock', [[('document', 18), ('title', 19)]], {}), 21: ('wagtail.blocks.ListBlock', (20,), {'label': 'Documents', 'min_num': 1}), 22: ('wagtail.blocks.StructBlock', [[('heading', 12), ('documents', 21)]], {}), 23: ('wagtail.blocks.CharBlock', (), {'label': 'Title', 'max_length': 120}), 24: ('wagtail.blocks.TextBlock', (), {'label': 'Text', 'required': False}), 25: ('wagtail.blocks.CharBlock', (), {'label': 'Button label', 'max_length': 60}), 26: ('wagtail.blocks.PageChooserBlock', (), {'label': 'Page of this site', 'required': False}), 27: ('wagtail.blocks.URLBlock', (), {'label': 'Or another address', 'required': False}), 28: ('wagtail.blocks.StructBlock', [[('page', 26), ('url', 27)]], {'label': 'Where the button leads'}), 29: ('wagtail.blocks.StructBlock', [[('title', 23), ('text', 24), ('button_label', 25), ('link', 28)]], {}), 30: ('wagtail.blocks.CharBlock', (), {'help_text': 'E.g. March–June 2023.', 'label': 'When', 'max_length': 60}), 31: ('wagtail.blocks.TextBlock', (), {'label': 'Description', 'required': False}), 32: ('wagtail.blocks.StructBlock', [[('when', 30), ('title', 23), ('description', 31)]], {}), 33: ('wagtail.blocks.ListBlock', (32,), {'label': 'Entries', 'min_num': 1}), 34: ('wagtail.blocks.StructBlock', [[('heading', 12), ('entries', 33)]], {}), 35: ('wagtail.snippets.blocks.SnippetChooserBlock', ('foundation.Person',), {}), 36: ('wagtail.blocks.ListBlock', (35,), {'label': 'People', 'min_num': 1}), 37: ('wagtail.blocks.StructBlock', [[('heading', 12), ('people', 36)]], {}), 38: ('wagtail.blocks.URLBlock', (), {'help_text': 'E.g. a YouTube or Vimeo address.', 'label': 'Video address'}), 39: ('wagtail.blocks.CharBlock', (), {'label': 'Title', 'max_length': 160}), 40: ('wagtail.blocks.TextBlock', (), {'help_text': 'For people who cannot watch or hear the video.', 'label': 'Transcript or summary', 'required': False}), 41: ('wagtail.blocks.StructBlock', [[('url', 38), ('title', 39), ('transcript', 40)]], {}), 42: ('wagtail.blocks.IntegerBlock', (), {'label': 'From year', 'min_value': 2000, 'required': False}), 43: ('wagtail.blocks.IntegerBlock', (), {'label': 'To year', 'min_value': 2000, 'required': False}), 44: ('wagtail.blocks.StructBlock', [[('heading', 12), ('from_year', 42), ('to_year', 43)]], {})}, verbose_name='body'),
        ),
    ]
