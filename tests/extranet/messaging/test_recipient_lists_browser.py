"""A recipient list in Chromium: a member saves a list from Messages, sees who it reaches
before sending (without JavaScript's help: a button of the form), writes to it; a recipient
replies and the first member sees the unread count in the Nexus menu and the reply. Each page
passes axe-core."""

import pytest
from wagtail.models import Page, Site

from tests.extranet.browser import sign_in
from tests.extranet.factories import ProfileFactory
from tests.home.factories import HomePageFactory
from tests.members.factories import MemberFactory


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_member_writes_to_a_list_and_reads_the_reply(
    live_server, browser, assert_accessible, screenshot, private_media, tmp_path
):
    root = Page.get_first_root_node()
    root.get_children().delete()
    home = HomePageFactory(parent=root, slug="home")
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    seoul = MemberFactory(name="Seoul", slug="seoul", country="KR")
    abuja = MemberFactory(name="Abuja", slug="abuja", country="NG", region="africa")
    writer = ProfileFactory(member=seoul, name="Hye-jin Lee")
    ProfileFactory(member=seoul, name="Dong-hyun Choi")
    recipient = ProfileFactory(member=abuja, name="Amina Bello")
    ProfileFactory(member=abuja, name="Chidi Okafor")
    agenda = tmp_path / "agenda.pdf"
    agenda.write_bytes(b"%PDF-1.7\n")

    page = sign_in(browser, live_server, writer)
    page.get_by_role("navigation", name="Nexus").get_by_role("link", name="Messages").click()
    page.get_by_role("link", name="My lists").click()
    page.get_by_role("heading", level=1, name="My lists").wait_for()
    assert_accessible(page)
    page.get_by_role("link", name="New list").click()
    page.get_by_label("Name of the list").fill("EXCOM 2022 contacts")
    page.get_by_label("Dong-hyun Choi (Seoul)").check()
    page.get_by_label("Abuja", exact=True).check()
    assert_accessible(page)
    page.get_by_role("button", name="Save the list").click()
    page.get_by_role("heading", level=1, name="EXCOM 2022 contacts").wait_for()
    reached = page.locator(".recipient-preview").inner_text()
    assert "Amina Bello" in reached
    assert "Chidi Okafor" in reached
    assert "Dong-hyun Choi" in reached
    assert "3 accounts" in page.locator("main").inner_text()
    assert_accessible(page)
    screenshot(page, "list")

    page.get_by_role("link", name="Write to this list").click()
    assert page.get_by_label("EXCOM 2022 contacts").is_checked()
    page.get_by_label("Subject").fill("EXCOM Meeting 2022")
    page.get_by_label("Message").fill("Has the date of the EXCOM Meeting 2022 been set?")
    page.get_by_label("Attachments").set_input_files(str(agenda))
    page.get_by_role("button", name="Show recipients").click()
    page.get_by_role("heading", name="Your message will reach 3 people").wait_for()
    assert "Amina Bello" in page.locator(".recipient-preview").inner_text()
    assert page.get_by_label("Subject").input_value() == "EXCOM Meeting 2022"
    assert "agenda.pdf" in page.locator("main").inner_text()
    assert_accessible(page)
    screenshot(page, "preview")
    page.get_by_role("button", name="Send", exact=True).click()
    page.get_by_role("heading", level=1, name="EXCOM Meeting 2022").wait_for()
    assert "agenda.pdf" in page.locator("main").inner_text()
    assert_accessible(page)

    reader = sign_in(browser, live_server, recipient)
    reader.goto(live_server.url + "/en/nexus/messages/")
    assert "1 unread" in reader.get_by_role("navigation", name="Nexus").inner_text()
    reader.get_by_role("link", name="EXCOM Meeting 2022").click()
    reader.get_by_label("Your reply").fill("Yes: 14 March, in Seoul.")
    reader.get_by_role("button", name="Send the reply").click()
    reader.get_by_text("Yes: 14 March, in Seoul.").wait_for()
    assert_accessible(reader)

    page.goto(live_server.url + "/en/nexus/messages/")
    assert "1 unread" in page.get_by_role("navigation", name="Nexus").inner_text()
    assert_accessible(page)
    page.get_by_role("link", name="EXCOM Meeting 2022").click()
    page.get_by_text("Yes: 14 March, in Seoul.").wait_for()
    assert_accessible(page)
