"""In Chromium: a member asks to join a group, a manager approves, the member posts; every page
passes axe-core, on a phone's width and in Arabic too."""

import pytest
from wagtail.models import Page, Site

from extranet.groups.models import JoinPolicy
from tests.extranet.browser import sign_in
from tests.extranet.factories import GroupFactory, ProfileFactory
from tests.home.factories import HomePageFactory
from tests.members.factories import MemberFactory


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_request_to_join_approved_and_a_first_post(live_server, browser, assert_accessible):
    root = Page.get_first_root_node()
    root.get_children().delete()
    home = HomePageFactory(parent=root, slug="home")
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    seoul = MemberFactory(name="Seoul", slug="seoul", country="KR")
    abuja = MemberFactory(name="Abuja", slug="abuja", country="NG")
    manager = ProfileFactory(member=seoul, name="Hye-jin Lee")
    newcomer = ProfileFactory(member=abuja, name="Amina Bello")
    GroupFactory(
        name="Smart water",
        slug="smart-water",
        join_policy=JoinPolicy.REQUEST,
        owner=manager.user,
    )

    # The newcomer, on a phone, finds the group and asks to join.
    phone = sign_in(browser, live_server, newcomer, viewport={"width": 390, "height": 844})
    phone.goto(live_server.url + "/en/nexus/groups/")
    assert_accessible(phone)
    phone.get_by_role("link", name="Smart water").click()
    phone.get_by_role("button", name="Ask to join").click()
    phone.get_by_text("Your request to join is with the group's managers.").wait_for()
    assert_accessible(phone)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390

    # The manager approves it from the members page.
    desk = sign_in(browser, live_server, manager)
    desk.goto(live_server.url + "/en/nexus/groups/smart-water/members/")
    assert_accessible(desk)
    desk.get_by_role("button", name="Approve").click()
    desk.get_by_text("Amina Bello is now a member.").wait_for()

    # The newcomer is told, and writes a first post.
    phone.goto(live_server.url + "/en/nexus/notifications/")
    phone.get_by_role(
        "link", name="Your request was approved: you are a member of Smart water."
    ).click()
    phone.get_by_label("Write to the group").fill("Hello from Abuja: we meter water by district.")
    phone.get_by_role("button", name="Post", exact=True).click()
    phone.get_by_text("Your post is in the group's stream.").wait_for()
    assert "Hello from Abuja" in phone.locator("main").inner_text()
    assert_accessible(phone)

    # The same page in Arabic, right to left.
    phone.goto(live_server.url + "/ar/nexus/groups/smart-water/")
    assert phone.locator("html").get_attribute("dir") == "rtl"
    assert_accessible(phone)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
