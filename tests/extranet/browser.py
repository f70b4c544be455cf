"""What Nexus's Chromium tests share."""

from tests.extranet.factories import PASSWORD


def sign_in(browser, live_server, profile, **context):
    """A page of a new browser context (`context`: its viewport, locale…), signed in as the
    profile's person through the sign-in form, on their Nexus dashboard."""
    page = browser.new_context(**context).new_page()
    page.goto(live_server.url + "/en/accounts/login/")
    page.get_by_label("Email").fill(profile.user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/nexus/**")
    return page
