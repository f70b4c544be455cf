from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django_countries import countries
from wagtail.models import Locale

from foundation.progress import Progress
from members.choices import MemberType, Region
from members.countries import country_code_for_name
from members.csv_files import RowErrors, read_rows, too_long
from members.models import Member

COLUMNS = ["name", "country", "country_code", "region", "member_type"]
REGIONS = {label.casefold(): value for value, label in Region.choices} | {
    value: value for value in Region.values
}


class Command(BaseCommand):
    help = (
        "Create or update member organisations from a CSV file with the columns "
        "name, country, country_code, region, member_type. All or nothing: one bad row and "
        "nothing is changed. Running it again with the same file changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Path of the CSV file.")

    def handle(self, *args, file, **options):
        rows = self.validated_rows(file)
        locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        existing = {(m.name, m.country.code): m for m in Member.objects.filter(locale=locale)}
        taken_slugs = {member.slug for member in existing.values()}
        created = updated = 0
        progress = Progress(self.stdout, _("Importing members"), len(rows))
        with transaction.atomic():
            for row in rows:
                member = existing.get((row["name"], row["country"]))
                if member is None:
                    member = Member(name=row["name"], country=row["country"], locale=locale)
                    member.slug = unique_slug(row["name"], row["country"], taken_slugs)
                    taken_slugs.add(member.slug)
                    created += 1
                elif (member.region, member.member_type) == (row["region"], row["member_type"]):
                    progress.advance()
                    continue
                else:
                    updated += 1
                member.region = row["region"]
                member.member_type = row["member_type"]
                member.full_clean()
                member.save()
                progress.advance()
        self.stdout.write(
            _("%(total)d rows: %(created)d created, %(updated)d updated, %(unchanged)d unchanged.")
            % {
                "total": len(rows),
                "created": created,
                "updated": updated,
                "unchanged": len(rows) - created - updated,
            }
        )

    def validated_rows(self, path):
        errors, rows, seen = RowErrors(), [], {}
        for line, row in read_rows(path, COLUMNS):
            problems = []
            if too_long(row):
                problems.append(_("%(columns)s too long") % {"columns": ", ".join(too_long(row))})
            if not row["name"]:
                problems.append(_("missing name"))
            code = row["country_code"].upper()
            if code not in countries:
                problems.append(
                    _("unknown country code “%(code)s”") % {"code": row["country_code"]}
                )
            elif row["country"] and country_code_for_name(row["country"]) not in ("", code):
                problems.append(
                    _("country “%(name)s” does not match code %(code)s")
                    % {"name": row["country"], "code": code}
                )
            region = REGIONS.get(row["region"].casefold())
            if region is None:
                problems.append(_("unknown region “%(region)s”") % {"region": row["region"]})
            if row["member_type"] not in MemberType.values:
                problems.append(_("unknown type “%(type)s”") % {"type": row["member_type"]})
            key = (row["name"].casefold(), code)
            if row["name"] and key in seen:
                problems.append(
                    _("duplicate member (same name and country as line %(line)d)")
                    % {"line": seen[key]}
                )
            seen.setdefault(key, line)
            if problems:
                errors.add(line, "; ".join(problems))
            else:
                rows.append({**row, "country": code, "region": region})
        errors.raise_if_any(path)
        return rows


def unique_slug(name, country, taken):
    slug = slugify(name) or slugify(f"member-{country}")
    if slug in taken:
        slug = f"{slug}-{country.lower()}"
    return slug
