"""Editors place a member on a map in its edit form (members/panels.py), or type the
degrees."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse

from members.models import Member
from tests.members.factories import MemberFactory


def edit_url(member):
    return reverse("wagtailsnippets_members_member:edit", args=[member.pk])


def form_data(member, **changes):
    return {
        "name": member.name,
        "slug": member.slug,
        "member_type": member.member_type,
        "region": member.region,
        "country": member.country.code,
        "city": "",
        "latitude": "",
        "longitude": "",
        "website": "",
        "description": "",
        "year_joined": "",
        "active": "on",
        **changes,
    }


@pytest.mark.django_db
def test_the_edit_form_has_a_map_over_the_two_fields(admin_client, site_tree):
    member = MemberFactory(name="Erbil", country="IQ", unplaced=True)
    page = BeautifulSoup(admin_client.get(edit_url(member)).content, "html.parser")

    widget = page.select_one("[data-member-position]")
    assert widget["data-latitude-input"] == "id_latitude"
    assert widget["data-longitude-input"] == "id_longitude"
    assert (
        widget.select_one("[data-member-position-map]")["aria-label"] == "Map to place the member"
    )
    assert widget.find("button", string="Place at the centre of the map")
    # The fields stay, with the ranges the browser checks too.
    latitude, longitude = page.select_one("#id_latitude"), page.select_one("#id_longitude")
    assert (latitude["min"], latitude["max"]) == ("-90", "90")
    assert (longitude["min"], longitude["max"]) == ("-180", "180")
    scripts = [script["src"] for script in page.select("script[src]")]
    assert "/static/js/member-position-map.js" in scripts

    # Out of range, typed or sent: explained, not saved.
    response = admin_client.post(edit_url(member), form_data(member, latitude="95", longitude="44"))
    assert response.status_code == 200
    assert "Ensure this value is less than or equal to 90." in response.text
    member.refresh_from_db()
    assert not member.has_position


def signed_in_page(browser, live_server, user):
    client = Client()
    client.force_login(user)
    context = browser.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    return context.new_page()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_editor_places_a_member_by_clicking_dragging_or_from_the_keyboard(
    live_server, browser, admin_user, site_tree, assert_accessible
):
    member = MemberFactory(name="Erbil", country="IQ", unplaced=True)
    page = signed_in_page(browser, live_server, admin_user)
    page.goto(live_server.url + edit_url(member))
    latitude, longitude = page.locator("#id_latitude"), page.locator("#id_longitude")
    area = page.locator("[data-member-position-map]")
    area.wait_for()
    # The countries are drawn (many of them off screen once the map shows the member's country).
    page.wait_for_function(
        "() => document.querySelectorAll('[data-member-position-map] svg path').length > 100"
    )

    # A click fills both fields and puts the marker there.
    box = area.bounding_box()
    area.click(position={"x": box["width"] * 0.6, "y": box["height"] * 0.4})
    clicked = (float(latitude.input_value()), float(longitude.input_value()))
    assert -90 <= clicked[0] <= 90
    assert -180 <= clicked[1] <= 180
    assert len(latitude.input_value().split(".")[1]) == 5
    marker = page.locator("[data-member-position-map] .leaflet-marker-icon")
    assert marker.get_attribute("alt") == "Where the member is"
    assert page.locator("[data-member-position-status]").inner_text() == (
        f"Placed at {latitude.input_value()}, {longitude.input_value()}."
    )

    # Dragging the marker moves the position.
    marker_box = marker.bounding_box()
    page.mouse.move(marker_box["x"] + 12, marker_box["y"] + 35)
    page.mouse.down()
    page.mouse.move(marker_box["x"] + 80, marker_box["y"] + 95, steps=8)
    page.mouse.up()
    dragged = (float(latitude.input_value()), float(longitude.input_value()))
    assert dragged[0] < clicked[0]  # dragged down
    assert dragged[1] > clicked[1]  # and to the east

    # Typed degrees move the marker; from the keyboard, the map moves under its centre.
    latitude.fill("36.19")
    longitude.fill("44.01")
    longitude.press("Tab")
    area.focus()
    page.keyboard.press("ArrowRight")
    page.get_by_role("button", name="Place at the centre of the map").click()
    centred = (float(latitude.input_value()), float(longitude.input_value()))
    assert centred != (36.19, 44.01)

    latitude.fill("36.19")
    longitude.fill("44.01")
    # Judged at rest: Wagtail shows a small anchor link beside a section's toggle while the
    # pointer is over its header, wherever the page has scrolled under the pointer.
    latitude.hover()
    assert_accessible(page)
    page.get_by_role("button", name="Save").click()
    page.wait_for_load_state()
    member.refresh_from_db()
    assert (float(member.latitude), float(member.longitude)) == (36.19, 44.01)
    assert Member.objects.get(pk=member.pk).has_position
