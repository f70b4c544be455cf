from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Locale, Site

from foundation.search_index import deferred_indexing
from home.initial_content import site as site_content
from home.initial_content.events import ensure_events
from home.initial_content.news import ensure_media_contact, ensure_news
from home.initial_content.programs import ensure_feasibility_studies, ensure_programs
from home.models import HomePage
from members.models import GovernancePage, MemberDirectoryPage

MEMBER_DATA = Path(settings.BASE_DIR) / "members" / "data"


class Command(BaseCommand):
    help = (
        "Build the site's initial content: pages, people, partners, menus, members and their "
        "roles. Safe to run again: what exists is left as it is and nothing is duplicated. "
        "Re-indexes search at the end."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--skip-locate",
            action="store_true",
            help="Do not propose member coordinates from the gazetteer (faster).",
        )

    def handle(self, *args, skip_locate=False, **options):
        steps = [
            ("Member organisations", self.import_members),
            ("Pages, people and menus", self.build_site),
        ]
        if not skip_locate:
            steps.append(
                ("Member coordinates", lambda: call_command("locate_members", stdout=self.stdout))
            )
        with deferred_indexing():
            for number, (title, step) in enumerate(steps, start=1):
                self.stdout.write(
                    self.style.MIGRATE_HEADING(f"[{number}/{len(steps) + 1}] {title}")
                )
                step()
        self.stdout.write(
            self.style.MIGRATE_HEADING(f"[{len(steps) + 1}/{len(steps) + 1}] Search index")
        )
        call_command("update_index", stdout=self.stdout, stderr=self.stderr)
        self.stdout.write(self.style.SUCCESS("Initial content is in place."))

    def import_members(self):
        call_command("import_members", str(MEMBER_DATA / "members.csv"), stdout=self.stdout)
        call_command("import_governance", str(MEMBER_DATA / "governance.csv"), stdout=self.stdout)

    @transaction.atomic
    def build_site(self):
        created_locales = 0
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
            created_locales += Locale.objects.get_or_create(language_code=code)[1]
        locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)

        home, home_created = site_content.ensure_home_page(locale)
        self.ensure_default_site(home)
        partners = site_content.ensure_partners()
        people = site_content.ensure_people(locale)
        site_content.ensure_site_settings(site_content.ensure_default_social_image())
        contact = ensure_media_contact(locale)

        program_index, programs = ensure_programs(home)
        studies = ensure_feasibility_studies()
        news_index, articles = ensure_news(home, programs, contact)
        events_index = ensure_events(home, programs)
        directory, _created = site_content.ensure_page(
            home,
            MemberDirectoryPage,
            "members",
            title="Members",
            introduction=(
                "City and local governments, companies and institutions from five regions. "
                "Filter the list and the map by region, country, type or role."
            ),
        )
        about, _secretariat = site_content.ensure_about_pages(home, people)
        governance, _created = site_content.ensure_page(
            about,
            GovernancePage,
            "governance",
            title="Governance",
            introduction=(
                "WeGO is led by its president city, its vice-president cities and an executive "
                "committee of member cities, with regional offices hosted by members. An "
                "advisory board of experts counsels the organisation."
            ),
            body=[
                site_content.people_block(
                    people,
                    [name for name, *_rest in site_content.ADVISORY_BOARD],
                    "Advisory board",
                ),
            ],
        )
        site_content.ensure_menus(
            locale,
            main_pages=[news_index, events_index, program_index, directory, about],
            footer_pages=[about, governance, news_index],
        )
        site_content.ensure_footer(locale)
        if home_created:
            self.feature_on_home_page(home, articles["release"], programs)
        translations = site_content.ensure_translations(locale)

        self.stdout.write(
            f"Locales: {created_locales} created. Home page: "
            f"{'created' if home_created else 'kept'}. Partners: {partners} created. "
            f"Feasibility studies: {studies} created. Translations: {translations} created."
        )

    def ensure_default_site(self, home):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            # The address used in absolute links (feeds, sitemap, calendar files) until editors
            # set the real one under Settings → Sites.
            address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
            Site.objects.create(
                is_default_site=True,
                hostname=address.hostname,
                port=address.port or (443 if address.scheme == "https" else 80),
                root_page=home,
                site_name="WeGO",
            )
        elif (
            site.root_page_id != home.pk
            and not HomePage.objects.filter(pk=site.root_page_id).exists()
        ):
            site.root_page = home
            site.save()

    def feature_on_home_page(self, home, lead_story, programs):
        home = HomePage.objects.get(pk=home.pk)
        home.lead_story = lead_story
        home.featured_programs.set(
            [
                home.featured_programs.model(program=programs[key], sort_order=order)
                for order, key in enumerate(["champions", "index", "nexus", "driver"])
            ]
        )
        home.save_revision().publish()
