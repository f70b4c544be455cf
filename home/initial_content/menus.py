"""The main menu, the footer menu and the footer's contact details."""

from home.models import FooterContent, MenuLocation, NavigationMenu, NavigationMenuItem

FOOTER = {
    "contact_heading": "Contact",
    "address": "<p>WeGO Secretariat<br>Seoul, Republic of Korea</p>",
}


def ensure_menus(locale, main_pages, footer_pages):
    for location, pages in ((MenuLocation.MAIN, main_pages), (MenuLocation.FOOTER, footer_pages)):
        menu, created = NavigationMenu.objects.get_or_create(location=location, locale=locale)
        if created:
            for order, page in enumerate(pages):
                NavigationMenuItem.objects.create(menu=menu, page=page, sort_order=order)


def ensure_footer(locale):
    FooterContent.objects.get_or_create(locale=locale, defaults=FOOTER)


def translated_snippets(locale):
    """The menus and the footer in `locale`: translated with the main pages."""
    return [
        *NavigationMenu.objects.filter(locale=locale),
        *FooterContent.objects.filter(locale=locale),
    ]
