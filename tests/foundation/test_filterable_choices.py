"""Long lists of choices (members, programmes, partners, countries, time zones, the 99
languages of a Nexus profile) come with a filter box: type part of a name, and the list shows
what matches. Without JavaScript they are the plain controls, which still submit."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Page, Site

from extranet.core.models import Profile
from programs.snippets import Partner, PartnerKind
from tests.extranet.factories import PASSWORD, ProfileFactory
from tests.home.factories import HomePageFactory
from tests.members.factories import MemberFactory
from tests.news.factories import NewsArticlePageFactory
from tests.programs.factories import ProgramPageFactory

FILTERABLE = re.compile(r'<div class="filterable-choices" data-filterable-choices')


def filterable_controls(html):
    """The names of the form controls that come with a filter box."""
    names = []
    for match in FILTERABLE.finditer(html):
        control = re.search(r'name="([^"]+)"', html[match.end() :])
        names.append(control.group(1))
    return names


@pytest.mark.django_db
def test_the_long_lists_of_the_admin_forms_can_be_filtered(client, admin_user, site_tree):
    article = NewsArticlePageFactory(parent=site_tree.news, media_advisory=True)
    programme = ProgramPageFactory(parent=site_tree.programs)
    Partner.objects.create(name="Korea University", kind=PartnerKind.UNIVERSITY)
    member = MemberFactory()
    client.force_login(admin_user)

    def edit(url_name, *args):
        response = client.get(reverse(url_name, args=args))
        assert response.status_code == 200
        assert "js/filterable-choices.js" in response.text
        return filterable_controls(response.text)

    assert edit("wagtailadmin_pages:edit", article.pk) == [
        "time_zone",
        "country",
        "related_programs",
        "related_members",
    ]
    assert edit("wagtailadmin_pages:edit", programme.pk) == ["partners", "related_members"]
    assert edit("wagtailsnippets_members_member:edit", member.pk) == ["country"]
    assert "member" in edit("nexus_access_codes:add")


@pytest.mark.django_db
def test_the_profile_languages_are_checkboxes_not_a_ctrl_click_list(client):
    profile = ProfileFactory()
    client.force_login(profile.user, backend="extranet.core.auth.NexusAuthenticationBackend")
    html = client.get("/en/nexus/profile/").text
    # The time zone too is found by typing, among some 600.
    assert filterable_controls(html) == ["languages", "time_zone"]
    assert html.count('type="checkbox" name="languages"') == 99
    assert "Hold Ctrl" not in html


def shown_languages(group):
    # Playwright's roles leave out what is hidden.
    return [
        checkbox.evaluate("input => input.labels[0].textContent.trim()")
        for checkbox in group.get_by_role("checkbox").all()
    ]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_member_finds_a_language_by_typing_part_of_its_name(
    live_server, browser, assert_accessible
):
    root = Page.get_first_root_node()
    root.get_children().delete()
    home = HomePageFactory(parent=root, slug="home")
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    profile = ProfileFactory(name="Seo-yeon Han", languages=["en"])

    page = browser.new_context(locale="en-GB").new_page()
    page.goto(live_server.url + "/en/accounts/login/")
    page.get_by_label("Email").fill(profile.user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.goto(live_server.url + "/en/nexus/profile/")

    languages = page.get_by_role("group", name="Languages")
    box = page.get_by_role("searchbox", name="Filter the list: Languages")
    box.press_sequentially("kor")
    page.get_by_role("status").filter(has_text="shown").wait_for()
    # What matches, and what is already chosen.
    assert shown_languages(languages) == ["English", "Korean"]
    assert page.get_by_role("status").filter(has_text="shown").inner_text() == "2 of 99 shown"
    assert_accessible(page)

    # Enter goes to the narrowed list (rather than sending the form); Space ticks.
    box.press("Enter")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    box.press("Escape")
    assert len(shown_languages(languages)) == 99
    page.get_by_role("button", name="Save my profile").click()
    page.get_by_text("Your profile is saved.").wait_for()
    assert sorted(Profile.objects.get(pk=profile.pk).languages) == ["en", "ko"]
