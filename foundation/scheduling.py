"""Scheduled publishing, which embargoed releases use, as editors meet it: the schedule's
dates say which time zone they are in, and an embargo is lifted early in one step."""

from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.formats import date_format
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import PublishingPanel
from wagtail.log_actions import log

LIFT_EMBARGO_ACTION = "foundation.lift_embargo"


def time_zone_text(moment=None):
    """The time zone dates are read and shown in, with its offset: "Asia/Seoul (UTC+09:00)".
    The editor's own (their account's preference) or else the site's."""
    offset = timezone.localtime(moment).strftime("%z")
    name = timezone.get_current_timezone_name().replace("_", " ")
    return f"{name} (UTC{offset[:3]}:{offset[3:]})"


def _in_time_zone(text):
    """The (lazy) text with its %(zone)s filled in when shown, in the editor's time zone."""
    return lazy(lambda: str(text) % {"zone": time_zone_text()}, str)()


class SchedulePublishingPanel(PublishingPanel):
    """Wagtail's "Set publishing schedule" dialog (Status panel → "Set schedule"), with field
    names that say what the dates do, and the time zone they are in."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        go_live, expiry = self.children
        go_live.heading = _("Go-live date and time (when an embargo lifts)")
        go_live.help_text = _in_time_zone(
            _(
                "In %(zone)s. The page stays hidden until then; choose “Schedule to publish” "
                "afterwards for the schedule to take effect."
            )
        )
        expiry.heading = _("Expiry date and time (when the page is taken offline)")
        expiry.help_text = _in_time_zone(_("In %(zone)s. Leave it empty to keep the page online."))


def embargo_end(page):
    """When the page's scheduled revision is due, or None if nothing is scheduled."""
    revision = page.scheduled_revision
    return revision.approved_go_live_at if revision else None


def lift_embargo(page, user):
    """Publish the scheduled revision now rather than at its go-live time: its go-live date is
    cleared, and the page's history says that the embargo was lifted, by whom, and when it
    would have ended."""
    revision = page.scheduled_revision
    with transaction.atomic():
        scheduled_for = revision.approved_go_live_at
        revision.content["go_live_at"] = None
        revision.approved_go_live_at = None
        # A whole save: saving approved_go_live_at alone would log "unscheduled" too.
        revision.save()
        log(
            instance=page,
            action=LIFT_EMBARGO_ACTION,
            user=user,
            revision=revision,
            data={"go_live_at": scheduled_for.isoformat()},
        )
        revision.publish(user=user)


def lift_embargo_message(log_entry):
    scheduled_for = timezone.localtime(parse_datetime(log_entry.data["go_live_at"]))
    return gettext(
        "Embargo lifted: published before its go-live time, %(go_live)s in %(zone)s."
    ) % {
        "go_live": date_format(scheduled_for, "DATETIME_FORMAT"),
        "zone": time_zone_text(scheduled_for),
    }
