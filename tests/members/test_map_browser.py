"""The member map in Chromium: filters drive the list and the markers together. What the
directory's HTML says before any script runs is checked in test_directory.py."""

import re

import pytest


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_filtering_by_region_updates_list_markers_and_address(
    live_server, page, assert_accessible, member_map
):
    page.goto(live_server.url + "/en/members/")
    # Every member with a position has a marker; Erbil has none yet.
    page.wait_for_function(
        "() => document.querySelector('#member-map').dataset.markerCount === '12'"
    )
    assert page.locator("#member-map").is_visible()

    page.get_by_label("Region", exact=True).select_option("africa")

    page.wait_for_url("**/en/members/?region=africa")
    page.wait_for_function(
        "() => document.querySelector('#member-map').dataset.markerCount === '3'"
    )
    assert page.get_by_role("status").inner_text() == "3 members"
    names = page.locator("[data-member-list] li a").all_inner_texts()
    assert names == ["Abuja", "Addis Ababa", "Kampala"]
    # The selected region keeps focus-free controls: the form was not replaced.
    assert page.get_by_label("Region", exact=True).input_value() == "africa"

    assert_accessible(page)

    # With the keyboard, a marker opens a popup that links to the member's profile.
    page.goto(live_server.url + "/en/members/?q=Kampala")
    marker = page.locator(".leaflet-marker-icon")
    marker.wait_for()
    assert marker.get_attribute("alt") == "Kampala"
    marker.focus()
    page.keyboard.press("Enter")
    page.locator(".leaflet-popup").get_by_role("link", name="Profile").click()
    page.wait_for_url("**/en/members/kampala/")
    assert page.get_by_role("heading", level=1).inner_text() == "Kampala"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_without_javascript_the_list_still_filters(live_server, browser, member_map):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/en/members/")
    assert not page.locator("#member-map").is_visible()
    page.get_by_label("Region", exact=True).select_option("europe")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url("**/en/members/?*region=europe*")
    assert page.get_by_role("status").inner_text() == "2 members"
    context.close()


def marks_outside(page):
    """Markers and clusters drawn outside the map's frame."""
    return page.evaluate(
        """() => {
            const frame = document.querySelector('#member-map').getBoundingClientRect();
            return [...document.querySelectorAll('#member-map .leaflet-marker-icon')]
                .map((mark) => mark.getBoundingClientRect())
                .filter((box) => box.right < frame.left || box.left > frame.right
                    || box.bottom < frame.top || box.top > frame.bottom).length;
        }"""
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_map_frames_the_region_or_country_filtered_on_and_explains_itself(
    live_server, page, assert_accessible, member_map
):
    page.goto(live_server.url + "/en/members/")
    page.wait_for_function(
        "() => document.querySelector('#member-map').dataset.markerCount === '12'"
    )
    legend = page.get_by_role("region", name="Map legend")
    assert legend.is_visible()
    assert legend.locator("[data-legend-maximum]").inner_text() == "1"
    assert page.get_by_text("1 member is not on the map:").is_visible()
    unplaced = page.get_by_role("list", name=re.compile("not on the map"))
    assert unplaced.get_by_role("link", name="Erbil").get_attribute("href") == "/en/members/erbil/"

    page.get_by_label("Region", exact=True).select_option("africa")
    page.wait_for_function(
        "() => document.querySelector('#member-map').dataset.markerCount === '3'"
    )
    page.wait_for_function("() => Number(document.querySelector('#member-map').dataset.zoom) >= 3")
    assert marks_outside(page) == 0
    page.get_by_text("not on the map").wait_for(state="detached")

    page.get_by_label("Region", exact=True).select_option("")
    page.get_by_label("Country", exact=True).select_option("IQ")
    # Iraq's one member has no position yet: the map shows the country, and says so.
    page.wait_for_function(
        "() => document.querySelector('#member-map').dataset.markerCount === '0'"
    )
    page.wait_for_function("() => Number(document.querySelector('#member-map').dataset.zoom) >= 4")
    # The list follows the second change of filters too, not only the first.
    page.get_by_text("1 member is not on the map:").wait_for()
    assert_accessible(page)
