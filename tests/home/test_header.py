"""What the header offers on every page: one named search, the way into Nexus."""

import pytest
from wagtail.models import Locale

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/en/", "/en/search/", "/en/search/?query=seoul", "/en/news/"])
def test_every_page_has_one_named_search_landmark(client, site_tree, path):
    html = client.get(path).text
    assert html.count('role="search"') == 1
    assert 'role="search" aria-label="Site search"' in html


def test_the_header_leads_members_to_nexus_in_the_visitors_language(client, site_tree, admin_user):
    korean, _created = Locale.objects.get_or_create(language_code="ko")
    site_tree.home.copy_for_translation(korean).save_revision().publish()

    english = client.get("/en/").text
    assert '<a class="site-header__nexus" href="/en/nexus/">Member sign-in</a>' in english
    assert 'class="site-header__nexus" href="/ko/nexus/"' in client.get("/ko/").text
    # Visitors who are not signed in are asked to sign in, and come back to Nexus.
    response = client.get("/en/nexus/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")

    client.force_login(admin_user)
    assert '<a class="site-header__nexus" href="/en/nexus/">Nexus, for members</a>' in (
        client.get("/en/").text
    )
