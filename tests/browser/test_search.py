"""Site search in a real browser: the results page and the autocomplete, by keyboard, axe-clean
in Dutch and Arabic."""

import pytest

from tests.browser.axe import wcag_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.mark.parametrize(("language", "query"), [("nl", "werkgevers"), ("ar", "reba")])
def test_results_page_has_no_wcag_violations(page, portal_url, language, query):
    page.goto(f"{portal_url}/{language}/zoeken/?q={query}")
    assert page.locator(".werkroute-search-result").count() > 0
    if language == "nl":
        assert page.locator("mark").count() > 0
    assert wcag_violations(page) == []


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_no_results_page_has_no_wcag_violations(page, portal_url, language):
    page.goto(f"{portal_url}/{language}/zoeken/?q=qqqzzzxxx")
    assert page.locator("#no-results").is_visible()
    assert wcag_violations(page) == []


@pytest.mark.parametrize(("language", "typed"), [("nl", "werk"), ("ar", "reb")])
def test_autocomplete_by_keyboard(page, portal_url, language, typed):
    page.goto(f"{portal_url}/{language}/")
    box = page.locator("header input[name=q]")
    box.focus()
    page.keyboard.type(typed, delay=30)
    listbox = page.locator("header [role=listbox]")
    listbox.wait_for(state="visible")
    assert box.get_attribute("aria-expanded") == "true"
    assert wcag_violations(page) == []
    page.keyboard.press("ArrowDown")
    active = box.get_attribute("aria-activedescendant")
    first = page.locator(f"#{active}")
    assert first.get_attribute("aria-selected") == "true"
    title = first.inner_text()
    page.keyboard.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    page.keyboard.press("ArrowDown")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("h1").first.inner_text().strip() == title.strip()


def test_the_search_form_works_without_javascript(browser, portal_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{portal_url}/nl/")
    page.locator("header input[name=q]").fill("reba")
    page.locator("header input[name=q]").press("Enter")
    page.wait_for_url("**/zoeken/?q=reba")
    assert page.locator(".werkroute-search-result").count() > 0
    context.close()
