"""Editors give articles, events and programmes a picture for the cards that list them; the
lists cost the same number of queries however many cards have one."""

import pytest

from tests.events.factories import EventPageFactory
from tests.foundation.factories import ImageFactory
from tests.members.factories import MemberFactory
from tests.news.factories import NewsArticlePageFactory
from tests.programs.factories import ProgramPageFactory
from tests.query_counts import queries_for

pytestmark = pytest.mark.django_db


def pictured(factory, parent, count, **fields):
    return [
        factory(parent=parent, listing_image=ImageFactory(), **fields) for _number in range(count)
    ]


@pytest.fixture
def lists(site_tree, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    member = MemberFactory(name="Kampala")
    site_tree.member = member
    return site_tree


def fill(lists, count):
    pictured(NewsArticlePageFactory, lists.news, count, related_members=[lists.member])
    pictured(EventPageFactory, lists.events, count)
    pictured(ProgramPageFactory, lists.programs, count)


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
