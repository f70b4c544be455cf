import datetime

import pytest
from django.core.exceptions import ValidationError

from news.models import NewsKind
from tests.news.factories import NewsArticlePageFactory

pytestmark = pytest.mark.django_db


def errors_on_save(parent, **fields):
    """The validation errors an editor would get for an article with these fields."""
    page = NewsArticlePageFactory.build(**fields)
    with pytest.raises(ValidationError) as raised:
        parent.add_child(instance=page)
    return raised.value.message_dict


def test_a_press_release_without_a_lead_is_refused(site_tree):
    errors = errors_on_save(site_tree.news, press_release=True, lead="  ")
    assert errors["lead"] == ["A press release needs a lead."]


def test_a_media_advisory_needs_the_date_and_subject_of_its_event(site_tree):
    errors = errors_on_save(site_tree.news, kind=NewsKind.MEDIA_ADVISORY)
    assert errors["starts_on"] == ["A media advisory needs the date of its event."]
    assert errors["event_what"] == ["Say what happens at the event."]


def test_an_event_that_ends_before_it_starts_is_refused(site_tree):
    errors = errors_on_save(
        site_tree.news,
        media_advisory=True,
        start_time=datetime.time(15, 0),
        end_time=datetime.time(14, 0),
    )
    assert errors["end_time"] == ["The event ends before it starts."]


def test_the_editor_shows_the_error_and_keeps_what_was_typed(admin_client, site_tree):
    from django.urls import reverse
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    url = reverse("wagtailadmin_pages:add", args=("news", "newsarticlepage", site_tree.news.pk))
    data = nested_form_data(
        {
            "title": "Kick-off <b>2022</b>",
            "slug": "kick-off",
            "kind": NewsKind.PRESS_RELEASE,
            "date": "2022-02-23",
            "lead": "",
            "body": streamfield([]),
            "downloads": inline_formset([]),
            "time_zone": "Asia/Seoul",
            "date_precision": "day",
            "attendance_mode": "in_person",
        }
    )
    response = admin_client.post(url, data)

    assert response.status_code == 200
    assert "A press release needs a lead." in response.text
    assert 'value="Kick-off &lt;b&gt;2022&lt;/b&gt;"' in response.text
    assert not site_tree.news.get_children().exists()


def test_ordinary_news_needs_no_lead_nor_event(site_tree):
    page = NewsArticlePageFactory(parent=site_tree.news, lead="")
    page.full_clean()  # no error


def test_the_listing_filters_by_kind_year_and_tag(client, site_tree):
    release = NewsArticlePageFactory(
        parent=site_tree.news, press_release=True, date=datetime.date(2022, 2, 23)
    )
    old_release = NewsArticlePageFactory(
        parent=site_tree.news, press_release=True, date=datetime.date(2021, 5, 1)
    )
    news = NewsArticlePageFactory(parent=site_tree.news, tags=["youth"])

    def titles(query):
        response = client.get(site_tree.news.url, query)
        assert response.status_code == 200
        return {page.title for page in response.context["articles"]}

    assert titles({"kind": "press_release"}) == {release.title, old_release.title}
    assert titles({"kind": "press_release", "year": "2022"}) == {release.title}
    assert titles({"tag": "youth"}) == {news.title}
    # Values that are not filters are ignored rather than failing the page.
    assert titles({"kind": "<script>", "year": "1' OR '1'='1"}) == {
        release.title,
        old_release.title,
        news.title,
    }


def test_the_listing_paginates_and_keeps_filters_in_page_links(client, site_tree):
    NewsArticlePageFactory.create_batch(14, parent=site_tree.news)
    response = client.get(site_tree.news.url, {"kind": "news"})
    assert len(response.context["articles"]) == 12
    assert 'href="?kind=news&amp;page=2"' in response.text
    second = client.get(site_tree.news.url, {"kind": "news", "page": "2"})
    assert len(second.context["articles"]) == 2
    # A page number past the end shows the last page instead of an error.
    assert client.get(site_tree.news.url, {"page": "99"}).status_code == 200


def test_page_links_of_a_korean_tag_are_percent_encoded(client, site_tree):
    NewsArticlePageFactory.create_batch(13, parent=site_tree.news, tags=["청년"])
    response = client.get(site_tree.news.url, {"tag": "청년"})
    assert 'href="?tag=%EC%B2%AD%EB%85%84&amp;page=2"' in response.text
    second = client.get(site_tree.news.url + "?tag=%EC%B2%AD%EB%85%84&page=2")
    assert len(second.context["articles"]) == 1


def test_an_article_shows_its_event_facts_and_media_contact(client, site_tree):
    from tests.news.factories import MediaContactFactory

    page = NewsArticlePageFactory(
        parent=site_tree.news,
        media_advisory=True,
        hybrid=True,
        event_what="The 2022 kick-off",
        time_zone="Asia/Seoul",
        event_who="Ambassadors\nStudents",
        media_contact=MediaContactFactory(),
    )
    html = client.get(page.url).text
    assert "The 2022 kick-off" in html
    assert "(Asia/Seoul, UTC+09:00)" in html
    assert "Hybrid (in person and online)" in html
    assert "<li>Ambassadors</li>" in html
    assert "press@example.org" in html


def test_journalists_write_or_call_the_media_contact_in_one_tap(client, site_tree):
    from tests.news.factories import MediaContactFactory

    contact = MediaContactFactory(phone="+82 (2) 2133-5463")
    page = NewsArticlePageFactory(parent=site_tree.news, media_contact=contact)
    html = client.get(page.url).text
    assert '<a href="mailto:press@example.org" dir="ltr">press@example.org</a>' in html
    assert '<a href="tel:+82221335463" dir="ltr">+82 (2) 2133-5463</a>' in html


@pytest.mark.parametrize("phone", ["02-2133-5463", "+0 2133 5463", "call us", "+82 2133"])
def test_a_phone_number_not_in_international_form_is_refused(site_tree, phone):
    from tests.news.factories import MediaContactFactory

    contact = MediaContactFactory.build(phone=phone)
    with pytest.raises(ValidationError) as raised:
        contact.full_clean()
    assert "Write the number in international form" in raised.value.message_dict["phone"][0]


def test_the_media_contact_editor_reports_a_wrong_number_without_an_error_page(
    admin_client, site_tree
):
    response = admin_client.post(
        "/admin/snippets/news/mediacontact/add/",
        {"name": "Press office", "role": "Secretariat", "email": "", "phone": "02 2133"},
    )
    assert response.status_code == 200
    assert "Write the number in international form" in response.text
