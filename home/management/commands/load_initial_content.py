from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Locale

from foundation.indexing import deferred_indexing
from home.initial_content import events, languages, members, menus, news, people, programs, site


class Command(BaseCommand):
    help = (
        "Build the site's initial content: pages, people, partners, menus, members and their "
        "roles, and the Nexus groups. Safe to run again: what exists is left as it is and "
        "nothing is duplicated. Rebuilds the search and reference indexes at the end."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--skip-locate",
            action="store_true",
            help="Do not propose member coordinates from the gazetteer (faster).",
        )

    def handle(self, *args, skip_locate=False, **options):
        steps = [
            ("Member organisations", lambda: members.import_members(self.stdout)),
            ("Pages, people and menus", self.build_site),
            # Nexus is not imported here (the site's apps are independent): named by its command.
            ("Nexus groups", lambda: call_command("load_nexus_groups", stdout=self.stdout)),
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
        call_command("rebuild_references_index", stdout=self.stdout, stderr=self.stderr)
        self.stdout.write(self.style.SUCCESS("Initial content is in place."))

    @transaction.atomic
    def build_site(self):
        """Each section in turn: a section links to pages of those built before it."""
        created_locales = languages.ensure_locales()
        locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)

        home, home_created = site.ensure_home_page(locale)
        site.ensure_default_site(home)
        partners = people.ensure_partners()
        team = people.ensure_people(locale)
        site.ensure_site_settings(site.ensure_default_social_image())
        contact = news.ensure_media_contact(locale)

        program_index, program_pages = programs.ensure_programs(home)
        studies = programs.ensure_feasibility_studies()
        news_index, articles = news.ensure_news(home, program_pages, contact)
        events_index = events.ensure_events(home, program_pages)
        directory = members.ensure_directory(home)
        members.ensure_membership_counts()
        about = site.ensure_about_pages(home, team)
        governance = members.ensure_governance_page(about, team)
        menus.ensure_menus(
            locale,
            main_pages=[news_index, events_index, program_index, directory, about],
            footer_pages=[about, governance, news_index],
        )
        menus.ensure_footer(locale)
        if home_created:
            site.feature_on_home_page(home, articles, program_pages)
        translations, completed = languages.ensure_translations(locale)

        self.stdout.write(
            f"Locales: {created_locales} created. Home page: "
            f"{'created' if home_created else 'kept'}. Partners: {partners} created. "
            f"Feasibility studies: {studies} created. Translations: {translations} created, "
            f"{completed} completed."
        )
