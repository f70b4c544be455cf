"""A strict reader of iCalendar files (RFC 5545), for tests: what a calendar application
would refuse fails here, with the reason."""

import datetime
import re

LINE_LIMIT = 75
NAME = re.compile(r"[A-Z0-9-]+")
UTC_DATE_TIME = re.compile(r"\d{8}T\d{6}Z")
DATE = re.compile(r"\d{8}")
ESCAPES = {"\\": "\\", ";": ";", ",": ",", "n": "\n", "N": "\n"}
TEXT_PROPERTIES = {"SUMMARY", "DESCRIPTION", "LOCATION"}
REQUIRED = {
    "VCALENDAR": {"VERSION", "PRODID"},
    "VEVENT": {"UID", "DTSTAMP", "DTSTART"},
}


class InvalidCalendar(AssertionError):
    pass


def content_lines(data):
    if not data.endswith(b"\r\n"):
        raise InvalidCalendar("the last line does not end with CRLF")
    raw = data[:-2].split(b"\r\n")
    for line in raw:
        if b"\n" in line or b"\r" in line:
            raise InvalidCalendar(f"a bare line break in {line!r}")
        if len(line) > LINE_LIMIT:
            raise InvalidCalendar(f"{len(line)} octets in {line!r}")
    lines = []
    for line in raw:
        if line.startswith(b" "):
            if not lines:
                raise InvalidCalendar("the file starts with a continuation line")
            lines[-1] += line[1:]
        else:
            lines.append(line)
    return [line.decode("utf-8") for line in lines]


def parse_value(name, parameters, value):
    if name in {"DTSTART", "DTEND", "DTSTAMP"}:
        if parameters.get("VALUE") == "DATE":
            if not DATE.fullmatch(value):
                raise InvalidCalendar(f"{name}: {value!r} is not a DATE")
            return datetime.datetime.strptime(value, "%Y%m%d").date()
        if not UTC_DATE_TIME.fullmatch(value):
            raise InvalidCalendar(f"{name}: {value!r} is not a UTC DATE-TIME")
        return datetime.datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=datetime.UTC)
    if name in TEXT_PROPERTIES:
        return unescape_text(name, value)
    return value


def unescape_text(name, value):
    """A TEXT value: commas, semicolons and backslashes escaped, line breaks as \\n."""
    text, characters = [], iter(value)
    for character in characters:
        if character == "\\":
            escaped = next(characters, "")
            if escaped not in ESCAPES:
                raise InvalidCalendar(f"{name}: a backslash before {escaped!r} in {value!r}")
            text.append(ESCAPES[escaped])
        elif character in ",;":
            raise InvalidCalendar(f"{name}: an unescaped {character!r} in {value!r}")
        else:
            text.append(character)
    return "".join(text)


def parse_calendar(data):
    """The calendar's events, each a dict of its properties; raises InvalidCalendar."""
    stack, events, calendar = [], [], None
    for line in content_lines(data):
        head, separator, value = line.partition(":")
        if not separator:
            raise InvalidCalendar(f"no value in {line!r}")
        name, *parameter_texts = head.split(";")
        if not NAME.fullmatch(name):
            raise InvalidCalendar(f"{name!r} is not a property name")
        parameters = dict(text.split("=", 1) for text in parameter_texts)
        if name == "BEGIN":
            stack.append((value, {}))
            continue
        if name == "END":
            if not stack or stack[-1][0] != value:
                raise InvalidCalendar(f"END:{value} closes nothing")
            component, properties = stack.pop()
            missing = REQUIRED.get(component, set()) - properties.keys()
            if missing:
                raise InvalidCalendar(f"{component} lacks {sorted(missing)}")
            if component == "VEVENT":
                events.append(properties)
            elif component == "VCALENDAR":
                calendar = properties
            continue
        if not stack:
            raise InvalidCalendar(f"{name} outside any component")
        properties = stack[-1][1]
        if name in properties:
            raise InvalidCalendar(f"{name} twice in {stack[-1][0]}")
        properties[name] = parse_value(name, parameters, value)
    if stack or calendar is None:
        raise InvalidCalendar("the calendar is not closed")
    if calendar.get("VERSION") != "2.0":
        raise InvalidCalendar("VERSION is not 2.0")
    for event in events:
        start, end = event["DTSTART"], event.get("DTEND")
        if end is not None and (type(start) is not type(end) or end <= start):
            raise InvalidCalendar("DTEND does not come after DTSTART, or has another type")
    return events
