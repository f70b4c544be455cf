import datetime
import json
import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from wagtail.models import Locale

from foundation.models import SiteSettings
from members.choices import MemberType, RoleKind
from tests.events.factories import EventPageFactory
from tests.foundation.factories import ImageFactory
from tests.home.factories import StandardPageFactory
from tests.members.factories import GovernancePageFactory, MemberFactory, MemberRoleFactory
from tests.news.factories import NewsArticlePageFactory
from tests.programs.factories import FeasibilityStudyFactory, ProgramPageFactory
from tests.query_counts import queries_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def kampala(site_tree):
    member = MemberFactory(
        name="Kampala",
        country="UG",
        region="africa",
        website="https://www.kcca.go.ug/",
        description="Capital city of Uganda.",
        year_joined=2012,
    )
    MemberRoleFactory(member=member, starts_on=datetime.date(2022, 2, 1))
    FeasibilityStudyFactory(
        year=2019, city="Kampala", country="UG", title="Smart parking", member=member
    )
    NewsArticlePageFactory(
        parent=site_tree.news, title="EXCOM meets in Kampala", related_members=[member]
    )
    ProgramPageFactory(parent=site_tree.programs, title="Africa network", related_members=[member])
    return member


def test_a_profile_shows_the_member_its_roles_studies_news_and_programmes(
    client, site_tree, kampala
):
    response = client.get("/en/members/kampala/")
    assert response.status_code == 200
    html = response.text
    assert "<h1>Kampala</h1>" in html
    assert "Local government · Uganda · Africa" in html
    assert "Executive committee member" in html
    assert "since February 2022" in html
    assert "Smart parking" in html
    assert "EXCOM meets in Kampala" in html
    assert "Africa network" in html
    assert 'data-latitude="37.56667"' in html  # the small map


def test_the_profile_shows_the_description_in_the_visitors_language(client, site_tree, kampala):
    korean, _created = Locale.objects.get_or_create(language_code="ko")
    translation = kampala.copy_for_translation(korean)
    translation.description = "우간다의 수도."
    translation.save()
    korean_directory = site_tree.members.copy_for_translation(korean, copy_parents=True)
    korean_directory.save_revision().publish()

    assert "우간다의 수도." in client.get("/ko/members/kampala/").text
    assert "Capital city of Uganda." in client.get("/en/members/kampala/").text


def test_inactive_and_unknown_members_have_no_profile(client, site_tree):
    MemberFactory(name="Former", inactive=True)
    assert client.get("/en/members/former/").status_code == 404
    assert client.get("/en/members/no-such-member/").status_code == 404


def test_a_profile_uses_the_same_queries_with_more_roles_news_events_and_programmes(
    client, site_tree, kampala
):
    kampala.logo = ImageFactory(title="Kampala logo")
    kampala.save()
    EventPageFactory(parent=site_tree.events, host_members=[kampala])
    baseline = queries_for(client, "/en/members/kampala/")
    for year in range(2010, 2016):
        MemberRoleFactory(
            member=kampala, starts_on=datetime.date(year, 1, 1), ends_on=datetime.date(year, 6, 1)
        )
        NewsArticlePageFactory(parent=site_tree.news, related_members=[kampala])
        EventPageFactory(parent=site_tree.events, host_members=[kampala])
        ProgramPageFactory(parent=site_tree.programs, related_members=[kampala])
    assert len(queries_for(client, "/en/members/kampala/")) == len(baseline)


def test_roles_come_in_order_of_rank_the_newest_first_within_each(client, site_tree):
    member = MemberFactory(name="Chengdu", country="CN")
    for kind, starts_on, ends_on in [
        (RoleKind.REGIONAL_OFFICE, datetime.date(2014, 1, 1), None),
        (RoleKind.EXECUTIVE_COMMITTEE, datetime.date(2016, 1, 1), datetime.date(2018, 1, 1)),
        (RoleKind.EXECUTIVE_COMMITTEE, datetime.date(2022, 2, 1), None),
        (RoleKind.VICE_PRESIDENT_CITY, datetime.date(2023, 1, 1), None),
        (RoleKind.PRESIDENT_CITY, datetime.date(2012, 1, 1), datetime.date(2014, 1, 1)),
    ]:
        MemberRoleFactory(
            member=member,
            kind=kind,
            office_name="East Asia" if kind == RoleKind.REGIONAL_OFFICE else "",
            starts_on=starts_on,
            ends_on=ends_on,
        )
    html = client.get("/en/members/chengdu/").text
    roles = html[html.index('id="roles-title"') :].split("</ul>")[0]
    items = [
        re.sub(r"\s+", " ", unescape(re.sub("<[^>]+>", "", item))).strip()
        for item in roles.split("<li>")[1:]
    ]
    assert items == [
        "President city: January 2012 to January 2014",
        "Vice-president city: since January 2023",
        "Executive committee member: since February 2022",
        "Executive committee member: January 2016 to January 2018",
        "Regional office host (East Asia): since January 2014",
    ]


def test_a_profile_lists_the_events_the_member_hosts(client, site_tree, kampala):
    EventPageFactory(
        parent=site_tree.events,
        title="Executive Committee 2022",
        month_only=True,
        starts_on=datetime.date(2022, 11, 1),
        host_members=[kampala],
    )
    EventPageFactory(parent=site_tree.events, title="Someone else's forum")

    html = client.get("/en/members/kampala/").text
    assert "Events hosted" in html
    assert "Executive Committee 2022" in html
    assert "Someone else's forum" not in html
    event_html = client.get("/en/events/").text
    assert "Executive Committee 2022" in event_html


def test_the_event_page_names_its_host_members(client, site_tree, kampala):
    event = EventPageFactory(parent=site_tree.events, host_members=[kampala])
    assert "Hosted by Kampala." in client.get(event.url).text


def contact_link(html):
    match = re.search(r'<a class="button button--secondary" href="([^"]+)">Contact Kampala', html)
    return unescape(match.group(1)) if match else None


def test_visitors_write_to_a_member_through_the_secretariat(client, site_tree, kampala):
    assert contact_link(client.get("/en/members/kampala/").text) is None

    contact = StandardPageFactory(parent=site_tree.home, title="Contact", slug="contact")
    settings = SiteSettings.load()
    settings.contact_page = contact
    settings.save()
    assert contact_link(client.get("/en/members/kampala/").text) == "/en/contact/"

    settings.contact_email = "secretariat@wego.example"
    settings.save()
    link = urlsplit(contact_link(client.get("/en/members/kampala/").text))
    assert (link.scheme, link.path) == ("mailto", "secretariat@wego.example")
    assert parse_qs(link.query)["subject"] == ["About Kampala (WeGO member)"]


def json_ld(html):
    return json.loads(re.search(r'application/ld\+json">(.*?)</script>', html).group(1))


def meta(html, name):
    return unescape(re.search(rf'<meta property="{name}" content="([^"]*)">', html).group(1))


def test_a_profile_describes_the_member_for_search_engines_and_social_cards(
    client, site_tree, kampala
):
    kampala.logo = ImageFactory(title="Kampala logo", file__width=400, file__height=200)
    kampala.city = "Kampala Capital City"
    kampala.save()
    html = client.get("/en/members/kampala/").text

    data = json_ld(html)
    assert data["@type"] == "GovernmentOrganization"
    assert data["name"] == "Kampala"
    assert data["url"] == "http://testserver/en/members/kampala/"
    assert data["sameAs"] == ["https://www.kcca.go.ug/"]
    assert data["description"] == "Capital city of Uganda."
    assert data["address"] == {
        "@type": "PostalAddress",
        "addressCountry": "UG",
        "addressLocality": "Kampala Capital City",
    }
    assert data["memberOf"]["alternateName"] == "WeGO"
    assert meta(html, "og:title") == "Kampala"
    assert meta(html, "og:url") == "http://testserver/en/members/kampala/"
    assert meta(html, "og:description") == "Capital city of Uganda."
    image = meta(html, "og:image")
    assert image == data["logo"]
    assert re.fullmatch(r"http://testserver/media/images/.+\.max-1200x630\.\w+", image)
    assert meta(html, "og:image:width") == "400"
    assert meta(html, "og:image:height") == "200"
    assert html.count('rel="canonical"') == 1


def test_members_that_are_not_local_governments_are_organisations(client, site_tree):
    MemberFactory(name="Smart Tech", member_type=MemberType.CORPORATION)
    data = json_ld(client.get("/en/members/smart-tech/").text)
    assert data["@type"] == "Organization"
    assert "sameAs" not in data


def test_the_governance_page_shows_the_roles_held_on_a_chosen_day(client, site_tree):
    governance = GovernancePageFactory(parent=site_tree.home)
    mexico = MemberFactory(name="Mexico City", country="MX", region="americas")
    chengdu = MemberFactory(name="Chengdu", country="CN")
    MemberRoleFactory(
        member=mexico,
        kind=RoleKind.VICE_PRESIDENT_CITY,
        starts_on=datetime.date(2022, 2, 1),
        ends_on=datetime.date(2023, 1, 1),
    )
    MemberRoleFactory(
        member=chengdu, kind=RoleKind.VICE_PRESIDENT_CITY, starts_on=datetime.date(2023, 1, 1)
    )
    MemberRoleFactory(
        member=chengdu,
        regional_office=True,
        office_name="East Asia",
        starts_on=datetime.date(2022, 2, 1),
    )

    in_2022 = client.get(governance.url, {"on": "2022-06-01"}).context
    assert [role.member.name for role in in_2022["vice_president_cities"]] == ["Mexico City"]
    today = client.get(governance.url)
    assert [role.member.name for role in today.context["vice_president_cities"]] == ["Chengdu"]
    assert [role.office_name for role in today.context["regional_offices"]] == ["East Asia"]
    # Earlier terms stay visible, with their dates.
    assert "February 2022" in today.text
    assert "January 2023" in today.text
    assert 'href="/en/members/mexico-city/"' in today.text


def test_a_wrong_date_is_reported_and_today_is_shown(client, site_tree):
    governance = GovernancePageFactory(parent=site_tree.home)
    response = client.get(governance.url, {"on": "<script>"})
    assert "“&lt;script&gt;” is not a date; showing today." in response.text
    assert response.context["on"] == datetime.date.today()


def test_the_tables_of_terms_show_the_newest_first(client, site_tree):
    governance = GovernancePageFactory(parent=site_tree.home)
    for name, starts_on, ends_on in [
        ("Makati", datetime.date(2016, 1, 1), datetime.date(2018, 1, 1)),
        ("Zanzibar", datetime.date(2022, 2, 1), None),
        ("Moscow", datetime.date(2022, 2, 1), datetime.date(2023, 1, 1)),
        ("Abuja", datetime.date(2022, 2, 1), None),
        ("Lima", datetime.date(2023, 1, 1), None),
    ]:
        MemberRoleFactory(member=MemberFactory(name=name), starts_on=starts_on, ends_on=ends_on)
    html = client.get(governance.url).text
    table = html[html.index("<h3>Executive committee member</h3>") :].split("</table>")[0]
    rows = [
        re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", row))).strip()
        for row in table.split("<tr>")[2:]
    ]
    assert rows == [
        "Lima – January 2023 today",
        "Abuja – February 2022 today",
        "Zanzibar – February 2022 today",
        "Moscow – February 2022 January 2023",
        "Makati – January 2016 January 2018",
    ]
