"""The Nexus header every page shares: the brand, the notification bell with its count, the
account menu behind the person's avatar; and people shown with their photo or initials."""

import re

import pytest
from django.template import Context, Template
from django.urls import reverse

from extranet.core.services import notify
from extranet.core.templatetags.nexus_tags import initials
from tests.extranet.factories import GroupFactory, MembershipFactory, PostFactory, png_file

pytestmark = pytest.mark.django_db

HEADER = re.compile(r'<header class="nexus-header">.*?</header>', re.DOTALL)


def header(client, url=None):
    return HEADER.search(client.get(url or reverse("nexus:dashboard")).text).group(0)


@pytest.mark.parametrize("role", ["user", "admin", "secretariat"])
def test_every_role_has_the_brand_the_bell_and_the_account_menu(as_role, nexus, role):
    html = header(as_role(role))
    assert f'<a class="nexus-header__brand" href="{reverse("nexus:dashboard")}">' in html
    assert "WeGO Nexus" in html
    assert f'class="nexus-bell" href="{reverse("nexus:notifications")}"' in html
    assert "Notifications, none unread" in html
    assert 'aria-controls="nexus-account-menu"' in html
    assert f"Your account: {getattr(nexus, role).name}" in html
    for link in ("My profile", "Notification settings", "Download my data", "Sign out"):
        assert link in html
    assert f'href="{reverse("nexus:download_data")}"' in html
    assert f'action="{reverse("account_logout")}"' in html


def test_the_bell_counts_the_persons_unread_notifications_only(as_role, nexus):
    for _number in range(3):
        notify(nexus.user.user, "role_changed", role="Member user")
    notify(nexus.admin.user, "role_changed", role="Member administrator")
    html = header(as_role("user"))
    assert "Notifications, 3 unread" in html
    assert '<span class="nexus-bell__count" aria-hidden="true">3</span>' in html
    assert "Notifications, 1 unread" in header(as_role("admin"))

    client = as_role("user")
    client.post(reverse("nexus:notifications"))
    assert "Notifications, none unread" in header(client)
    assert "nexus-bell__count" not in header(client)


def test_the_navigation_keeps_each_capabilitys_badge(as_role, nexus):
    notify(nexus.user.user, "role_changed", role="Member user")
    html = as_role("user").get(reverse("nexus:dashboard")).text
    nav = html[html.index('<nav class="nexus-nav"') :].split("</nav>")[0]
    assert 'Notifications <span class="badge">1 unread</span>' in nav


def test_the_header_replaces_the_sites_but_keeps_its_languages_skip_link_and_footer(as_role):
    html = as_role("user").get(reverse("nexus:dashboard")).text
    assert 'class="site-header"' not in html
    assert 'class="skip-link" href="#main"' in html
    assert 'class="language-switcher"' in html
    assert 'hreflang="ar"' in html
    assert '<footer class="site-footer">' in html
    assert 'src="/static/js/nexus.js"' in html


def test_initials_are_of_the_first_and_last_word_or_the_first_character():
    assert initials("Hye-jin Lee") == "HL"
    assert initials("María José de la Fuente") == "MF"
    assert initials("이혜진") == "이"
    assert initials("  ") == "?"


def test_people_without_a_photo_show_initials_with_their_name_beside(as_role, nexus):
    html = as_role("user").get(reverse("nexus:people")).text
    # "Seoul administrator": decorative, the name is the link next to it.
    assert 'aria-hidden="true">SA</span>' in html
    assert f'href="{reverse("nexus:person", args=[nexus.admin.pk])}">Seoul administrator</a>' in (
        html
    )


def test_a_photo_is_shown_from_the_checked_address(as_role, nexus, private_media):
    nexus.admin.photo = png_file("face.png")
    nexus.admin.save()
    client = as_role("user")
    photo = reverse("nexus:person_photo", args=[nexus.admin.pk])
    page = client.get(reverse("nexus:person", args=[nexus.admin.pk])).text
    assert f'<img class="avatar avatar--l" src="{photo}" alt=""' in page
    assert client.get(photo).status_code == 200
    # In the header, the person's own photo.
    assert f'src="{photo}"' in header(as_role("admin"))


def test_a_closed_accounts_photo_is_not_shown(as_role, nexus, private_media):
    nexus.user.photo = png_file("face.png")
    nexus.user.closed_at = nexus.user.created_at
    nexus.user.save()
    group = GroupFactory(owner=nexus.admin.user)
    MembershipFactory(group=group, user=nexus.user.user)
    PostFactory(group=group, author=nexus.user.user)
    page = as_role("admin").get(reverse("nexus:group", args=[group.slug])).text
    assert reverse("nexus:person_photo", args=[nexus.user.pk]) not in page
    assert 'aria-hidden="true">FM</span>' in page  # "Former member"


def test_an_avatar_that_is_the_only_label_is_named_after_the_person(nexus):
    template = Template("{% load nexus_tags %}{% avatar person labelled=True %}")
    html = template.render(Context({"person": nexus.admin}))
    assert 'role="img" aria-label="Seoul administrator">SA</span>' in html
