"""When and where something happens: the facts event pages and media advisories share."""

import datetime
import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from .translatable_fields import synchronized
from .widgets import FilterableSelect

TIME_ZONES = frozenset(zoneinfo.available_timezones())
TIME_ZONE_CHOICES = [(name, name.replace("_", " ")) for name in sorted(TIME_ZONES)]


def validate_time_zone(value):
    if value not in TIME_ZONES:
        raise ValidationError(_("“%(value)s” is not a time zone."), params={"value": value})


class AttendanceMode(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid (in person and online)")


class DatePrecision(models.TextChoices):
    DAY = "day", _("Exact day")
    MONTH = "month", _("Month only")


class EventFacts(models.Model):
    """When and where something happens, in the time zone of the place it happens in.

    Used by event pages and by media advisories. Editors give local dates and times; the
    absolute start and end (`starts_at`, `ends_at`) are derived on save, for sorting and for
    telling upcoming from past."""

    starts_on = models.DateField(
        _("start date"), null=True, blank=True, help_text=_("Local date where the event happens.")
    )
    start_time = models.TimeField(
        _("start time"), null=True, blank=True, help_text=_("Local time; empty for all-day events.")
    )
    ends_on = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Only for events over several days.")
    )
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    date_precision = models.CharField(
        _("date precision"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_(
            "Choose “month only” when just the month is known yet; the page then shows the "
            "month and offers no calendar file."
        ),
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        validators=[validate_time_zone],
        default="Asia/Seoul",
        help_text=_("The time zone of the place where the event happens (or of its organiser)."),
    )
    attendance_mode = models.CharField(
        _("format"),
        max_length=10,
        choices=AttendanceMode.choices,
        default=AttendanceMode.IN_PERSON,
    )
    venue = models.CharField(
        _("venue"),
        max_length=200,
        blank=True,
        help_text=_("Building and room, e.g. Seoul Global Center, 9th floor."),
    )
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = CountryField(_("country"), blank=True)
    online_details = models.CharField(
        _("online access"),
        max_length=200,
        blank=True,
        help_text=_("E.g. “Zoom; the link is sent after registration”. No private links here."),
    )
    starts_at = models.DateTimeField(null=True, editable=False, db_index=True)
    ends_at = models.DateTimeField(null=True, editable=False, db_index=True)

    event_fact_panels = [
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("start_time")]),
        FieldRowPanel([FieldPanel("ends_on"), FieldPanel("end_time")]),
        FieldRowPanel(
            [
                FieldPanel("date_precision"),
                FieldPanel("time_zone", widget=FilterableSelect(choices=TIME_ZONE_CHOICES)),
            ]
        ),
        FieldPanel(
            "attendance_mode",
            heading=_("In person or online"),
            help_text=_("Decides which of venue and online access the page shows."),
        ),
        FieldPanel("venue"),
        FieldRowPanel([FieldPanel("city"), FieldPanel("country", widget=FilterableSelect)]),
        FieldPanel("online_details"),
    ]
    # Spread into the page's own override_translatable_fields: a translated time zone is no
    # time zone, and the page could not be published.
    event_fact_translatable_fields = synchronized("time_zone")

    # What an editor gives (starts_at and ends_at follow from them).
    event_fact_field_names = (
        "starts_on",
        "start_time",
        "ends_on",
        "end_time",
        "date_precision",
        "time_zone",
        "attendance_mode",
        "venue",
        "city",
        "country",
        "online_details",
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.time_zone in TIME_ZONES:  # otherwise validation, on saving, says why
            self.starts_at = self.local_start()
            self.ends_at = self.local_end()
        super().save(*args, **kwargs)

    def clear_event_facts(self):
        """Every fact back to its field's default: no event."""
        for name in self.event_fact_field_names:
            setattr(self, name, self._meta.get_field(name).get_default())

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def is_month_only(self):
        return self.date_precision == DatePrecision.MONTH

    @property
    def is_all_day(self):
        return self.start_time is None

    @property
    def has_physical_venue(self):
        return self.attendance_mode != AttendanceMode.ONLINE

    @property
    def has_online_access(self):
        return self.attendance_mode != AttendanceMode.IN_PERSON

    @property
    def last_day(self):
        return self.ends_on or self.starts_on

    def local_start(self):
        if self.starts_on is None:
            return None
        return datetime.datetime.combine(
            self.starts_on, self.start_time or datetime.time.min, tzinfo=self.zone
        )

    def local_end(self):
        if self.starts_on is None:
            return None
        if self.is_month_only:
            following = (self.last_day.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
            return datetime.datetime.combine(following, datetime.time.min, tzinfo=self.zone)
        if self.end_time is not None:
            return datetime.datetime.combine(self.last_day, self.end_time, tzinfo=self.zone)
        # Without an end time the event lasts until the end of its last day.
        next_day = self.last_day + datetime.timedelta(days=1)
        return datetime.datetime.combine(next_day, datetime.time.min, tzinfo=self.zone)

    @property
    def start_date_iso(self):
        """The start as HTML's <time datetime> and schema.org give it: "2022-11" when only
        the month is known, "2022-11-05" otherwise."""
        if self.starts_on is None:
            return ""
        return (
            self.starts_on.strftime("%Y-%m") if self.is_month_only else self.starts_on.isoformat()
        )

    def date_text(self):
        """The dates in the visitor's language: "23 February 2022", "September 2023"..."""
        if self.starts_on is None:
            return ""
        style = "YEAR_MONTH_FORMAT" if self.is_month_only else "DATE_FORMAT"
        start = date_format(self.starts_on, style)
        if self.ends_on and self.ends_on != self.starts_on:
            return f"{start} – {date_format(self.ends_on, style)}"
        return start

    def time_text(self):
        """Local times with the zone and its offset: "15:00–16:30 (Asia/Seoul, UTC+09:00)"."""
        if self.is_month_only or self.is_all_day or self.starts_on is None:
            return ""
        start = self.local_start()
        times = time_format(self.start_time, "TIME_FORMAT")
        if self.end_time:
            times = f"{times}–{time_format(self.end_time, 'TIME_FORMAT')}"
        offset = start.strftime("%z")
        return f"{times} ({self.time_zone.replace('_', ' ')}, UTC{offset[:3]}:{offset[3:]})"

    def venue_and_city(self):
        """Where, in the event's language (the country's name is in the visitor's)."""
        return ", ".join(part for part in (self.venue, self.city) if part)

    def clean_event_facts(self, required):
        if self.time_zone not in TIME_ZONES:
            return  # the field's own validator reports it; times cannot be compared without it
        errors = {}
        if self.starts_on is None:
            if required:
                errors["starts_on"] = required
            elif any((self.start_time, self.ends_on, self.end_time)):
                errors["starts_on"] = _("Give the start date too.")
        if self.end_time and not self.start_time:
            errors["start_time"] = _("An end time needs a start time.")
        if self.is_month_only:
            if self.start_time or self.end_time:
                errors["date_precision"] = _("Times need an exact day: choose “exact day”.")
            for field in ("starts_on", "ends_on"):
                day = getattr(self, field)
                if day and day.day != 1:
                    errors[field] = _("For “month only”, give the first day of the month.")
        start, end = self.local_start(), self.local_end()
        if start and end and end <= start:
            field = "end_time" if self.end_time and not self.ends_on else "ends_on"
            errors[field] = _("The event ends before it starts.")
        if errors:
            raise ValidationError(errors)
