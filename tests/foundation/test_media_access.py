"""Documents and pictures reach visitors only once something they see uses them; editors get
them all along; no address serves a picture's original, a document's file or a member's
private upload to visitors."""

import pytest
from wagtail.models import PageViewRestriction

from foundation.models import LISTING_IMAGE_FILTER, SiteSettings
from news.models import ArticleDownload
from tests.extranet.factories import AdminUserFactory
from tests.foundation.factories import DocumentFactory, ImageFactory, PersonFactory
from tests.members.factories import MemberFactory
from tests.news.factories import NewsArticlePageFactory
from tests.site.helpers import settings_value

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(db):
    return AdminUserFactory(username="editor", editor=True)


@pytest.fixture
def saved(django_capture_on_commit_callbacks):
    """Run what follows a save once it is committed (the reference index is updated so)."""

    def save(make):
        with django_capture_on_commit_callbacks(execute=True):
            return make()

    return save


def get(client, url):
    response = client.get(url)
    if response.streaming:
        b"".join(response.streaming_content)
    return response


def article_with_download(site_tree, document, **kwargs):
    article = NewsArticlePageFactory.build(**kwargs)
    article.downloads = [ArticleDownload(document=document, label="Press kit")]
    site_tree.news.add_child(instance=article)
    return article


def test_a_document_of_a_private_page_is_for_its_editors_only(client, site_tree, saved, editor):
    report = DocumentFactory(title="Board minutes")
    article = saved(lambda: article_with_download(site_tree, report, title="Board minutes"))
    assert get(client, report.url).status_code == 200

    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)

    assert get(client, report.url).status_code == 404
    client.force_login(editor)
    response = get(client, report.url)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]


def test_a_document_nobody_uses_yet_is_not_public(client):
    uploaded = DocumentFactory(title="Press kit uploaded before the release is saved")
    assert get(client, uploaded.url).status_code == 404


def test_a_document_added_to_a_draft_of_a_live_page_waits_for_its_publication(
    client, site_tree, saved
):
    article = saved(lambda: NewsArticlePageFactory(parent=site_tree.news, title="Live already"))
    press_kit = DocumentFactory(title="Embargoed press kit")
    draft = article.get_latest_revision_as_object()
    draft.downloads = [ArticleDownload(document=press_kit, label="Press kit")]
    revision = saved(lambda: draft.save_revision())

    assert get(client, press_kit.url).status_code == 404
    saved(revision.publish)
    assert get(client, press_kit.url).status_code == 200


def test_visitors_get_renditions_of_published_pictures_and_never_files_directly(
    client, site_tree, saved, editor
):
    photo = ImageFactory(title="Winners")
    press_kit = DocumentFactory(title="Public press kit")
    saved(lambda: article_with_download(site_tree, press_kit, title="Out", listing_image=photo))
    card = photo.get_rendition(LISTING_IMAGE_FILTER)

    rendition = get(client, card.url)
    assert rendition.status_code == 200
    assert rendition["Content-Type"] == "image/jpeg"
    assert "public" in rendition["Cache-Control"]
    assert get(client, photo.file.url).status_code == 404
    client.force_login(editor)
    assert get(client, photo.file.url).status_code == 200
    # Documents have their own address, which applies their checks; Nexus serves its uploads.
    assert get(client, press_kit.url).status_code == 200
    assert get(client, f"/media/{press_kit.file.name}").status_code == 404
    assert get(client, "/media/nexus/photos/0123456789abcdef.jpg").status_code == 404
    assert get(client, "/media/images/../documents/report.pdf").status_code == 404


def test_an_unpublished_picture_is_for_its_editors_only(client, saved, editor):
    photo = ImageFactory(title="New logo, not announced")
    card = photo.get_rendition(LISTING_IMAGE_FILTER)
    assert get(client, card.url).status_code == 404
    client.force_login(editor)
    response = get(client, card.url)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


def test_pictures_of_records_the_site_shows_are_public(client, site_tree, saved):
    social_card = ImageFactory(title="Default social card")
    portrait = ImageFactory(title="Portrait")
    logo = ImageFactory(title="Logo of an active member")
    former_logo = ImageFactory(title="Logo of a member that left")

    def records():
        settings = SiteSettings.load()
        settings.default_social_image = social_card
        settings.save()
        PersonFactory(photo=portrait)
        MemberFactory(name="Kampala", logo=logo)
        MemberFactory(name="Left long ago", logo=former_logo, inactive=True)

    saved(records)

    def shown(image):
        return get(client, image.get_rendition("max-200x200").url).status_code == 200

    assert [shown(image) for image in (social_card, portrait, logo, former_logo)] == [
        True,
        True,
        True,
        False,
    ]


@pytest.mark.parametrize(
    "settings_module", ["wego_site.settings.dev", "wego_site.settings.production"]
)
def test_uploaded_files_are_served_through_their_checks_in_every_environment(settings_module):
    environment = {
        "SECRET_KEY": "x" * 50,
        "DATABASE_URL": "sqlite:///unused.sqlite3",
        "ALLOWED_HOSTS": "example.org",
    }
    # What answers an address under MEDIA_URL; WhiteNoise serves the static files only.
    served_by = settings_value(
        "__import__('django.urls').urls.resolve('/media/original_images/photo.jpg')._func_path,"
        "getattr(settings, 'WHITENOISE_ROOT', None)",
        settings_module,
        **environment,
    )
    assert served_by == "foundation.views.serve_media None"
