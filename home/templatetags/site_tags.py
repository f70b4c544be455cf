"""The site's menus and footer, in the visitor's language."""

from django import template

from foundation.locales import for_active_locale, language_of
from foundation.translations import localized
from home.models import FooterContent, MenuLocation, NavigationMenu

register = template.Library()


@register.inclusion_tag("includes/navigation_menu.html", takes_context=True)
def navigation_menu(context, location=MenuLocation.MAIN):
    menu = for_active_locale(NavigationMenu.objects.filter(location=location))
    items = list(menu.items.select_related("page")) if menu else []
    linked = [item for item in items if item.page_id]
    pages = dict(
        zip(
            [item.pk for item in linked],
            localized([item.page for item in linked], specific=False),
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
                # Either may be in another language: the menu's or the page's fallback.
                "language": language_of(menu if item.label else page),
                "url": page.get_url(request) if page else item.url,
                "current": bool(current and page and current.path.startswith(page.path)),
            }
        )
    return {"location": location, "items": links}


@register.simple_tag
def footer_content():
    return for_active_locale(FooterContent.objects.all())
