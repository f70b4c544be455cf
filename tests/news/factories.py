import datetime

import factory
import wagtail_factories

from news.models import MediaContact, NewsArticlePage, NewsIndexPage, NewsKind


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "News and media"
    slug = "news"

    class Meta:
        model = NewsIndexPage


class NewsArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda number: f"Article number {number}")
    kind = NewsKind.NEWS
    date = factory.Sequence(
        lambda number: datetime.date(2022, 1, 1) + datetime.timedelta(days=number)
    )
    lead = "What happened, in a sentence."

    class Meta:
        model = NewsArticlePage


class MediaContactFactory(factory.django.DjangoModelFactory):
    name = "Alizée Rousset"
    role = "Programme Officer"
    email = "press@example.org"

    class Meta:
        model = MediaContact
