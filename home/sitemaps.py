from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class PageSitemap(Sitemap):
    """Every live public page, in every language; pages that serve more addresses (the member
    directory and its profiles) list them through get_sitemap_urls."""

    def items(self):
        return (
            Page.objects.live()
            .public()
            .filter(depth__gt=1)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
