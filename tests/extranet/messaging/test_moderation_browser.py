"""Abuse controls in Chromium: a member mentions a colleague, the colleague reports the message
and blocks its author, on a phone in Arabic too; each page passes axe-core."""

import pytest
from wagtail.models import Page, Site

from extranet.messaging.models import Block, MessageReport
from tests.extranet.browser import sign_in
from tests.extranet.factories import ProfileFactory, conversation_between
from tests.home.factories import HomePageFactory
from tests.members.factories import MemberFactory


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_member_reports_a_message_and_blocks_its_author(
    live_server, browser, assert_accessible, screenshot, private_media
):
    root = Page.get_first_root_node()
    root.get_children().delete()
    home = HomePageFactory(parent=root, slug="home")
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    seoul = MemberFactory(name="Seoul", slug="seoul", country="KR")
    writer = ProfileFactory(member=seoul, name="Hye-jin Lee")
    colleague = ProfileFactory(member=seoul, name="Dong-hyun Choi")
    ProfileFactory(secretariat=True, name="Secretariat officer")
    conversation = conversation_between(writer, colleague, body="<p>Buy now, @Dong-hyun Choi!</p>")

    page = sign_in(browser, live_server, colleague)
    page.goto(f"{live_server.url}/en/nexus/messages/{conversation.pk}/")
    assert page.get_by_role("link", name="@Dong-hyun Choi").count() == 1
    assert_accessible(page)
    page.get_by_role("link", name="Report this message from Hye-jin Lee").click()
    page.get_by_label("Spam").check()
    page.get_by_label("Note (optional)").fill("Advertising")
    assert_accessible(page)
    screenshot(page, "report-message")
    page.get_by_role("button", name="Send the report").click()
    page.get_by_text("You reported this message to the secretariat.").wait_for()
    assert MessageReport.objects.get().reason == "spam"

    page.get_by_text("Block someone taking part").click()
    assert_accessible(page)
    page.get_by_role("button", name="Block Hye-jin Lee").click()
    page.get_by_text("You blocked Hye-jin Lee").wait_for()
    assert Block.objects.filter(blocker=colleague.user, blocked=writer.user).exists()

    phone = sign_in(
        browser, live_server, colleague, viewport={"width": 390, "height": 844}, locale="ar"
    )
    phone.goto(f"{live_server.url}/ar/nexus/messages/blocked/")
    assert phone.locator("html").get_attribute("dir") == "rtl"
    assert_accessible(phone)
    screenshot(phone, "blocked-people-ar-390")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    phone.goto(f"{live_server.url}/ar/nexus/messages/report/{conversation.messages.get().pk}/")
    assert_accessible(phone)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
