from decimal import Decimal

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.translation import gettext as _

from foundation.progress import Progress
from members.gazetteer import Gazetteer
from members.models import Member


class Command(BaseCommand):
    help = (
        "Give members without coordinates those of the matching place in their country, from "
        "an offline gazetteer, and list the members it cannot place. Coordinates already set "
        "(by editors or an earlier run) are never changed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Show what would be set, change nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        unplaced_members = list(
            Member.objects.canonical().filter(latitude__isnull=True).order_by("name")
        )
        if not unplaced_members:
            self.stdout.write(_("Every member already has coordinates."))
            return
        self.stdout.write(_("Loading the gazetteer…"))
        gazetteer = Gazetteer(member.country.code for member in unplaced_members)
        placed, not_found = [], []
        progress = Progress(self.stdout, _("Locating members"), len(unplaced_members))
        with transaction.atomic():
            for member in unplaced_members:
                place = gazetteer.locate(member.name, member.country.code)
                if place is None:
                    not_found.append(member)
                else:
                    placed.append((member, place))
                    if not dry_run:
                        member.latitude = rounded(place.latitude)
                        member.longitude = rounded(place.longitude)
                        member.save(update_fields=["latitude", "longitude"])
                progress.advance()
        for member, place in placed:
            # The place it was matched with, and that place's country, for a glance to check;
            # "≈" where it is a nearby seat's, for editors to refine.
            self.stdout.write(
                f"  {member.name} ({member.country.code}) {'≈' if place.approximate else '→'} "
                f"{place.name}, {place.country_code}: "
                f"{rounded(place.latitude)}, {rounded(place.longitude)}"
            )
        verb = _("would be placed") if dry_run else _("placed")
        self.stdout.write(
            _("%(placed)d %(verb)s, %(missing)d not found.")
            % {"placed": len(placed), "verb": verb, "missing": len(not_found)}
        )
        approximate = [member for member, place in placed if place.approximate]
        if approximate:
            self.stdout.write(
                _(
                    "%(count)d of them (≈) at the seat of their district or the nearest town "
                    "the gazetteer knows: refine their position on the admin's map (Members)."
                )
                % {"count": len(approximate)}
            )
        if not_found:
            self.stdout.write(_("Set these members' coordinates in the admin (Members):"))
            for member in not_found:
                self.stdout.write(f"  {member.name} ({member.country.name})")


def rounded(degrees):
    """As precise as the member's fields keep it (five decimals, about a metre)."""
    return Decimal(str(degrees)).quantize(Decimal("0.00001"))
