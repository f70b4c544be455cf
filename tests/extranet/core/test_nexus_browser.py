"""The whole way into Nexus in Chromium: the secretariat issues a code, the e-mail's link is
followed, the account is created, the new member completes their profile and finds a
colleague."""

import re

import pytest
from allauth.mfa.totp.internal.auth import (
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.core import mail
from wagtail.models import Page, Site

from tests.extranet.factories import PASSWORD, ProfileFactory
from tests.home.factories import HomePageFactory
from tests.members.factories import MemberFactory


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_from_access_code_to_finding_a_colleague(live_server, browser, assert_accessible):
    root = Page.get_first_root_node()
    root.get_children().delete()
    home = HomePageFactory(parent=root, slug="home")
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    seoul = MemberFactory(name="Seoul", slug="seoul", country="KR")
    ProfileFactory(member=seoul, member_admin=True, name="Hye-jin Lee", position="Open data lead")
    ProfileFactory(member=seoul, name="Dong-hyun Choi")
    officer = ProfileFactory(secretariat=True, name="Secretariat officer")
    secret = officer.totp_secret

    # The secretariat signs in with its second factor and issues a code in the admin.
    staff = browser.new_context().new_page()
    staff.goto(live_server.url + "/en/accounts/login/")
    staff.get_by_label("Email").fill(officer.user.email)
    staff.get_by_label("Password").fill(PASSWORD)
    staff.get_by_role("button", name="Sign in").click()
    counter = next(iter(yield_hotp_counters_from_time()))
    staff.get_by_label("Code").fill(format_hotp_value(hotp_value(secret, counter)))
    staff.get_by_role("button", name="Sign in").click()
    staff.goto(live_server.url + "/admin/nexus/access-codes/")
    staff.get_by_role("link", name="Issue a code").click()
    staff.get_by_role("main").get_by_role("combobox", name="Member").select_option(label="Seoul")
    staff.get_by_role("main").get_by_label("Send to").fill("newcomer@seoul.example")
    staff.get_by_role("button", name="Issue and e-mail the code").click()
    staff.get_by_text("An access code is on its way to newcomer@seoul.example.").wait_for()

    # The newcomer follows the link in the e-mail.
    link = re.search(r"(https?://\S+/accounts/join/\S+/)", mail.outbox[-1].body).group(1)
    path = link.split("/", 3)[3]
    page = browser.new_context().new_page()
    page.goto(f"{live_server.url}/{path}")
    assert "You are invited to Nexus for Seoul" in page.locator("main").inner_text()
    assert_accessible(page)
    page.get_by_label("Your name").fill("Seo-yeon Han")
    page.get_by_label("Password:", exact=True).fill("a long and unusual password 7")
    page.get_by_label("Password again").fill("a long and unusual password 7")
    page.get_by_role("button", name="Create my account").click()

    # Straight into the profile, to complete it.
    page.wait_for_url("**/en/nexus/profile/")
    assert_accessible(page)
    page.get_by_label("Position").fill("Smart mobility officer")
    page.get_by_label("Areas of expertise").fill("mobility, open data")
    page.get_by_role("button", name="Save my profile").click()
    page.get_by_text("Your profile is saved.").wait_for()

    # And finds a colleague by what they work on.
    page.get_by_role("navigation", name="Nexus").get_by_role("link", name="People").click()
    page.get_by_label("Name or words").fill("open data")
    page.get_by_role("button", name="Find").click()
    page.get_by_role("link", name="Hye-jin Lee").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Hye-jin Lee"
    assert "Open data lead" in page.locator("main").inner_text()
    assert_accessible(page)
