import datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from foundation.event_facts import AttendanceMode
from home.initial_content.pages import translate
from news.models import ArticleDownload, MediaContact, NewsArticlePage, NewsIndexPage, NewsKind
from tests.foundation.factories import DocumentFactory


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "News and media"
    slug = "news"

    class Meta:
        model = NewsIndexPage


class MediaContactFactory(factory.django.DjangoModelFactory):
    name = "Alizée Rousset"
    role = "Programme Officer"
    email = "press@example.org"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = MediaContact


class NewsArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda number: f"Article number {number}")
    kind = NewsKind.NEWS
    date = factory.Sequence(
        lambda number: datetime.date(2022, 1, 1) + datetime.timedelta(days=number)
    )
    lead = "What happened, in a sentence."

    class Meta:
        model = NewsArticlePage
        skip_postgeneration_save = True

    class Params:
        press_release = factory.Trait(kind=NewsKind.PRESS_RELEASE)
        # What a media advisory must say of its event before it can be saved.
        media_advisory = factory.Trait(
            kind=NewsKind.MEDIA_ADVISORY,
            event_what="The launch of the year's activities.",
            starts_on=datetime.date(2022, 2, 23),
            start_time=datetime.time(15, 0),
            end_time=datetime.time(16, 30),
            time_zone="Asia/Seoul",
            city="Seoul",
            country="KR",
        )
        hybrid = factory.Trait(
            attendance_mode=AttendanceMode.HYBRID,
            venue="Seoul Global Center",
            online_details="Zoom",
        )
        # Saved by an editor but never published.
        draft = factory.Trait(live=False)

    @factory.post_generation
    def tags(article, create, extracted, **kwargs):
        """NewsArticlePageFactory(tags=["youth"]): the article's topics. A page's tags are
        kept in memory until the page is saved again."""
        if create and extracted:
            article.tags.add(*extracted)
            article.save()


class ArticleDownloadFactory(factory.django.DjangoModelFactory):
    document = factory.SubFactory(DocumentFactory)
    label = "Press kit"

    class Meta:
        model = ArticleDownload


def korean_press_release(site_tree, title, lead, strings=None):
    """A press release in English and its Korean translation (with the Korean home page and
    news index above it); strings maps English text to its Korean translation."""
    korean, _created = Locale.objects.get_or_create(language_code="ko")
    translate(site_tree.home, korean, {"home": "home-ko"})
    translate(site_tree.news, korean, {})
    release = NewsArticlePageFactory(
        parent=site_tree.news, slug="kick-off", title=title, press_release=True, lead=lead
    )
    translate(release, korean, strings or {})
    return release
