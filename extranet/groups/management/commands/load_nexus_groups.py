from django.core.management.base import BaseCommand

from extranet.groups.initial_content import ensure_groups


class Command(BaseCommand):
    help = (
        "Create the Nexus groups of the initial content (the Executive Committee's group and the "
        "local governments' group, each with its welcome post) and put the accounts of the 2023 "
        "committee cities in the first. Safe to run again: only what is missing is added."
    )

    def handle(self, *args, **options):
        groups, memberships = ensure_groups()
        self.stdout.write(f"Nexus groups: {groups} created, {memberships} memberships added.")
