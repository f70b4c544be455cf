from django.http import Http404
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView
from wagtail import views as wagtail_views
from wagtail.models import Site

from foundation.locales import active_locale

from .models import HomePage

robots_txt = require_GET(
    cache_control(max_age=86400)(
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain")
    )
)


def serve(request, path):
    """Wagtail's page serving, except that the home page of the visitor's language is found the
    same way, with one query, in every language (Wagtail's own routing looks the translation up
    only for languages other than the default), so pages cost the same in all languages."""
    site = Site.find_for_request(request)
    if site is not None and not hasattr(request, "_wagtail_route_for_request"):
        root = (
            HomePage.objects.live()
            .filter(translation_key=site.root_page.translation_key, locale=active_locale())
            .first()
        ) or site.root_page.specific
        components = [component for component in path.split("/") if component]
        try:
            request._wagtail_route_for_request = root.route(request, components)
        except Http404:
            request._wagtail_route_for_request = None
    return wagtail_views.serve(request, path)
