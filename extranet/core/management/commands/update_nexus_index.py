from django.core.management.base import BaseCommand

from extranet.core import registry, search


class Command(BaseCommand):
    help = (
        "Rebuild what Nexus search finds (its table of documents and, with Elasticsearch, its "
        "index) from every kind the capabilities register."
    )

    def handle(self, *args, **options):
        summary = search.rebuild(self.stdout)
        kinds = registry.search_kinds()
        for kind, (objects, kept) in summary.items():
            self.stdout.write(
                f"{kinds[kind].label}: {kept} findable of {objects} "
                f"({objects - kept} found by nobody: hidden, deleted or without readers)"
            )
        where = "Elasticsearch and the database" if search.uses_elasticsearch() else "the database"
        self.stdout.write(self.style.SUCCESS(f"Nexus search rebuilt in {where}."))
