"""The share block in a browser: the link to copy without JavaScript, the "Copy link" button with
it, and the copied state announced in the reader's language."""

import pytest

from django.utils.translation import gettext, override

from tests.browser.axe import wcag_violations
from tests.browser.conftest import csp_refusals

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

STORY = "/{code}/succesverhalen/een-plek-in-de-keuken/"


@pytest.mark.parametrize("code", ["nl", "ar"])
def test_copy_link_copies_the_pages_url_and_says_so(browser, portal_url, code):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=portal_url)
    refused = csp_refusals(context)
    page = context.new_page()
    try:
        page.goto(portal_url + STORY.format(code=code) + "?utm_source=test")
        field = page.locator("#share-link")
        assert field.input_value() == portal_url + STORY.format(code=code)
        button = page.locator(".werkroute-share__button")
        assert button.is_visible()
        button.click()
        status = page.locator(".werkroute-share__status")
        with override(code):
            copied = gettext("The link is copied.")
        status.filter(has_text=copied).wait_for()
        assert page.evaluate("navigator.clipboard.readText()") == field.input_value()
        assert wcag_violations(page) == []
    finally:
        context.close()
    assert not refused, f"blocked by the Content-Security-Policy: {refused}"


def test_without_javascript_the_link_is_there_to_select_and_copy(browser, portal_url):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 320, "height": 640})
    page = context.new_page()
    try:
        page.goto(portal_url + STORY.format(code="nl"))
        field = page.locator("#share-link")
        assert field.is_visible() and field.get_attribute("readonly") is not None
        assert page.get_by_label(field.evaluate("f => f.labels[0].textContent")).count() == 1
        assert not page.locator(".werkroute-share__button").is_visible()
        whatsapp = page.locator('.werkroute-share a[href^="https://wa.me/"]')
        assert whatsapp.is_visible()
        # Fits a 320 px screen: nothing sticks out sideways.
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
    finally:
        context.close()
