from django.db import models
from django.utils.translation import gettext_lazy as _


class NewsKind(models.TextChoices):
    PRESS_RELEASE = "press_release", _("Press release")
    MEDIA_ADVISORY = "media_advisory", _("Media advisory")
    NEWS = "news", _("News")


# The kind as it appears in feed addresses (/news/feed/press-releases/rss/).
KIND_SLUGS = {
    NewsKind.PRESS_RELEASE: "press-releases",
    NewsKind.MEDIA_ADVISORY: "media-advisories",
    NewsKind.NEWS: "news",
}
KINDS_BY_SLUG = {slug: kind for kind, slug in KIND_SLUGS.items()}
