"""In Chromium: a visitor finds a public event, registers without an account, and every page
passes axe-core on a phone and a desk, in English, Korean and Arabic (right to left)."""

import pytest
from wagtail.models import Locale, Page, Site

from extranet.events.models import Attendance, Question, Status
from tests.events.factories import EventPageFactory
from tests.extranet.factories import RegistrationFactory
from tests.home.factories import build_site_tree

SIZES = {"phone": {"width": 390, "height": 844}, "desk": {"width": 1280, "height": 900}}
LANGUAGES = ("en", "ko", "ar")


def published_translations(event):
    for code in LANGUAGES[1:]:
        locale, _created = Locale.objects.get_or_create(language_code=code)
        event.copy_for_translation(locale, copy_parents=True)
        for page in Page.objects.filter(locale=locale, alias_of=None, live=False):
            page.specific.save_revision().publish()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_visitor_registers_for_a_public_event_on_a_phone_and_a_desk(
    live_server, browser, assert_accessible, screenshot
):
    tree = build_site_tree()
    Site.objects.update(hostname="localhost")
    event = EventPageFactory(
        parent=tree.events,
        title="Smart city hackathon",
        slug="smart-city-hackathon",
        hybrid=True,
    )
    registration = RegistrationFactory(
        event=event, open_to_public=True, hybrid=True, in_person_capacity=30
    )
    Question.objects.create(registration=registration, label="Dietary needs", required=True)
    published_translations(event)

    for size_name, viewport in SIZES.items():
        context = browser.new_context(viewport=viewport)
        tab = context.new_page()
        for language in LANGUAGES:
            tab.goto(f"{live_server.url}/{language}/events/smart-city-hackathon/")
            assert tab.locator("html").get_attribute("lang") == language
            note = tab.locator(".event-registration-note")
            assert note.get_by_role("link").count() == 2
            assert_accessible(tab)
            assert tab.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
            screenshot(tab, f"event-{language}-{size_name}")

            note.locator("a.button").click()
            tab.wait_for_url(f"**/{language}/event-registration/{registration.pk}/")
            if language == "ar":
                assert tab.locator("html").get_attribute("dir") == "rtl"
            assert tab.locator("input[name=website]").is_hidden()
            assert_accessible(tab)
            assert tab.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
            screenshot(tab, f"form-{language}-{size_name}")
        context.close()

    # The form in English on a phone: a mistake keeps what was typed, then it goes through.
    tab = browser.new_context(viewport=SIZES["phone"]).new_page()
    tab.goto(f"{live_server.url}/en/event-registration/{registration.pk}/")
    tab.get_by_label("Your name").fill("Alice Kim")
    tab.get_by_label("Your e-mail address").fill("alice@example.org")
    tab.get_by_label("Online").check()
    tab.get_by_role("button", name="Register").click()
    tab.get_by_text("This field is required.").wait_for()
    assert tab.get_by_label("Your name").input_value() == "Alice Kim"
    assert_accessible(tab)
    screenshot(tab, "form-error-en-phone")
    tab.get_by_label("Dietary needs").fill("Vegetarian")
    tab.get_by_role("button", name="Register").click()
    tab.get_by_role("heading", name="Check your e-mail").wait_for()
    assert_accessible(tab)
    screenshot(tab, "sent-en-phone")
    attendance = Attendance.objects.get()
    assert (attendance.status, attendance.mode) == (Status.UNCONFIRMED, "online")
