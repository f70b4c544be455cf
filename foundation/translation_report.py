"""The translation overview in the admin (Reports → Translations): every translatable page
and snippet × the site's languages, filtered by type, language and state, with links to
translate, sync or edit. It replaces wagtail-localize's own report, which lists translations
only and calls nearly all of them "waiting"."""

import django_filters
from django.core.exceptions import PermissionDenied
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BaseColumn, Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page, get_page_models

from .translation_overview import State, overview_rows, site_locales, translatable_snippet_models

STATE_FILTER_CHOICES = [(state.value, state.label) for state in State if state != State.ORIGINAL]


def type_choices(request):
    models = [
        model for model in get_page_models() if model._meta.model_name != "page"
    ] + translatable_snippet_models(request.user)
    return sorted(
        ((model._meta.label_lower, capfirst(model._meta.verbose_name)) for model in models),
        key=lambda choice: choice[1],
    )


def language_choices():
    return [(locale.language_code, locale.get_display_name()) for locale in site_locales()]


class TranslationOverviewFilterSet(WagtailFilterSet):
    title = django_filters.CharFilter(label=_("Title contains"))
    type = django_filters.ChoiceFilter(label=_("Type"), empty_label=_("All types"))
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=language_choices, empty_label=_("All languages")
    )
    state = django_filters.ChoiceFilter(
        label=_("State"), choices=STATE_FILTER_CHOICES, empty_label=_("Any state")
    )

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        self.filters["type"].extra["choices"] = type_choices(request)


class LanguageColumn(BaseColumn):
    cell_template_name = "foundation/admin/translation_state_cell.html"

    def __init__(self, language_code, label):
        super().__init__(
            f"language_{language_code}", label=label, classname="translation-overview__language"
        )
        self.language_code = language_code

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["cell"] = instance.cells.get(self.language_code)
        return context


class TranslationOverview(ReportView):
    page_title = _("Translations")
    header_icon = "site"
    index_url_name = "translation_overview"
    index_results_url_name = "translation_overview_results"
    filterset_class = TranslationOverviewFilterSet
    template_name = "wagtailadmin/reports/base_report.html"
    results_template_name = "foundation/admin/translation_overview_results.html"
    verbose_name = _("translatable item")
    verbose_name_plural = _("translatable items")

    def dispatch(self, request, *args, **kwargs):
        # Whoever edits or translates pages: the same people as the pages' explorer.
        if not user_has_any_page_permission(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filterset_kwargs(self):
        # The form is all that is used of the filter set: the rows are filtered below, in
        # Python, since they are no queryset.
        return {**super().get_filterset_kwargs(), "queryset": Page.objects.none()}

    def get_queryset(self):
        return overview_rows(self.request.user, back_url=self.request.get_full_path())

    @cached_property
    def chosen(self):
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data
        return {}

    def filter_queryset(self, rows):
        title = (self.chosen.get("title") or "").casefold()
        model_label = self.chosen.get("type")
        language = self.chosen.get("language")
        state = self.chosen.get("state")
        if title:
            rows = [row for row in rows if title in row.title.casefold()]
        if model_label:
            rows = [row for row in rows if row.model_label == model_label]
        if state:
            languages = [language] if language else None
            rows = [
                row
                for row in rows
                if any(
                    cell.state == state
                    for code, cell in row.cells.items()
                    if languages is None or code in languages
                )
            ]
        return rows

    @cached_property
    def columns(self):
        language = self.chosen.get("language")
        return [
            TitleColumn(
                "title",
                label=_("Title"),
                get_url=lambda row: row.edit_url,
                classname="translation-overview__title",
            ),
            Column("kind", label=_("Type")),
            *(
                LanguageColumn(code, name)
                for code, name in language_choices()
                if not language or code == language
            ),
        ]
