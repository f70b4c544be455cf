from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.urls import serve_pattern as WAGTAIL_SERVE_PATTERN

from extranet.core import views as nexus_core_views
from extranet.events import public_views as event_registration_views
from foundation import views as foundation_views
from foundation.sitemaps import PageSitemap
from home import views as home_views
from home.views import robots_txt
from news import views as news_views
from search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    # Ahead of Wagtail's own pattern of the same name: the same serving, never cached by others.
    re_path(r"^documents/(\d+)/(.*)$", foundation_views.serve_document, name="wagtaildocs_serve"),
    path("documents/", include(wagtaildocs_urls)),
    # Uploaded files, in every environment: renditions to those who may see their image (the
    # embargo, foundation/media_access.py), nothing that a web server would serve to anyone.
    re_path(r"^media/(?P<path>.+)$", foundation_views.serve_media, name="media"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PageSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
]

# Every public page carries its language in the URL (/en/..., /ko/...); "/" redirects to the
# visitor's best language.
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("accounts/join/<str:code>/", nexus_core_views.join, name="join"),
    path("accounts/", include("allauth.urls")),
    path("nexus/", include("extranet.urls")),
    # Registration for public events by visitors without an account (never cached).
    path(
        "event-registration/<int:pk>/",
        event_registration_views.register,
        name="event_public_registration",
    ),
    path(
        "event-registration/confirm/<str:token>/",
        event_registration_views.confirm,
        name="event_public_confirmation",
    ),
    # Secret links for journalists, in the release's language; never cached nor indexed.
    path("embargo/<str:token>/", news_views.embargoed_preview, name="embargoed_preview"),
    # Wagtail's form for pages kept behind a password, which the page serving below would take
    # for a page's address; pages kept for signed-in people send them to the site's sign-in
    # (WAGTAIL_FRONTEND_LOGIN_URL).
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        wagtail_views.authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    # Ahead of Wagtail's own pattern of the same name (see home.views.serve).
    re_path(WAGTAIL_SERVE_PATTERN, home_views.serve, name="wagtail_serve"),
    # Only for the names Wagtail reverses; its addresses are all served above.
    path("", include(wagtail_urls)),
)

handler500 = "wego_site.views.server_error"
