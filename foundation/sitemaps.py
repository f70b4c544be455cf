from collections import defaultdict

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page


class PageSitemap(Sitemap):
    """Every live public page, in every language, each with hreflang alternates pointing to the
    same content in the other languages. Pages that serve more addresses (the member directory
    and its profiles) list them through get_sitemap_urls."""

    def items(self):
        return (
            Page.objects.live()
            .public()
            .filter(depth__gt=1)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        versions = defaultdict(list)
        for url in urls:
            if "translation_key" in url:
                versions[url["translation_key"]].append(url)
        for url in urls:
            same_content = versions.get(url.get("translation_key"), [])
            if len(same_content) > 1:
                url["alternates"] = [
                    {"lang_code": languages[version["locale_id"]], "location": version["location"]}
                    for version in same_content
                ]
        return urls
