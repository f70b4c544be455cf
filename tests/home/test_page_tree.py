import pytest
from wagtail.models import Page

from events.models import EventIndexPage, EventPage
from home.models import HomePage, StandardPage
from members.models import GovernancePage, MemberDirectoryPage
from news.models import NewsArticlePage, NewsIndexPage
from programs.models import ProgramIndexPage, ProgramPage

pytestmark = pytest.mark.django_db


def allowed_children(model):
    return set(model.allowed_subpage_models())


def test_the_home_page_holds_the_sections_and_sits_at_the_root():
    assert HomePage.allowed_parent_page_models() == [Page]
    assert {
        NewsIndexPage,
        EventIndexPage,
        ProgramIndexPage,
        MemberDirectoryPage,
        StandardPage,
        GovernancePage,
    } <= allowed_children(HomePage)
    assert NewsArticlePage not in allowed_children(HomePage)


@pytest.mark.parametrize(
    ("index", "child"),
    [
        (NewsIndexPage, NewsArticlePage),
        (EventIndexPage, EventPage),
        (ProgramIndexPage, ProgramPage),
    ],
)
def test_each_index_holds_only_its_own_kind_of_page(index, child):
    assert allowed_children(index) == {child}
    assert (
        child.allowed_parent_page_models() == [index] or index in child.allowed_parent_page_models()
    )


def test_articles_events_and_member_directory_are_leaves():
    for model in (NewsArticlePage, EventPage, MemberDirectoryPage):
        assert allowed_children(model) == set()


def test_programmes_nest_for_their_components():
    assert allowed_children(ProgramPage) == {ProgramPage}


def test_sections_exist_once_per_home_page(site_tree):
    for model in (NewsIndexPage, EventIndexPage, ProgramIndexPage, MemberDirectoryPage):
        assert not model.can_create_at(site_tree.home)
