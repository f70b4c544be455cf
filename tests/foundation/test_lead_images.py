"""Editors give the home page, articles, events and programmes a lead image: visitors get it in
the size and format their screen and browser need, cropped around the focal point the editor
set in the image library, with its caption and credit; social networks get it too."""

import io
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.files.images import ImageFile
from PIL import Image, features

from tests.events.factories import EventPageFactory
from tests.foundation.factories import ImageFactory
from tests.news.factories import NewsArticlePageFactory
from tests.programs.factories import ProgramPageFactory

pytestmark = pytest.mark.django_db

WIDTHS = [480, 800, 1200, 1600]
WIDE_WIDTHS = [640, 1120, 1600, 2240]
# AVIF only where the installed Pillow writes it (Pillow 13, pinned, does).
FORMATS = ["image/avif", "image/webp"] if features.check("avif") else ["image/webp"]


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    return tmp_path


@pytest.fixture
def photo(media):
    # Small: renditions are never larger than the original, and AVIF takes its time.
    return ImageFactory(
        title="DSC_0042",
        description="The mayor of Seoul opens the forum",
        file__width=480,
        file__height=270,
    )


@pytest.fixture
def large_photo(media):
    """Wide enough for the home page's widest rendition."""
    return ImageFactory(
        title="DSC_0042",
        description="The mayor of Seoul opens the forum",
        file__width=2400,
        file__height=1350,
    )


def lead_picture(html):
    figure = BeautifulSoup(html, "html.parser").select_one("figure.lead-image")
    assert figure is not None, "no lead image"
    return figure


def srcset_widths(srcset):
    return [int(width) for width in re.findall(r" (\d+)w", srcset)]


def each_page_type(site_tree):
    return {
        "article": NewsArticlePageFactory(parent=site_tree.news),
        "event": EventPageFactory(parent=site_tree.events),
        "program": ProgramPageFactory(parent=site_tree.programs),
        "home": site_tree.home,
    }


def test_every_page_type_shows_its_lead_image_in_several_widths_and_modern_formats(
    client, site_tree, large_photo, django_capture_on_commit_callbacks
):
    pages = each_page_type(site_tree)
    for page in pages.values():
        html = client.get(page.url).text
        assert "lead-image" not in html
        assert "<picture>" not in html
        page.lead_image = large_photo
        page.lead_image_caption = "Opening of the forum in Seoul."
        page.lead_image_credit = "Seoul Metropolitan Government"
        # What visitors may download is known once the save is committed (media_access.py).
        with django_capture_on_commit_callbacks(execute=True):
            page.save()

    for name, page in pages.items():
        figure = lead_picture(client.get(page.url).text)
        widths, (ratio_width, ratio_height) = (
            (WIDE_WIDTHS, (5, 2)) if name == "home" else (WIDTHS, (16, 9))
        )
        sources = figure.picture.find_all("source")
        assert [source["type"] for source in sources] == FORMATS, name
        for source in sources:
            assert srcset_widths(source["srcset"]) == widths, name
            extension = source["type"].removeprefix("image/")
            assert all(url.endswith(f".{extension}") for url in source["srcset"].split()[::2])
            served = client.get(source["srcset"].split()[0])
            assert served.status_code == 200, name
            assert served["Content-Type"] == source["type"]
        img = figure.picture.img
        assert srcset_widths(img["srcset"]) == widths, name
        assert img["src"].endswith(".jpg"), name  # for browsers that read neither
        assert "sizes" in img.attrs
        # Its box is known before it loads, so the text below never jumps.
        assert int(img["width"]) * ratio_height == int(img["height"]) * ratio_width, name
        assert img["alt"] == "The mayor of Seoul opens the forum"
        assert figure.figcaption.get_text(" ", strip=True) == (
            "Opening of the forum in Seoul. Seoul Metropolitan Government"
        )


def test_the_lead_image_loads_first_and_pictures_further_down_wait_for_the_visitor(
    client, site_tree, photo
):
    program = ProgramPageFactory(parent=site_tree.programs, lead_image=photo)
    ProgramPageFactory(parent=program, listing_image=ImageFactory())
    soup = BeautifulSoup(client.get(program.url).text, "html.parser")

    lead = soup.select_one("figure.lead-image img")
    assert "loading" not in lead.attrs
    assert lead["fetchpriority"] == "high"
    card = soup.select_one(".card__image")
    assert card["loading"] == "lazy"
    assert len(soup.select("[fetchpriority]")) == 1


def test_a_home_page_without_a_lead_image_loads_the_lead_story_picture_first(
    client, site_tree, photo
):
    story = NewsArticlePageFactory(parent=site_tree.news, listing_image=photo)
    site_tree.home.lead_story = story
    site_tree.home.save()
    NewsArticlePageFactory(parent=site_tree.news, listing_image=ImageFactory())

    soup = BeautifulSoup(client.get(site_tree.home.url).text, "html.parser")
    story_image = soup.select_one(".lead-story__image")
    assert "loading" not in story_image.attrs
    assert story_image["fetchpriority"] == "high"
    assert soup.select_one(".card__image")["loading"] == "lazy"

    site_tree.home.lead_image = ImageFactory(file__width=640, file__height=256)
    site_tree.home.save()
    soup = BeautifulSoup(client.get(site_tree.home.url).text, "html.parser")
    assert "loading" not in soup.select_one("figure.lead-image img").attrs
    assert soup.select_one(".lead-story__image")["loading"] == "lazy"
    assert len(soup.select("[fetchpriority]")) == 1


def test_screen_readers_skip_only_a_lead_image_the_editor_marked_decorative(
    client, site_tree, photo
):
    article = NewsArticlePageFactory(parent=site_tree.news, lead_image=photo)
    assert lead_picture(client.get(article.url).text).img["alt"] == photo.description

    article.lead_image_is_decorative = True
    article.save()
    assert lead_picture(client.get(article.url).text).img["alt"] == ""


def test_a_small_original_is_offered_once_in_each_of_the_widths_it_has(client, site_tree, media):
    article = NewsArticlePageFactory(
        parent=site_tree.news, lead_image=ImageFactory(file__width=1000, file__height=600)
    )
    picture = lead_picture(client.get(article.url).text).picture
    for candidates in [picture.img, *picture.find_all("source")]:
        assert srcset_widths(candidates["srcset"]) == [480, 800, 1000]

    # Smaller than every width: one picture per format, and no widths to choose from.
    article.lead_image = ImageFactory(file__width=320, file__height=180)
    article.save()
    picture = lead_picture(client.get(article.url).text).picture
    assert len(picture.find_all("source")) == len(FORMATS)
    assert "sizes" not in picture.img.attrs
    assert " " not in picture.img.get("srcset", "")


def split_photo(media):
    """A 1600×400 picture, red on its left 600 pixels and blue on the rest, with its focal point
    (a face, say) far on the right."""
    picture = Image.new("RGB", (1600, 400), "blue")
    picture.paste("red", (0, 0, 600, 400))
    data = io.BytesIO()
    picture.save(data, "PNG")
    return ImageFactory(
        file=ImageFile(data, name="split.png"),
        focal_point_x=1400,
        focal_point_y=200,
        focal_point_width=120,
        focal_point_height=120,
    )


def left_edge_colour(url):
    rendition = Image.open(Path(settings.MEDIA_ROOT) / url.removeprefix(settings.MEDIA_URL))
    red, _green, blue = rendition.convert("RGB").getpixel((2, rendition.height // 2))
    return "red" if red > blue else "blue"


def test_every_width_is_cropped_the_same_way_around_the_focal_point(client, site_tree, media):
    photo = split_photo(media)
    article = NewsArticlePageFactory(parent=site_tree.news, lead_image=photo)
    picture = lead_picture(client.get(article.url).text).picture
    urls = [picture.img["src"], *picture.img["srcset"].split()[::2]]
    for source in picture.find_all("source"):
        urls += source["srcset"].split()[::2]
    # 480 pixels wide, and the whole height of the original: 712×400.
    assert srcset_widths(picture.img["srcset"]) == [480, 712]
    assert len(urls) == 1 + 2 * (len(FORMATS) + 1)
    # A crop in the middle would show the red part; around the focal point, only blue.
    assert {left_edge_colour(url) for url in urls} == {"blue"}

    # Without the focal point, the crops are centred: the red part shows.
    photo.focal_point_x = photo.focal_point_y = None
    photo.focal_point_width = photo.focal_point_height = None
    photo.save()
    picture = lead_picture(client.get(article.url).text).picture
    assert left_edge_colour(picture.img["src"]) == "red"


def is_social_card_of(image, url):
    """The address is that of the image's 1200×630 rendition."""
    return re.search(rf"/{Path(image.file.name).stem}\.[0-9a-f]+\.fill-1200x630\.", url)


def og_image(html):
    return re.search(r'<meta property="og:image" content="([^"]+)">', html)[1]


def test_pages_are_shared_with_their_lead_image_unless_they_have_a_social_image(
    client, site_tree, photo
):
    article = NewsArticlePageFactory(parent=site_tree.news, lead_image=photo)
    html = client.get(article.url).text
    url = og_image(html)
    assert url.startswith("http://testserver/")
    assert is_social_card_of(photo, url)
    assert f'"image":["{url}"]' in html  # and search engines, in the article's schema.org data

    social = ImageFactory()
    article.social_image = social
    article.save()
    assert is_social_card_of(social, og_image(client.get(article.url).text))
