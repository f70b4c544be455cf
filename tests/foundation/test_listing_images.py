"""Editors give articles, events and programmes a picture for the cards that list them (or
else the cards show the page's lead image); the lists cost the same number of queries however
many cards have one."""

import datetime

import pytest
from bs4 import BeautifulSoup

from events.models import EventPage
from foundation.models import LISTING_IMAGE_FILTER
from tests.events.factories import EventPageFactory
from tests.foundation.factories import ImageFactory
from tests.members.factories import MemberFactory
from tests.news.factories import NewsArticlePageFactory
from tests.programs.factories import ProgramPageFactory
from tests.query_counts import queries_for

pytestmark = pytest.mark.django_db


def pictured(factory, parent, count, picture="listing_image", **fields):
    return [
        factory(parent=parent, **{picture: ImageFactory()}, **fields) for _number in range(count)
    ]


@pytest.fixture
def lists(site_tree, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    member = MemberFactory(name="Kampala")
    site_tree.member = member
    return site_tree


def fill(lists, count, picture="listing_image"):
    pictured(NewsArticlePageFactory, lists.news, count, picture, related_members=[lists.member])
    pictured(EventPageFactory, lists.events, count, picture)
    pictured(ProgramPageFactory, lists.programs, count, picture)


def card_pictures(html):
    return [img["src"] for img in BeautifulSoup(html, "html.parser").select(".card__image")]


def test_cards_show_the_listing_image_cropped_for_cards(client, lists):
    fill(lists, 1)
    for url in (lists.home.url, lists.news.url, lists.events.url, lists.programs.url):
        html = client.get(url).text
        assert 'class="card__image"' in html or 'class="lead-story__image"' in html, url
        assert ".fill-640x360." in html, url


def test_pages_without_one_show_no_picture(client, lists):
    NewsArticlePageFactory(parent=lists.news)
    assert "card__image" not in client.get(lists.news.url).text


def test_lists_make_as_many_queries_with_ten_times_more_pictures(client, lists):
    fill(lists, 2)
    urls = [
        lists.home.url,
        lists.news.url,
        lists.events.url,
        lists.programs.url,
        lists.members.url + "kampala/",
    ]
    before = {url: len(queries_for(client, url)) for url in urls}
    fill(lists, 20)
    assert {url: len(queries_for(client, url)) for url in urls} == before


def test_cards_without_a_listing_image_show_the_lead_image(client, lists):
    lead_image = ImageFactory()
    NewsArticlePageFactory(parent=lists.news, lead_image=lead_image)
    card = lead_image.get_rendition(LISTING_IMAGE_FILTER).url
    assert card_pictures(client.get(lists.news.url).text) == [card]

    # A listing image, chosen for the cards, comes first.
    listing_image = ImageFactory()
    NewsArticlePageFactory(parent=lists.news, lead_image=lead_image, listing_image=listing_image)
    chosen = listing_image.get_rendition(LISTING_IMAGE_FILTER).url
    assert card_pictures(client.get(lists.news.url).text) == [chosen, card]


def fill_with_both_kinds(lists, count):
    """Pages whose cards show their listing image and pages whose cards show their lead image,
    in turn and newer each time, so that every list shows both kinds however many there are."""
    for _number in range(count):
        for picture in ("listing_image", "lead_image"):
            starts_on = datetime.date(2030, 3, 10) + datetime.timedelta(
                days=EventPage.objects.count()
            )
            pictured(NewsArticlePageFactory, lists.news, 1, picture, related_members=[lists.member])
            pictured(EventPageFactory, lists.events, 1, picture, starts_on=starts_on)
            pictured(ProgramPageFactory, lists.programs, 1, picture)


def test_cards_showing_lead_images_make_as_many_queries_with_ten_times_more(client, lists):
    fill_with_both_kinds(lists, 2)
    urls = [
        lists.home.url,
        lists.news.url,
        lists.events.url,
        lists.programs.url,
        lists.members.url + "kampala/",
    ]
    before = {url: len(queries_for(client, url)) for url in urls}
    fill_with_both_kinds(lists, 20)
    assert {url: len(queries_for(client, url)) for url in urls} == before
