"""The embargoed preview a journalist opens from a link (embargo.py)."""

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from .embargo import SESSION_KEY, EmbargoLink, EmbargoLinkOpening, EmbargoLinkState, go_live_of

# Lines of the watermark over the page.
WATERMARK_ROWS = 12
# Never indexed, never kept by any cache, and the secret address never sent on as a referrer.
PRIVATE_HEADERS = {
    "X-Robots-Tag": "noindex, nofollow",
    "Cache-Control": "private, no-store",
    "Referrer-Policy": "no-referrer",
}


@require_GET
def embargoed_preview(request, token):
    link = EmbargoLink.objects.find(token)
    if link is None:
        return private(TemplateResponse(request, "news/embargo_link_unknown.html", status=404))
    state = link.state()
    if state != EmbargoLinkState.ACTIVE:
        page = link.page
        context = {
            "link": link,
            "revoked": state == EmbargoLinkState.REVOKED,
            "public_page": page if page.live and not page.get_view_restrictions() else None,
        }
        return private(
            TemplateResponse(request, "news/embargo_link_gone.html", context, status=410)
        )

    EmbargoLinkOpening.objects.create(link=link)
    opened = request.session.get(SESSION_KEY, [])
    if link.pk not in opened:
        request.session[SESSION_KEY] = [*opened, link.pk]
    release = link.release()
    context = release.get_context(request)
    context.update(
        page_template=release.get_template(request),
        embargo_link=link,
        embargo_notice=embargo_notice(go_live_of(link.page)),
        watermark_rows=range(WATERMARK_ROWS),
    )
    return private(TemplateResponse(request, "news/embargoed_preview.html", context))


def embargo_notice(go_live):
    """ "Embargoed until 23 February 2022, 09:00 (Asia/Seoul, UTC+09:00)": the time zone the
    embargo is agreed in, stated."""
    if go_live is None:
        return _("Embargoed until further notice")
    local = timezone.localtime(go_live)
    offset = local.strftime("%z")
    return _("Embargoed until %(when)s (%(time_zone)s, UTC%(offset)s)") % {
        "when": date_format(local, "DATETIME_FORMAT"),
        "time_zone": settings.TIME_ZONE,
        "offset": f"{offset[:3]}:{offset[3:]}",
    }


def private(response):
    for header, value in PRIVATE_HEADERS.items():
        response[header] = value
    return response
