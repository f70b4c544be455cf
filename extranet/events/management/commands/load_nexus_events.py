from django.core.management.base import BaseCommand

from extranet.events.initial_content import ensure_demo_events
from extranet.groups import services as groups


class Command(BaseCommand):
    help = (
        "Add two events for members to Nexus (an online board and a meeting of the Executive "
        "Committee's group), dated from today, so that a new site shows events to answer. "
        "Run after load_nexus_groups. Safe to run again: only what is missing is added."
    )

    def handle(self, *args, **options):
        created = ensure_demo_events(groups.group_by_slug)
        self.stdout.write(f"Nexus events: {created} created.")
