from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Locale, Page, Site

from home.models import HomePage

HOME_TITLE = "Smart sustainable cities for all"
HOME_INTRODUCTION = (
    "WeGO is an international association of city and local governments, smart technology "
    "companies and institutions that work together so that cities become smarter, more "
    "sustainable and more people-centred."
)


class Command(BaseCommand):
    help = (
        "Create the site's initial content. Safe to run again: existing content is left as it "
        "is and nothing is duplicated."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            created_locales = self.ensure_locales()
            home, home_created = self.ensure_home_page()
            self.ensure_site(home)

        self.stdout.write(f"Locales: {created_locales} created")
        self.stdout.write(f"Home page: {'created' if home_created else 'already there'}")
        self.stdout.write("Updating the search index…")
        call_command("update_index", stdout=self.stdout, stderr=self.stderr)
        self.stdout.write(self.style.SUCCESS("Initial content is in place."))

    def ensure_locales(self):
        created = 0
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
            _locale, was_created = Locale.objects.get_or_create(language_code=code)
            created += was_created
        return created

    def ensure_home_page(self):
        english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        home = HomePage.objects.filter(locale=english).first()
        if home:
            return home, False
        root = Page.get_first_root_node()
        # Wagtail's own migrations start the tree with a placeholder welcome page whose slug
        # the home page needs; it is replaced as long as nobody has built on it.
        for placeholder in root.get_children().filter(slug="home"):
            if placeholder.specific_class is Page and not placeholder.get_children().exists():
                placeholder.delete()
        home = HomePage(
            title=HOME_TITLE, slug="home", introduction=HOME_INTRODUCTION, locale=english
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        return home, True

    def ensure_site(self, home):
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "WeGO"},
        )
