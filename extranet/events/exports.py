"""An event's attendee list as a spreadsheet (CSV or XLSX): a header row, then one row per
attendee with each question to attendees as a column.

Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage return) as a
formula; what attendees typed is data, so such a cell is written with a leading apostrophe."""

import csv
import io

from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def safe_cell(value):
    """The value as text that no spreadsheet program runs as a formula."""
    text = "" if value is None else str(value)
    text = ILLEGAL_CHARACTERS_RE.sub("", text)  # control characters no spreadsheet keeps
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def header(questions):
    return [
        _("Name"),
        _("E-mail"),
        _("Organisation"),
        _("Country"),
        _("Answer"),
        _("Attends"),
        *(question.label for question in questions),
        _("Checked in"),
        _("Answered"),
    ]


def local(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else ""


def attendee_row(attendance, questions):
    member = attendance.profile.member if attendance.profile_id else None
    answers = attendance.answers or {}
    return [
        attendance.display_name,
        attendance.email,
        attendance.organisation,
        member.country.name if member else "",
        attendance.get_status_display(),
        attendance.get_mode_display(),
        *(answers.get(str(question.pk), "") for question in questions),
        local(attendance.checked_in_at),
        local(attendance.created_at),
    ]


def table(attendances, questions):
    """The header row and one row per attendee, every cell safe."""
    questions = list(questions)
    rows = [header(questions), *(attendee_row(item, questions) for item in attendances)]
    return [[safe_cell(value) for value in row] for row in rows]


def file_name(registration, extension):
    return f"{slugify(registration.event.title) or 'event'}-attendees.{extension}"


def attachment(response, name):
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def csv_response(registration, attendances, questions):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response.write("\ufeff")  # spreadsheet programs then read the file as UTF-8
    csv.writer(response).writerows(table(attendances, questions))
    return attachment(response, file_name(registration, "csv"))


def xlsx_response(registration, attendances, questions):
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Attendees"))
    for row in table(attendances, questions):
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    return attachment(response, file_name(registration, "xlsx"))
