"""What the home page shows, chosen by editors where they chose and filled in automatically
where they did not. A fixed number of queries, however much content there is."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Exists, OuterRef
from django.db.models.functions import Substr
from wagtail.models import Page

from events.models import EventIndexPage, EventPage
from foundation.locales import default_locale_id
from foundation.models import with_listing_images
from foundation.translations import in_language_or_default, localized
from members.choices import Region
from members.models import Member, MemberDirectoryPage, MembershipCounts
from news.models import NewsArticlePage, NewsIndexPage, NewsKind
from programs.models import Partner, ProgramIndexPage, ProgramPage

LATEST_NEWS = 4
UPCOMING_EVENTS = 3
FALLBACK_PROGRAMS = 6


def home_page_sections(home):
    locale = home.locale
    articles = NewsArticlePage.latest(locale)
    # Editors choose the lead story and programmes on the home page of the default language;
    # each language shows its own translations of them.
    chosen = [home.lead_story] if home.lead_story else []
    chosen += [featured.program for featured in home.featured_programs.select_related("program")]
    chosen = [page for page in localized(chosen, locale) if page.live]
    lead = chosen.pop(0) if home.lead_story_id and chosen else None
    if lead is None:
        lead = articles.filter(kind=NewsKind.PRESS_RELEASE).first() or articles.first()
    latest = articles.exclude(pk=lead.pk) if lead else articles

    programs = chosen
    if not programs:
        programs = list(
            in_language_or_default(
                ProgramPage.objects.live().public().filter(depth=home.depth + 2), locale
            ).order_by("path")[:FALLBACK_PROGRAMS]
        )

    latest = with_listing_images(latest[:LATEST_NEWS])
    sections = section_pages(home)
    return {
        "lead_story": with_listing_images([lead])[0] if lead else None,
        "latest_news": latest,
        "featured_programs": with_listing_images(programs),
        "upcoming_events": with_listing_images(EventPage.upcoming(locale, limit=UPCOMING_EVENTS)),
        "member_figures": member_figures(),
        "partners": Partner.objects.filter(show_on_home_page=True).select_related("logo"),
        "sections": sections,
        # Read from the page's own fields: its address is all the links need.
    }


def member_figures():
    """Members by type, as the association counts them (MembershipCounts), and the listed
    members by region."""
    by_region = dict(
        Member.objects.public().values_list("region").annotate(total=Count("pk")).order_by()
    )
    return {
        "membership": MembershipCounts.figures(),
        "by_region": [(label, by_region.get(value, 0)) for value, label in Region.choices],
    }


def section_pages(home):
    """The home page's main sections (news, events, programmes, members), for "see all" links:
    in its language or, where it has none yet, in the default language, whose items the
    sections then show."""
    kinds = {
        "news": NewsIndexPage,
        "events": EventIndexPage,
        "programs": ProgramIndexPage,
        "members": MemberDirectoryPage,
    }
    content_types = {
        ContentType.objects.get_for_model(model).pk: name for name, model in kinds.items()
    }
    # Children of this home page or of its version in the default language, in one query.
    home_versions = Page.objects.filter(
        translation_key=home.translation_key,
        locale_id__in={home.locale_id, default_locale_id()},
        path=Substr(OuterRef("path"), 1, home.depth * Page.steplen),
    )
    children = (
        Page.objects.live()
        .filter(depth=home.depth + 1, content_type_id__in=content_types)
        .filter(Exists(home_versions))
    )
    sections = {}
    for page in sorted(children, key=lambda page: page.locale_id != home.locale_id):
        sections.setdefault(content_types[page.content_type_id], page)
    return sections
