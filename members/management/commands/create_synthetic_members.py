import itertools
import random

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale

from foundation.progress import Progress
from members.choices import MemberType, Region
from members.models import Member

# (country, region, latitude, longitude) around which synthetic members are scattered.
ANCHORS = [
    ("KR", Region.ASIA_PACIFIC, 37.5, 127.0),
    ("NP", Region.ASIA_PACIFIC, 27.7, 85.3),
    ("NG", Region.AFRICA, 9.1, 7.5),
    ("SD", Region.AFRICA, 15.5, 32.5),
    ("TR", Region.EUROPE, 41.0, 29.0),
    ("IR", Region.MIDDLE_EAST, 32.6, 51.7),
    ("MX", Region.AMERICAS, 19.4, -99.1),
    ("PE", Region.AMERICAS, -12.0, -77.0),
]
BATCH = 500


class Command(BaseCommand):
    help = (
        "Add made-up member organisations (named “Synthetic member N”) for benchmarks and load "
        "tests. Never run it on a real site."
    )

    def add_arguments(self, parser):
        parser.add_argument("count", type=int, help="How many members to add (1 to 100000).")

    def handle(self, *args, count, **options):
        if not 1 <= count <= 100_000:
            raise CommandError(_("Give a number between 1 and 100000."))
        locale = Locale.get_default()
        start = Member.objects.filter(name__startswith="Synthetic member").count()
        randomness = random.Random(start)  # noqa: S311 (made-up data, not security)
        progress = Progress(self.stdout, _("Creating members"), count)
        numbers = iter(range(start, start + count))
        with transaction.atomic():
            while batch := list(itertools.islice(numbers, BATCH)):
                members = []
                for number in batch:
                    country, region, latitude, longitude = ANCHORS[number % len(ANCHORS)]
                    members.append(
                        Member(
                            name=f"Synthetic member {number}",
                            slug=f"synthetic-member-{number}",
                            member_type=MemberType.values[number % 3],
                            country=country,
                            region=region,
                            latitude=round(latitude + randomness.uniform(-3, 3), 5),
                            longitude=round(longitude + randomness.uniform(-3, 3), 5),
                            year_joined=2010 + number % 13,
                            locale=locale,
                        )
                    )
                Member.objects.bulk_create(members)
                progress.advance(len(members))
        self.stdout.write(_("%(count)d synthetic members added.") % {"count": count})
