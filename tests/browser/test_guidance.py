"""Every editorial page type in a browser: axe in Dutch and Arabic; FAQ and checker by keyboard."""

import pytest

from tests.browser.axe import wcag_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PAGE_TYPES = {
    "section": "/{code}/bewoners/",
    "guide": "/{code}/bewoners/mag-ik-werken/",
    "guide with steps": "/{code}/bewoners/van-aanmelding-tot-eerste-werkdag/",
    "guide with questions": "/{code}/werkgevers/veelgestelde-vragen/",
    "guide with table": "/{code}/bewoners/asielzoeker-of-statushouder/",
    "checker": "/{code}/bewoners/check-mag-ik-werken/",
    "checker with errors": "/{code}/bewoners/check-mag-ik-werken/?permit=no",
    "checker with answer": "/{code}/bewoners/check-mag-ik-werken/?permit=no&adult=yes"
    "&six_months=no&coa=yes&minimum_wage=yes&w_document=yes",
    "story index": "/{code}/succesverhalen/",
    "story": "/{code}/succesverhalen/een-plek-in-de-keuken/",
    "event index": "/{code}/agenda/",
    "event archive": "/{code}/agenda/archief/",
    "event": "/{code}/agenda/banenmarkt-assen/",
    "locations": "/{code}/locaties/",
}


@pytest.mark.parametrize("code", ["nl", "ar"])
@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_page_type_has_no_wcag_violations(page, portal_url, kind, code):
    response = page.goto(portal_url + PAGE_TYPES[kind].format(code=code))
    assert response.status == 200
    assert page.evaluate("document.documentElement.dir") == ("rtl" if code == "ar" else "ltr")
    assert wcag_violations(page) == []


def test_faq_opens_and_closes_by_keyboard(page, portal_url):
    page.goto(f"{portal_url}/nl/werkgevers/veelgestelde-vragen/")
    first = page.locator(".werkroute-faq details").first
    answer = first.locator(".werkroute-faq__answer")
    assert not answer.is_visible()
    first.locator("summary").focus()
    page.keyboard.press("Enter")
    assert answer.is_visible()
    page.keyboard.press("Space")
    assert not answer.is_visible()


def test_checker_works_by_keyboard_alone(page, portal_url):
    page.goto(f"{portal_url}/nl/bewoners/check-mag-ik-werken/")
    page.locator('input[name="permit"]').first.focus()
    # Arrow keys move between the radios of one question; Tab moves to the next question.
    page.keyboard.press("ArrowRight")  # permit: no
    for _ in range(5):
        page.keyboard.press("Tab")
        page.keyboard.press("Space")  # first option of the next question: yes
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.type") == "submit"
    page.keyboard.press("Enter")
    page.wait_for_url("**#result")
    assert page.locator("#result.werkroute-verdict--eligible").is_visible()


def test_story_filters_work_by_keyboard(page, portal_url):
    page.goto(f"{portal_url}/nl/succesverhalen/")
    page.locator("#filter-sector").focus()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url("**sector=*")
    assert "sector=" in page.url
