"""The main menu, the footer menu and the footer's contact details."""

from home.models import FooterContent, MenuLocation, NavigationMenu, NavigationMenuItem

from .text import Text, english, p

FOOTER = {
    "contact_heading": Text("Contact", ko="연락처", es="Contacto"),
    "address": p(
        Text(
            "WeGO Secretariat<br/>Seoul, Republic of Korea",
            ko="WeGO 사무국<br/>대한민국 서울",
            es="Secretaría de WeGO<br/>Seúl, República de Corea",
        )
    ),
}
# In Korean and Spanish, with the main pages.
TRANSLATED_TEXTS = [FOOTER]


def ensure_menus(locale, main_pages, footer_pages):
    for location, pages in ((MenuLocation.MAIN, main_pages), (MenuLocation.FOOTER, footer_pages)):
        menu, created = NavigationMenu.objects.get_or_create(location=location, locale=locale)
        if created:
            for order, page in enumerate(pages):
                NavigationMenuItem.objects.create(menu=menu, page=page, sort_order=order)


def ensure_footer(locale):
    FooterContent.objects.get_or_create(locale=locale, defaults=english(FOOTER))


def translated_snippets(locale):
    """The menus and the footer in `locale`: translated with the main pages."""
    return [
        *NavigationMenu.objects.filter(locale=locale),
        *FooterContent.objects.filter(locale=locale),
    ]
