"""An event's times as Nexus shows them: in the event's own time zone, and in the reader's
when they set one on their profile, each with the zone named ("Asia/Seoul, UTC+09:00")."""

import zoneinfo
from dataclasses import dataclass

from django.utils.formats import date_format, time_format


@dataclass(frozen=True)
class ZonedTimes:
    day: str  # "3 December 2026"
    hours: str  # "15:00–16:30", or "15:00 – 4 December 2026, 01:00" ending on another day
    zone: str  # "Asia/Seoul, UTC+09:00"

    @property
    def text(self):
        """All of it in one line, for plain text (e-mails, calendar descriptions)."""
        return f"{self.day}, {self.hours} ({self.zone})"


def zone_name(moment, name):
    offset = moment.strftime("%z")
    sign, hours, minutes = offset[0], offset[1:3], offset[3:]
    return f"{name.replace('_', ' ')}, UTC{'−' if sign == '-' else '+'}{hours}:{minutes}"


def zoned(start, end, name):
    start_time, end_time = time_format(start, "TIME_FORMAT"), time_format(end, "TIME_FORMAT")
    if start.date() == end.date():
        hours = f"{start_time}–{end_time}"
    else:
        hours = f"{start_time} – {date_format(end, 'DATE_FORMAT')}, {end_time}"
    return ZonedTimes(date_format(start, "DATE_FORMAT"), hours, zone_name(start, name))


def times_of(event, reader_zone=""):
    """[event's own ZonedTimes, the reader's] (the reader's only when it differs), or [] when
    the event has no times yet (month only, a whole day, no date)."""
    if event.starts_on is None or event.is_month_only or event.is_all_day:
        return []
    start, end = event.local_start(), event.local_end()
    times = [zoned(start, end, event.time_zone)]
    if reader_zone and reader_zone != event.time_zone:
        zone = zoneinfo.ZoneInfo(reader_zone)
        own_start, own_end = start.astimezone(zone), end.astimezone(zone)
        if own_start.utcoffset() != start.utcoffset() or own_start.date() != start.date():
            times.append(zoned(own_start, own_end, reader_zone))
    return times
