from django.db import models
from django.utils.translation import gettext_lazy as _
from modelsearch import index
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from search.indexing import PublicPageIndexMixin


class HomePage(PublicPageIndexMixin, Page):
    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences under the site title that say what WeGO is."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
