"""schema.org descriptions (JSON-LD) for search engines and other machines: the organisation
itself, and what every page describing an event needs. Each app describes its own pages."""

from django.templatetags.static import static

from .addresses import absolute_url
from .event_facts import AttendanceMode
from .models import SiteSettings

ORGANISATION_NAME = "World Smart Sustainable Cities Organization"
ATTENDANCE_MODES = {
    AttendanceMode.IN_PERSON: "https://schema.org/OfflineEventAttendanceMode",
    AttendanceMode.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    AttendanceMode.HYBRID: "https://schema.org/MixedEventAttendanceMode",
}


def publisher(request):
    return {
        "@type": "Organization",
        "name": ORGANISATION_NAME,
        "alternateName": "WeGO",
        "url": absolute_url("/", request),
        "logo": {"@type": "ImageObject", "url": absolute_url(static("img/logo.png"), request)},
    }


def organization(request):
    data = {"@context": "https://schema.org", **publisher(request)}
    data.update(
        {
            "@type": "NGO",
            "foundingDate": "2010",
            "address": {
                "@type": "PostalAddress",
                "addressLocality": "Seoul",
                "addressCountry": "KR",
            },
        }
    )
    same_as = [url for _name, url in SiteSettings.load(request_or_site=request).social_links]
    if same_as:
        data["sameAs"] = same_as
    return data


def event_facts(facts, name, request, description=""):
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": name,
        "startDate": schema_date(facts, facts.local_start()),
        "endDate": schema_date(facts, facts.local_end(), end=True),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": ATTENDANCE_MODES[facts.attendance_mode],
        "organizer": publisher(request),
        "url": facts.get_full_url(request),
    }
    if description:
        data["description"] = description
    locations = []
    if facts.has_physical_venue:
        address = {"@type": "PostalAddress"}
        if facts.city:
            address["addressLocality"] = facts.city
        if facts.country:
            address["addressCountry"] = facts.country.code
        locations.append({"@type": "Place", "name": facts.venue or facts.city, "address": address})
    if facts.has_online_access:
        locations.append({"@type": "VirtualLocation", "url": facts.get_full_url(request)})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    image = facts.get_social_image_url(request)
    if image:
        data["image"] = [image]
    return data


def schema_date(facts, moment, end=False):
    """ISO 8601 with the local offset; a month alone when only the month is known."""
    if facts.is_month_only:
        last = facts.last_day if end else facts.starts_on
        return last.strftime("%Y-%m")
    if facts.is_all_day:
        return (facts.last_day if end else facts.starts_on).isoformat()
    return moment.isoformat()
