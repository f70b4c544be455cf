"""What is personal never stays in a browser's or a shared cache: the account pages, and what a
signed-in person gets outside Nexus (Nexus's own addresses: test_authorization_matrix.py)."""

from tests.extranet.factories import AccessCodeFactory
from tests.extranet.test_authorization_matrix import kept_by_a_cache

BACKEND = "extranet.core.auth.NexusAuthenticationBackend"


def test_account_pages_are_never_kept_by_a_cache(client, nexus):
    invitation = AccessCodeFactory(member=nexus.seoul)
    paths = ["/en/accounts/login/", "/en/accounts/password/reset/"]
    responses = {path: client.get(path) for path in paths}
    responses["join link"] = client.get(f"/ko/accounts/join/{invitation.code}/")
    client.force_login(nexus.user.user, backend=BACKEND)
    for path in ["/en/accounts/email/", "/en/accounts/password/change/", "/en/accounts/2fa/"]:
        responses[path] = client.get(path)

    assert {path: response.status_code for path, response in responses.items()} == dict.fromkeys(
        responses, 200
    )
    assert kept_by_a_cache(responses) == {}


def test_public_pages_are_kept_for_visitors_but_not_for_a_signed_in_member(client, nexus):
    visitor = client.get("/en/")
    client.force_login(nexus.user.user, backend=BACKEND)
    member = client.get("/en/")

    assert visitor.status_code == member.status_code == 200
    assert "no-store" not in visitor.get("Cache-Control", "")
    assert kept_by_a_cache({"member": member}) == {}
