"""Embargoed previews: an editor gives an accredited journalist a secret link to a scheduled
release; it shows the latest revision with its documents, watermarked, to nobody else, and
stops working when it expires or is revoked; every opening is recorded."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from news.embargo import EmbargoLink, EmbargoLinkOpening
from news.models import ArticleDownload
from tests.addresses import OTHER_HOST, SITE, move_site_to_public_address
from tests.extranet.factories import AdminUserFactory
from tests.foundation.factories import DocumentFactory
from tests.news.factories import NewsArticlePageFactory

pytestmark = pytest.mark.django_db

# 09:00 in Seoul, the time zone the embargo is agreed in.
GO_LIVE = datetime.datetime(2031, 3, 4, 0, 0, tzinfo=datetime.UTC)


@pytest.fixture
def editor(db):
    return AdminUserFactory(username="editor", editor=True)


@pytest.fixture
def release(site_tree, django_capture_on_commit_callbacks):
    """A press release scheduled for GO_LIVE, with its press kit; then edited again."""
    article = NewsArticlePageFactory.build(
        title="The 2031 Smart City Prize winners", press_release=True, draft=True
    )
    article.downloads = [
        ArticleDownload(document=DocumentFactory(title="Press kit"), label="Press kit")
    ]
    with django_capture_on_commit_callbacks(execute=True):
        site_tree.news.add_child(instance=article)
    article.go_live_at = GO_LIVE
    article.save_revision(approved_go_live_at=GO_LIVE).publish()
    latest = article.get_latest_revision_as_object()
    latest.lead = "Seoul and Kampala share the prize, the jury announced."
    latest.save_revision()
    return article


def create_link(client, editor, release, **data):
    client.force_login(editor)
    response = client.post(
        reverse("embargo_links:add"),
        {"page": release.pk, "journalist": "Kim Min-ji", "outlet": "Seoul Daily", **data},
    )
    client.logout()
    return response


def download(client, document):
    response = client.get(document.url)
    if response.streaming:
        b"".join(response.streaming_content)
    return response.status_code


def test_a_journalist_reads_the_latest_revision_watermarked_with_its_documents(
    client, settings, editor, release
):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 600  # the page cache is on, as in production
    press_kit = release.downloads.get().document
    create_link(client, editor, release)
    link = EmbargoLink.objects.get()
    assert link.expires_at == GO_LIVE + datetime.timedelta(hours=2)
    assert download(client, press_kit) == 404

    response = client.get(link.get_absolute_url())

    assert response.status_code == 200
    text = response.text
    assert "Seoul and Kampala share the prize" in text  # the latest revision
    assert text.count("Embargoed until 4 March 2031, 09:00 (Asia/Seoul, UTC+09:00)") > 1
    assert "Kim Min-ji (Seoul Daily)" in text
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert response["Cache-Control"] == "private, no-store"
    assert "X-Page-Cache" not in response
    assert download(client, press_kit) == 200
    assert [opening.document for opening in EmbargoLinkOpening.objects.order_by("pk")] == [
        None,
        press_kit,
    ]
    other_visitor = client.__class__()
    assert download(other_visitor, press_kit) == 404


def test_a_revoked_or_expired_link_says_so_and_lets_nothing_through(client, editor, release):
    press_kit = release.downloads.get().document
    create_link(client, editor, release)
    link = EmbargoLink.objects.get()
    assert client.get(link.get_absolute_url()).status_code == 200

    client.force_login(editor)
    client.post(reverse("embargo_links:revoke", args=[link.pk]))
    client.logout()

    gone = client.get(link.get_absolute_url())
    assert gone.status_code == 410
    assert "The press office has withdrawn this link." in gone.text
    assert gone["Cache-Control"] == "private, no-store"
    assert download(client, press_kit) == 404

    expired = EmbargoLink.objects.create(
        page=release, journalist="A", outlet="B", expires_at=timezone.now()
    )
    EmbargoLink.objects.filter(pk=expired.pk).update(
        expires_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    response = client.get(expired.get_absolute_url())
    assert response.status_code == 410
    assert "It expired on" in response.text


@pytest.mark.parametrize(
    "token",
    ["x", "a" * 12, "a" * 5000, "ünïcode-ß-토큰", "%00", "....", "<script>"],
)
def test_a_wrong_token_is_a_clear_not_found_page(client, release, token):
    EmbargoLink.objects.create(page=release, journalist="A", outlet="B")
    response = client.get(f"/ko/embargo/{token}/")
    assert response.status_code == 404
    assert 'lang="ko"' in response.text
    assert "알 수 없는 엠바고 미리보기 링크" in response.text  # "Unknown embargoed preview link"


def test_a_guess_of_the_secret_with_the_right_selector_is_refused(client, release):
    link = EmbargoLink.objects.create(page=release, journalist="A", outlet="B")
    assert client.get(f"/en/embargo/{link.selector}{'x' * 43}/").status_code == 404
    assert EmbargoLinkOpening.objects.count() == 0


def test_only_those_who_may_edit_a_release_create_or_see_its_links(client, editor, release):
    create_link(client, editor, release)
    link = EmbargoLink.objects.get()
    # May create links, but edits no page.
    outsider = AdminUserFactory(username="outsider", secretariat=True)
    outsider.user_permissions.add(
        *Group.objects.get(name="Communications editors").permissions.filter(
            codename__endswith="embargolink"
        )
    )

    response = create_link(client, outsider, release, journalist="Someone else")

    assert response.status_code == 200  # the form again: the release is not one to choose
    assert EmbargoLink.objects.count() == 1
    client.force_login(outsider)
    assert "Kim Min-ji" not in client.get(reverse("embargo_links:index")).text
    inspect = client.get(reverse("embargo_links:inspect", args=[link.pk]), follow=True)
    assert inspect.status_code == 404
    client.post(reverse("embargo_links:revoke", args=[link.pk]))
    link.refresh_from_db()
    assert link.is_active


def test_editors_find_the_links_from_the_release_filter_them_and_read_their_log(
    client, editor, release
):
    create_link(client, editor, release)
    link = EmbargoLink.objects.get()
    client.get(link.get_absolute_url())
    EmbargoLink.objects.create(page=release, journalist="Revoked one", outlet="B").revoke(editor)
    client.force_login(editor)

    edit_screen = client.get(reverse("wagtailadmin_pages:edit", args=[release.pk])).text
    active = client.get(reverse("embargo_links:index"), {"page": release.pk, "state": "active"})
    log = client.get(reverse("embargo_links:inspect", args=[link.pk])).text

    assert reverse("embargo_links:add") + f"?page={release.pk}" in edit_screen
    assert "Kim Min-ji" in active.text
    assert "Revoked one" not in active.text
    assert "opened the release" in log
    assert link.get_absolute_url() in log


def test_the_address_to_send_names_the_site_even_from_an_admin_host(client, editor, release):
    move_site_to_public_address()
    create_link(client, editor, release)
    link = EmbargoLink.objects.get()
    client.force_login(editor)
    inspect = client.get(reverse("embargo_links:inspect", args=[link.pk]), **OTHER_HOST).text
    assert f"<code>{SITE}{link.get_absolute_url()}</code>" in inspect
