"""Messages in Chromium: a member writes to a colleague and another organisation with a file
attached, the colleague sees the unread count and replies, the first one reads the reply; each
page passes axe-core, on a phone and in Arabic too."""

import pytest
from wagtail.models import Page, Site

from tests.extranet.browser import sign_in
from tests.extranet.factories import ProfileFactory
from tests.home.factories import HomePageFactory
from tests.members.factories import MemberFactory


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_message_and_its_reply(
    live_server, browser, assert_accessible, screenshot, private_media, tmp_path
):
    root = Page.get_first_root_node()
    root.get_children().delete()
    home = HomePageFactory(parent=root, slug="home")
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    seoul = MemberFactory(name="Seoul", slug="seoul", country="KR")
    abuja = MemberFactory(name="Abuja", slug="abuja", country="NG")
    writer = ProfileFactory(member=seoul, name="Hye-jin Lee")
    colleague = ProfileFactory(member=seoul, name="Dong-hyun Choi")
    ProfileFactory(member=abuja, name="Amina Bello")
    agenda = tmp_path / "agenda.pdf"
    agenda.write_bytes(b"%PDF-1.7\n")

    page = sign_in(browser, live_server, writer)
    nexus = page.get_by_role("navigation", name="Nexus")
    nexus.get_by_role("link", name="Messages").click()
    assert_accessible(page)
    page.get_by_role("link", name="Write a message").click()
    page.get_by_label("Dong-hyun Choi (Seoul)").check()
    page.get_by_label("Abuja", exact=True).check()
    page.get_by_label("Subject").fill("EXCOM Meeting 2022")
    page.get_by_label("Message").fill("Has the date of the EXCOM Meeting 2022 been set?")
    page.get_by_label("Attachments").set_input_files(str(agenda))
    assert_accessible(page)
    screenshot(page, "compose")
    page.get_by_role("button", name="Send").click()
    page.get_by_role("heading", level=1, name="EXCOM Meeting 2022").wait_for()
    assert "agenda.pdf" in page.locator("main").inner_text()
    assert_accessible(page)

    # On a phone, in Arabic.
    reader = sign_in(
        browser, live_server, colleague, viewport={"width": 390, "height": 844}, locale="ar"
    )
    reader.goto(live_server.url + "/ar/nexus/messages/")
    assert reader.locator("html").get_attribute("dir") == "rtl"
    assert reader.locator(".nexus-nav .badge").first.inner_text().strip()
    assert_accessible(reader)
    screenshot(reader, "inbox-ar-390")
    reader.goto(live_server.url + "/en/nexus/messages/")
    reader.get_by_role("button", name="Menu").click()  # a phone's navigation is behind it
    assert "1 unread" in reader.get_by_role("navigation", name="Nexus").inner_text()
    reader.get_by_role("link", name="EXCOM Meeting 2022").click()
    reader.get_by_label("Your reply").fill("Yes: 14 March, in Seoul.")
    reader.get_by_role("button", name="Send the reply").click()
    reader.get_by_text("Yes: 14 March, in Seoul.").wait_for()
    screenshot(reader, "conversation-390")
    assert reader.evaluate("document.documentElement.scrollWidth") <= 390

    page.goto(live_server.url + "/en/nexus/messages/")
    assert "1 unread" in page.get_by_role("navigation", name="Nexus").inner_text()
    page.get_by_role("link", name="EXCOM Meeting 2022").click()
    page.get_by_text("Yes: 14 March, in Seoul.").wait_for()
