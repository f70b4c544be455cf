"""The member map in Chromium: filters drive the list and the markers together."""

import pytest
from django.core.management import call_command

from members.models import Member
from tests.members.factories import MemberFactory


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_filtering_by_region_updates_list_markers_and_address(live_server, page, assert_accessible):
    call_command("load_initial_content", "--skip-locate", stdout=open("/dev/null", "w"))  # noqa: SIM115
    MemberFactory(
        name="Marker city",
        slug="marker-city",
        country="KE",
        region="africa",
        latitude=-1.28,
        longitude=36.82,
    )
    # Spread the imported members over the map so that each region has markers.
    for number, member in enumerate(Member.objects.filter(latitude__isnull=True)):
        member.latitude, member.longitude = -40 + number % 80, -170 + (number * 7) % 340
        member.save(update_fields=["latitude", "longitude"])

    page.goto(live_server.url + "/en/members/")
    page.wait_for_selector(".leaflet-marker-icon")
    assert page.locator("#member-map").is_visible()
    assert page.get_by_role("status").inner_text() == "161 members"

    page.get_by_label("Region", exact=True).select_option("africa")

    page.wait_for_url("**/en/members/?region=africa")
    page.wait_for_function("document.querySelector('#member-map').dataset.markerCount === '48'")
    assert page.get_by_role("status").inner_text() == "48 members"
    names = page.locator("[data-member-list] li a").all_inner_texts()
    assert "Abuja" in names
    assert "Seoul" not in names
    # The selected region keeps focus-free controls: the form was not replaced.
    assert page.get_by_label("Region", exact=True).input_value() == "africa"

    assert_accessible(page)

    # With the keyboard, a marker opens a popup that links to the member's profile.
    page.goto(live_server.url + "/en/members/?q=Marker+city")
    marker = page.locator(".leaflet-marker-icon")
    marker.wait_for()
    assert marker.get_attribute("alt") == "Marker city"
    marker.focus()
    page.keyboard.press("Enter")
    page.locator(".leaflet-popup").get_by_role("link", name="Profile").click()
    page.wait_for_url("**/en/members/marker-city/")
    assert page.get_by_role("heading", level=1).inner_text() == "Marker city"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_without_javascript_the_list_still_filters(live_server, browser):
    call_command("load_initial_content", "--skip-locate", stdout=open("/dev/null", "w"))  # noqa: SIM115
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/en/members/")
    assert not page.locator("#member-map").is_visible()
    page.get_by_label("Region", exact=True).select_option("europe")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url("**/en/members/?*region=europe*")
    assert page.get_by_role("status").inner_text() == "17 members"
    context.close()
