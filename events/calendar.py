"""iCalendar (RFC 5545) files for "add to calendar" links."""

import datetime

from django.utils import timezone

from foundation.addresses import site_hostname

LINE_LIMIT = 75  # octets, before folding


def escape(text):
    return (
        str(text)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold(line):
    """Split a content line into chunks of at most 75 octets, without cutting a character."""
    encoded = line.encode()
    if len(encoded) <= LINE_LIMIT:
        return line
    chunks, current = [], b""
    for character in line:
        piece = character.encode()
        limit = (
            LINE_LIMIT if not chunks else LINE_LIMIT - 1
        )  # continuation lines start with a space
        if len(current) + len(piece) > limit:
            chunks.append(current.decode())
            current = b""
        current += piece
    chunks.append(current.decode())
    return "\r\n ".join(chunks)


def utc_stamp(moment):
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def event_calendar(event, request):
    """One VEVENT in UTC (or as whole days), so any calendar shows it in the reader's zone."""
    if event.is_all_day:
        start = f"DTSTART;VALUE=DATE:{event.starts_on:%Y%m%d}"
        end = f"DTEND;VALUE=DATE:{event.last_day + datetime.timedelta(days=1):%Y%m%d}"
    else:
        start = f"DTSTART:{utc_stamp(event.local_start())}"
        end = f"DTEND:{utc_stamp(event.local_end())}"
    place = ", ".join(
        part for part in (event.venue, event.city, str(event.country.name or "")) if part
    )
    if event.has_online_access and event.online_details:
        place = "; ".join(part for part in (place, event.online_details) if part)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//WeGO//Events//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{event.translation_key}@{site_hostname(request)}",
        f"DTSTAMP:{utc_stamp(timezone.now())}",
        start,
        end,
        f"SUMMARY:{escape(event.title)}",
        f"DESCRIPTION:{escape(event.summary)}",
        f"URL:{event.get_full_url(request)}",
    ]
    if place:
        lines.append(f"LOCATION:{escape(place)}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(line) for line in lines) + "\r\n"
