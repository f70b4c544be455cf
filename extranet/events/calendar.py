"""Nexus calendar files (RFC 5545): one event for an attendee, and each member's personal feed
of the events they hold a place for or wait for.

Unlike the public site's "add to calendar" file (events/calendar.py, whose helpers this one
uses), these carry the joining link, passcode and instructions, but only for people holding a
place (and the secretariat). Every event keeps one UID whatever changes (it comes from the
page's translation key, shared by its translations) and its SEQUENCE is the registration's,
bumped when attendees are told of a change, so calendar programs update the entry they have.
The UID differs from the public file's: a public file imported later never replaces the
attendee's entry, and its joining details with it."""

import datetime

from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from events.calendar import escape, fold, utc_stamp
from foundation.addresses import absolute_url, site_hostname
from foundation.locales import locale_for

from . import services
from .models import Attendance, Status

# A feed keeps events this long after they ended, then lets calendar programs forget them.
FEED_KEEPS_PAST_DAYS = 90


def has_calendar(event):
    """Only events with a known day have a calendar file (not those with only a month)."""
    return event is not None and event.starts_on is not None and not event.is_month_only


def event_uid(registration):
    return f"{registration.event.translation_key}.nexus@{site_hostname()}"


def nexus_event_url(registration):
    return absolute_url(reverse("nexus:event", args=[registration.pk]))


def joining_lines(registration):
    lines = []
    if registration.join_url:
        lines.append(_("Join online: %(link)s") % {"link": registration.join_url})
    if registration.join_passcode:
        lines.append(_("Passcode: %(passcode)s") % {"passcode": registration.join_passcode})
    if registration.join_instructions:
        lines.append(registration.join_instructions)
    return lines


def where(event, registration, with_joining):
    parts = []
    if event.has_physical_venue:
        parts += [event.venue, event.city, str(event.country.name or "")]
    if event.has_online_access:
        online = registration.join_url if with_joining and registration.join_url else ""
        parts.append(online or event.online_details)
    return ", ".join(part for part in parts if part)


def vevent(registration, event, *, with_joining, status=None):
    """The content lines of one VEVENT. `event` is the page in the reader's language (its
    dates are the same in every translation); `status` the reader's answer."""
    if event.is_all_day:
        start = f"DTSTART;VALUE=DATE:{event.starts_on:%Y%m%d}"
        end = f"DTEND;VALUE=DATE:{event.last_day + datetime.timedelta(days=1):%Y%m%d}"
    else:
        start = f"DTSTART:{utc_stamp(event.local_start())}"
        end = f"DTEND:{utc_stamp(event.local_end())}"
    description = [event.summary] if event.summary else []
    if status == Status.WAITING:
        description.append(_("You are on the waiting list: a place that becomes free is yours."))
    if with_joining:
        description += joining_lines(registration)
    description.append(_("In Nexus: %(link)s") % {"link": nexus_event_url(registration)})
    lines = [
        "BEGIN:VEVENT",
        f"UID:{event_uid(registration)}",
        f"SEQUENCE:{registration.sequence}",
        f"DTSTAMP:{utc_stamp(timezone.now())}",
        start,
        end,
        f"SUMMARY:{escape(event.title)}",
        f"DESCRIPTION:{escape(chr(10).join(description))}",
        f"URL:{nexus_event_url(registration)}",
        "STATUS:CANCELLED" if registration.cancelled_at else "STATUS:CONFIRMED",
    ]
    place = where(event, registration, with_joining)
    if place:
        lines.append(f"LOCATION:{escape(place)}")
    lines.append("END:VEVENT")
    return lines


def calendar_text(events, name=""):
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//WeGO//Nexus events//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    if name:
        lines.append(f"X-WR-CALNAME:{escape(name)}")
    for event_lines in events:
        lines += event_lines
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(line) for line in lines) + "\r\n"


def attendee_calendar(registration, event, *, with_joining, status=None):
    """The .ics of one event for one reader."""
    return calendar_text([vevent(registration, event, with_joining=with_joining, status=status)])


def feed_attendances(profile):
    """The person's events for their feed: those they hold a place for or wait for, that they
    may still see, with a known day, not long over."""
    since = timezone.now() - datetime.timedelta(days=FEED_KEEPS_PAST_DAYS)
    return (
        Attendance.objects.filter(
            profile=profile,
            status__in=(Status.GOING, Status.WAITING),
            registration__in=services.visible_registrations(profile),
            registration__event__starts_on__isnull=False,
            registration__event__ends_at__gte=since,
        )
        .exclude(registration__event__date_precision="month")
        .select_related("registration__event", "registration__group")
        .order_by("registration__event__starts_at")
    )


def personal_feed(profile):
    """The person's calendar feed, in their language; joining details only where they hold a
    place (or are of the secretariat)."""
    language = profile.preferred_language
    with translation.override(language):
        events = []
        locale = locale_for(language)
        for attendance in feed_attendances(profile):
            registration = attendance.registration
            events.append(
                vevent(
                    registration,
                    services.localized_event(registration, locale),
                    with_joining=profile.is_secretariat or attendance.has_place,
                    status=attendance.status,
                )
            )
        return calendar_text(events, name=_("My WeGO events"))
