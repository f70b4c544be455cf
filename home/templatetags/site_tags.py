import json

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from home import translations
from home.locales import active_locale
from home.models import FooterContent, MenuLocation, NavigationMenu, SiteSettings

register = template.Library()

# What must not appear raw inside <script>: closing tags and HTML comment openers.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def for_active_locale(queryset):
    """The translation for the visitor's language, or the default language's when there is none.
    Translatable snippets are always looked up this way."""
    active = active_locale()
    candidates = queryset.filter(
        locale__language_code__in={active.language_code, settings.LANGUAGE_CODE}
    )
    found = {item.locale_id: item for item in candidates}
    return found.get(active.pk) or next(iter(found.values()), None)


@register.inclusion_tag("includes/navigation_menu.html", takes_context=True)
def navigation_menu(context, location=MenuLocation.MAIN):
    menu = for_active_locale(NavigationMenu.objects.filter(location=location))
    items = list(menu.items.select_related("page")) if menu else []
    linked = [item for item in items if item.page_id]
    pages = dict(
        zip(
            [item.pk for item in linked],
            translations.localized([item.page for item in linked], specific=False),
            strict=True,
        )
    )
    request = context.get("request")
    current = context.get("page")
    links = []
    for item in items:
        page = pages.get(item.pk)
        if page is not None and not page.live:
            continue
        links.append(
            {
                # A label typed in the menu wins; otherwise the page's title in this language.
                "text": item.label or page.title,
                "url": page.get_url(request) if page else item.url,
                "current": bool(current and page and current.path.startswith(page.path)),
            }
        )
    return {"location": location, "items": links}


@register.filter
def localized(pages):
    """{% for program in page.related_programs.live|localized %}: in the visitor's language."""
    return translations.localized(pages)


@register.simple_tag(takes_context=True)
def language_links(context):
    return translations.language_links(context["request"], context.get("page"))


@register.simple_tag
def footer_content():
    return for_active_locale(FooterContent.objects.all())


def json_ld_script(data):
    if not data:
        return ""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(
        JSON_SCRIPT_ESCAPES
    )
    # Safe: the JSON is escaped above for use inside <script>.
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


@register.inclusion_tag("includes/page_meta.html", takes_context=True)
def page_meta(context):
    """Canonical address, description, Open Graph and X cards, and schema.org data."""
    request = context["request"]
    page = context.get("page")
    canonical_url = request.build_absolute_uri(request.path)
    meta = {
        "canonical_url": canonical_url,
        "og_locale": translation.to_locale(translation.get_language() or settings.LANGUAGE_CODE),
        "x_handle": SiteSettings.load(request_or_site=request).x_handle,
        "og_type": "website",
    }
    if page is None or not hasattr(page, "get_meta_description"):
        return {**meta, "title": context.get("meta_title", "WeGO")}
    description = page.get_meta_description() or ""
    return {
        **meta,
        "title": page.seo_title or page.title,
        "description": Truncator(description).chars(300),
        "og_type": page.og_type,
        "image_url": page.get_social_image_url(request),
        "json_ld": json_ld_script(page.get_json_ld(request)),
    }
