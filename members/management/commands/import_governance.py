"""Turn dated lists of office holders into roles with start and end dates.

The file says who held which role according to documents of a given month (`as_of`). For each
kind of role, the months the file covers are snapshots: a holder's term starts at the first
snapshot that lists them and ends at the first later snapshot that no longer does; a holder
listed in the latest snapshot still holds the role."""

import datetime
from collections import defaultdict

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.translation import gettext as _

from foundation.progress import Progress
from members.choices import RoleKind
from members.countries import country_code_for_name
from members.csv_files import RowErrors, read_rows, too_long
from members.models import Member, MemberRole

COLUMNS = ["role", "member_name", "country", "as_of"]


class Command(BaseCommand):
    help = (
        "Create or update governance roles (president city, vice-president cities, executive "
        "committee, regional offices) from a CSV file with the columns role, member_name, "
        "country, as_of (YYYY-MM). All or nothing; running it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Path of the CSV file.")

    def handle(self, *args, file, **options):
        sightings = self.validated_sightings(file)
        terms = terms_from_sightings(sightings)
        created = updated = 0
        progress = Progress(self.stdout, _("Importing roles"), len(terms))
        with transaction.atomic():
            for (member, kind, office), starts_on, ends_on in terms:
                role, was_created = MemberRole.objects.get_or_create(
                    member=member,
                    kind=kind,
                    office_name=office,
                    starts_on=starts_on,
                    defaults={"ends_on": ends_on},
                )
                if was_created:
                    created += 1
                elif role.ends_on != ends_on:
                    role.ends_on = ends_on
                    role.full_clean()
                    role.save()
                    updated += 1
                progress.advance()
        self.stdout.write(
            _("%(total)d terms: %(created)d created, %(updated)d updated, %(unchanged)d unchanged.")
            % {
                "total": len(terms),
                "created": created,
                "updated": updated,
                "unchanged": len(terms) - created - updated,
            }
        )

    def validated_sightings(self, path):
        """[(holder, month)], holder being (member, kind, office)."""
        members = {
            (member.name.casefold(), member.country.code): member
            for member in Member.objects.canonical()
        }
        errors, sightings, seen = RowErrors(), [], {}
        for line, row in read_rows(path, COLUMNS):
            problems = []
            if too_long(row):
                problems.append(_("%(columns)s too long") % {"columns": ", ".join(too_long(row))})
            kind, _separator, office = row["role"].partition(":")
            office = office.strip()
            if kind not in RoleKind.values:
                problems.append(_("unknown role “%(role)s”") % {"role": row["role"]})
            elif (kind == RoleKind.REGIONAL_OFFICE) != bool(office):
                problems.append(_("regional offices, and only they, name an office"))
            month = parse_month(row["as_of"])
            if month is None:
                problems.append(_("“%(value)s” is not a month (YYYY-MM)") % {"value": row["as_of"]})
            code = country_code_for_name(row["country"])
            member = members.get((row["member_name"].casefold(), code))
            if not row["member_name"]:
                problems.append(_("missing member name"))
            elif member is None:
                problems.append(
                    _("unknown member “%(name)s” in %(country)s")
                    % {"name": row["member_name"], "country": row["country"] or "?"}
                )
            if not problems:
                holder = (member, kind, office)
                if (holder, month) in seen:
                    problems.append(
                        _("duplicate of line %(line)d") % {"line": seen[(holder, month)]}
                    )
                seen.setdefault((holder, month), line)
            if problems:
                errors.add(line, "; ".join(problems))
            else:
                sightings.append((holder, month))
        errors.raise_if_any(path)
        return sightings


def parse_month(value):
    try:
        return datetime.datetime.strptime(value, "%Y-%m").date()
    except ValueError:
        return None


def terms_from_sightings(sightings):
    """[(holder, starts_on, ends_on or None)] from the months each holder was listed in."""
    snapshots = defaultdict(set)  # kind -> months the file covers for that kind
    listed = defaultdict(set)  # holder -> months the holder is listed in
    for holder, month in sightings:
        snapshots[holder[1]].add(month)
        listed[holder].add(month)
    terms = []
    for holder, months in listed.items():
        start = None
        for snapshot in sorted(snapshots[holder[1]]):
            if snapshot in months and start is None:
                start = snapshot
            elif snapshot not in months and start is not None:
                terms.append((holder, start, snapshot))
                start = None
        if start is not None:
            terms.append((holder, start, None))
    return sorted(terms, key=lambda term: (term[0][1], term[0][2], term[0][0].name, term[1]))
