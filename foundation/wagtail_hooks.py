from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.menu import MenuItem

from .translation_report import TranslationOverview


@hooks.register("register_admin_urls")
def translation_overview_urls():
    return [
        path("translations/", TranslationOverview.as_view(), name="translation_overview"),
        path(
            "translations/results/",
            TranslationOverview.as_view(results_only=True),
            name="translation_overview_results",
        ),
    ]


@hooks.register("insert_global_admin_css")
def admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


class TranslationOverviewMenuItem(MenuItem):
    def is_shown(self, request):
        return user_has_any_page_permission(request.user)


@hooks.register("register_reports_menu_item")
def translation_overview_menu_item():
    return TranslationOverviewMenuItem(
        _("Translations"),
        reverse("translation_overview"),
        name="translation-overview",
        icon_name="site",
        order=650,
    )


@hooks.register("construct_reports_menu")
def hide_wagtail_localize_report(request, menu_items):
    """The overview replaces wagtail-localize's report of the same name."""
    replaced = reverse("wagtail_localize:translations_report")
    menu_items[:] = [item for item in menu_items if item.url != replaced]
