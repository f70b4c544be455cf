"""Pages make the same number of queries however much content there is."""

import pytest
from wagtail.models import Locale

from home.initial_content.pages import translate
from tests.events.factories import EventPageFactory
from tests.news.factories import NewsArticlePageFactory
from tests.programs.factories import ProgramPageFactory
from tests.query_counts import queries_for

pytestmark = pytest.mark.django_db


def add_articles(site_tree, count):
    """Press releases, news and media advisories in turn, over seven topics."""
    for number in range(count):
        NewsArticlePageFactory(
            parent=site_tree.news,
            press_release=number % 3 == 0,
            media_advisory=number % 3 == 2,
            tags=[f"topic-{number % 7}"],
        )


@pytest.fixture
def content(site_tree):
    add_articles(site_tree, 5)
    for _number in range(3):
        ProgramPageFactory(parent=site_tree.programs)
        EventPageFactory(parent=site_tree.events)
    return site_tree


def test_query_counts_do_not_grow_with_100_more_articles(client, content):
    article = content.news.get_children().live().first()
    urls = {"home": content.home.url, "news index": content.news.url, "article": article.url}

    before = {name: queries_for(client, url) for name, url in urls.items()}
    add_articles(content, 100)
    after = {name: queries_for(client, url) for name, url in urls.items()}

    for name in urls:
        assert len(after[name]) == len(before[name]), name + ":\n" + "\n".join(after[name])


def test_home_pages_showing_the_sites_content_in_other_languages_stay_constant(client, content):
    """The French home page shows English news, events and programmes, with their labels;
    the Korean one mixes its translations in."""
    for code in ("fr", "ko"):
        translate(content.home, Locale.objects.get_or_create(language_code=code)[0], {"home": code})
    korean = Locale.objects.get(language_code="ko")
    translate(content.news, korean, {})
    translate(content.news.get_children().live().first().specific, korean, {})

    before = {code: queries_for(client, f"/{code}/") for code in ("fr", "ko")}
    add_articles(content, 50)
    for _number in range(5):
        ProgramPageFactory(parent=content.programs)
        EventPageFactory(parent=content.events)
    after = {code: queries_for(client, f"/{code}/") for code in ("fr", "ko")}

    for code, queries in after.items():
        assert len(queries) == len(before[code]), code + ":\n" + "\n".join(queries)
    assert "No news yet." not in client.get("/fr/").text
