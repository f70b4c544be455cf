"""Template tags every page uses: its meta data, its other languages, links in the visitor's
language."""

import json

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from foundation import translations
from foundation.addresses import absolute_url as site_absolute_url
from foundation.models import SiteSettings, live_public_pages
from foundation.phones import e164

register = template.Library()

# What must not appear raw inside <script>: closing tags and HTML comment openers.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter
def localized(pages):
    """{% for program in page.related_programs|live_pages|localized %}: in the visitor's
    language."""
    return translations.localized(pages)


@register.filter
def live_pages(relation):
    """{% for program in page.related_programs|live_pages %}: the related pages visitors may
    open, in previews too. (`.live` on the relation fails there: see live_public_pages.)"""
    return live_public_pages(relation)


@register.filter
def tel_href(number):
    """{{ contact.phone|tel_href }}: "tel:+82221335463", or "" for a number not written in
    international form (it is shown without a link)."""
    number = e164(number)
    return f"tel:{number}" if number else ""


@register.simple_tag(takes_context=True)
def absolute_url(context, location):
    """{% absolute_url page_url %}: the address with the site's host (foundation.addresses)."""
    return site_absolute_url(location, context.get("request"))


@register.simple_tag(takes_context=True)
def language_links(context):
    return translations.language_links(context["request"], context.get("page"))


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
    canonical_url = site_absolute_url(request.path, request)
    meta = {
        "canonical_url": canonical_url,
        "og_locale": translation.to_locale(translation.get_language() or settings.LANGUAGE_CODE),
        "x_handle": SiteSettings.load(request_or_site=request).x_handle,
        "og_type": "website",
    }
    if page is None or not hasattr(page, "get_meta_description"):
        return {**meta, "title": context.get("meta_title", "WeGO")}
    described = {
        "title": page.seo_title or page.title,
        "description": page.get_meta_description() or "",
        "og_type": page.og_type,
        "image_url": page.get_social_image_url(request),
        "json_ld": page.get_json_ld(request),
    }
    # What a page serves below its own address (a member's profile) describes itself.
    described.update(context.get("subpage_meta") or {})
    return {
        **meta,
        **described,
        "description": Truncator(described["description"]).chars(300),
        "json_ld": json_ld_script(described["json_ld"]),
    }
