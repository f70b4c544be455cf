"""Reports → Translations: every translatable page and snippet × the site's languages, with
where each translation stands, filters, pages of results and links to act on them."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale

from foundation.translation_overview import State
from home.initial_content.pages import translate
from tests.extranet.factories import AdminUserFactory
from tests.news.factories import MediaContactFactory, NewsArticlePageFactory
from tests.query_counts import queries_for
from tests.translation_editor import publish, submit_translation

pytestmark = pytest.mark.django_db

OVERVIEW = "/admin/translations/"


@pytest.fixture
def korean(site_tree):
    locale, _created = Locale.objects.get_or_create(language_code="ko")
    translate(site_tree.home, locale, {})
    translate(site_tree.news, locale, {"News and media": "소식"})
    return locale


def article(site_tree, slug, title, lead="A sentence."):
    return NewsArticlePageFactory(parent=site_tree.news, slug=slug, title=title, lead=lead)


def rows(client, **filters):
    response = client.get(OVERVIEW, filters)
    assert response.status_code == 200
    return {row.title: row for row in response.context["object_list"]}


def korean_state(row):
    return row.cells["ko"].state


def test_each_translation_says_where_it_stands(
    admin_client, site_tree, korean, django_capture_on_commit_callbacks
):
    done = article(site_tree, "done", "Translated article")
    translate(done, korean, {"Translated article": "번역된 기사", "A sentence.": "한 문장."})
    changed = article(site_tree, "changed", "Changed article")
    translate(changed, korean, {"Changed article": "바뀐 기사", "A sentence.": "한 문장."})
    changed.lead = "A new sentence."
    changed.save_revision().publish()
    partly = article(site_tree, "partly", "Partly translated article")
    translate(partly, korean, {"Partly translated article": "일부 번역된 기사"})
    drafted = article(site_tree, "drafted", "Drafted article")
    with django_capture_on_commit_callbacks(execute=True):
        submit_translation(admin_client, drafted, korean)
    article(site_tree, "untouched", "Untranslated article")
    contact = MediaContactFactory(role="Programme Officer")
    with django_capture_on_commit_callbacks(execute=True):
        publish(admin_client, submit_translation(admin_client, contact, korean))
    contact.role = "Head of Communications"
    contact.save()

    found = rows(admin_client)
    assert found["Translated article"].cells["en"].state == State.ORIGINAL
    assert korean_state(found["Translated article"]) == State.UP_TO_DATE
    assert korean_state(found["Changed article"]) == State.OUTDATED
    assert korean_state(found["Partly translated article"]) == State.INCOMPLETE
    assert korean_state(found["Drafted article"]) == State.DRAFT
    assert korean_state(found["Untranslated article"]) == State.MISSING
    assert korean_state(found["Alizée Rousset"]) == State.OUTDATED

    page = admin_client.get(OVERVIEW).content.decode()
    for text in ("Up to date", "Outdated", "Partly translated", "Draft", "Not translated"):
        assert text in page
    assert "The original changed after the last sync" in page
    assert "1 of 2 texts translated" in page

    # Links lead to what to do next.
    outdated = found["Changed article"].cells["ko"]
    sync = next(link.url for link in outdated.links if link.text == "Sync")
    assert admin_client.get(sync).status_code == 200
    translate_link = found["Untranslated article"].cells["ko"].links[0].url
    assert "select_locale=ko" in translate_link
    form = admin_client.get(translate_link)
    assert form.status_code == 200
    edit = found["Translated article"].cells["ko"].links[0].url
    assert edit == reverse("wagtailadmin_pages:edit", args=[done.get_translation(korean).pk])


def test_a_synced_change_leaves_texts_to_review_until_the_translator_publishes(
    admin_client, site_tree, korean, django_capture_on_commit_callbacks
):
    changed = article(site_tree, "changed", "Changed article")
    translate(changed, korean, {"Changed article": "바뀐 기사", "A sentence.": "한 문장."})
    changed.lead = "A new sentence."
    changed.save_revision().publish()
    sync = next(
        link.url
        for link in rows(admin_client)["Changed article"].cells["ko"].links
        if link.text == "Sync"
    )
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(sync, {})

    cell = rows(admin_client)["Changed article"].cells["ko"]
    assert cell.state == State.OUTDATED
    assert "1 text to review" in cell.details


def test_filters_by_type_language_and_state_and_pages_of_fifty(admin_client, site_tree, korean):
    for number in range(55):
        article(site_tree, f"article-{number}", f"Article {number}")
    translate(site_tree.news.get_children().first(), korean, {})

    assert set(rows(admin_client, type="news.newsindexpage")) == {"News and media"}
    missing_in_korean = rows(
        admin_client, type="news.newsarticlepage", language="ko", state="missing"
    )
    assert len(missing_in_korean) == 50  # the first page of 54
    assert set(missing_in_korean) <= {f"Article {number}" for number in range(1, 55)}
    second = admin_client.get(
        OVERVIEW, {"type": "news.newsarticlepage", "language": "ko", "state": "missing", "p": 2}
    )
    assert len(second.context["object_list"]) == 4
    # Only the chosen language's column is shown.
    assert [column.name for column in second.context["table"].columns.values()][-1:] == [
        "language_ko"
    ]
    assert "Article 0" in rows(admin_client, title="article 0", language="ko", state="incomplete")
    # A wrong value filters nothing out and breaks nothing.
    assert admin_client.get(OVERVIEW, {"state": "nonsense", "p": "x"}).status_code == 200


def test_queries_stay_the_same_however_many_pages(admin_client, site_tree, korean):
    for number in range(5):
        translate(article(site_tree, f"first-{number}", f"First {number}"), korean, {})
    before = queries_for(admin_client, OVERVIEW)
    for number in range(30):
        translate(article(site_tree, f"more-{number}", f"More {number}"), korean, {})
    MediaContactFactory(name="Another contact")
    after = queries_for(admin_client, OVERVIEW)
    assert len(after) == len(before), "\n".join(sorted(set(after) - set(before)))


def test_editors_find_it_under_reports_instead_of_the_waiting_list(client, site_tree):
    editor = AdminUserFactory(username="editor", editor=True)
    client.force_login(editor)
    assert client.get(OVERVIEW).status_code == 200
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert OVERVIEW in menu
    assert reverse("wagtail_localize:translations_report") not in menu

    nobody = AdminUserFactory(username="nobody")
    nobody.user_permissions.add(
        *Group.objects.get(name="Communications editors").permissions.filter(
            codename="access_admin"
        )
    )
    client.force_login(nobody)
    assert client.get(OVERVIEW).status_code in (302, 403)
