"""Reading the member data files: checks that apply to every import."""

import csv
from pathlib import Path

from django.core.management.base import CommandError
from django.utils.translation import gettext as _

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_FIELD_CHARACTERS = 500


def read_rows(path, required_columns):
    """Yield (line number, row) for each data row of a UTF-8 CSV file with the given columns.

    Refuses, with a message saying why, anything that is not a readable CSV file of reasonable
    size with those columns."""
    file = Path(path)
    if file.suffix.lower() != ".csv":
        raise CommandError(_("%(path)s: expected a .csv file.") % {"path": path})
    if not file.is_file():
        raise CommandError(_("%(path)s: no such file.") % {"path": path})
    if file.stat().st_size > MAX_FILE_BYTES:
        raise CommandError(
            _("%(path)s: the file is larger than %(limit)d MB.")
            % {"path": path, "limit": MAX_FILE_BYTES // (1024 * 1024)}
        )
    try:
        text = file.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise CommandError(
            _("%(path)s: not UTF-8 text (byte %(position)d).")
            % {"path": path, "position": error.start}
        ) from None
    reader = csv.DictReader(text.splitlines())
    missing = [column for column in required_columns if column not in (reader.fieldnames or [])]
    if missing:
        raise CommandError(
            _("%(path)s: missing columns: %(columns)s.")
            % {"path": path, "columns": ", ".join(missing)}
        )
    for row in reader:
        yield reader.line_num, {key: (value or "").strip() for key, value in row.items() if key}


class RowErrors:
    """Every bad row of a file, with its line number, so that one run reports them all."""

    def __init__(self):
        self.errors = []

    def add(self, line, message):
        self.errors.append((line, message))

    def __bool__(self):
        return bool(self.errors)

    def raise_if_any(self, path):
        if self.errors:
            lines = [
                _("line %(line)d: %(message)s") % {"line": line, "message": message}
                for line, message in self.errors
            ]
            raise CommandError(
                _("%(path)s was not imported; nothing was changed. %(count)d bad rows:")
                % {"path": path, "count": len(self.errors)}
                + "\n  "
                + "\n  ".join(lines)
            )


def too_long(row):
    return [key for key, value in row.items() if len(value) > MAX_FIELD_CHARACTERS]
