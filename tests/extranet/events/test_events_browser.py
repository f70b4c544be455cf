"""In Chromium: a member answers a full event and is put on the waiting list; the person
holding the place cancels; the first member is promoted, told, and sees the joining link.
Every page passes axe-core, on a phone's width and in Arabic too."""

import pytest

from tests.extranet.browser import sign_in
from tests.extranet.factories import ProfileFactory, RegistrationFactory
from tests.home.factories import build_site_tree
from tests.members.factories import MemberFactory


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_waiting_for_a_full_event_then_promoted_when_a_place_frees(
    live_server, browser, assert_accessible
):
    build_site_tree()
    seoul = MemberFactory(name="Seoul", slug="seoul", country="KR")
    mexico = MemberFactory(name="Mexico City", slug="mexico-city", country="MX")
    holder = ProfileFactory(member=seoul, name="Hye-jin Lee")
    waiting = ProfileFactory(member=mexico, name="Lucía Torres", time_zone="America/Mexico_City")
    registration = RegistrationFactory(online=True, online_capacity=1)
    title = registration.event.title
    event_address = f"{live_server.url}/en/nexus/events/{registration.pk}/"

    desk = sign_in(browser, live_server, holder)
    desk.goto(event_address)
    desk.get_by_label("Going", exact=True).check()
    desk.get_by_role("button", name="Answer").click()
    desk.get_by_text("You are going. See you there!").wait_for()
    assert desk.get_by_role("link", name="Join online").is_visible()

    # On a phone, the second member finds the event full and joins its waiting list.
    phone = sign_in(browser, live_server, waiting, viewport={"width": 390, "height": 844})
    phone.goto(live_server.url + "/en/nexus/events/")
    assert_accessible(phone)
    phone.get_by_role("link", name=title).click()
    assert "Full: the waiting list is open" in phone.locator("main").inner_text()
    assert "America/Mexico City" in phone.locator("main").inner_text()
    phone.get_by_label("Going", exact=True).check()
    phone.get_by_role("button", name="Answer").click()
    phone.get_by_text("The event is full: you are on the waiting list, number 1.").wait_for()
    assert phone.get_by_role("link", name="Join online").count() == 0
    assert registration.join_url not in phone.content()
    assert_accessible(phone)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390

    # The person holding the place cannot come after all.
    desk.get_by_label("Not going").check()
    desk.get_by_role("button", name="Change my answer").click()
    desk.get_by_text("Your answer is saved.").wait_for()
    assert desk.get_by_role("link", name="Join online").count() == 0

    # The member waiting is told, and now sees how to join.
    phone.goto(live_server.url + "/en/nexus/notifications/")
    phone.get_by_role("link", name=f"A place became free: you are going to {title}.").click()
    phone.get_by_role("link", name="Join online").wait_for()
    assert "You are going." in phone.locator("main").inner_text()
    assert registration.join_passcode in phone.locator("main").inner_text()
    assert_accessible(phone)

    # The same page in Arabic, right to left.
    phone.goto(f"{live_server.url}/ar/nexus/events/{registration.pk}/")
    assert phone.locator("html").get_attribute("dir") == "rtl"
    assert_accessible(phone)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
