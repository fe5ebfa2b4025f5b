"""JSON-LD in a real browser: the data blocks are in the page and the Content-Security-Policy
(script-src 'self', no 'unsafe-inline') reports no violation for them, while it does refuse an
inline script that would run - so the check below can fail."""

import json

import pytest

from home.models import EventPage, LocationIndexPage
from vacancies.models import Vacancy, VacancyIndexPage

# django_db: the live server reads the test database, so pytest-django must create it.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

WATCH_CSP = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(event.violatedDirective + " " + event.blockedURI);
});
"""


def structured_types(page):
    blocks = page.eval_on_selector_all(
        'script[type="application/ld+json"]', "scripts => scripts.map(s => s.textContent)"
    )
    return {json.loads(block)["@type"] for block in blocks}


def test_json_ld_is_no_csp_violation_but_an_inline_script_is(browser, portal_url):
    event = EventPage.objects.live().filter(locale__language_code="ar").first()
    finder = LocationIndexPage.objects.live().get(locale__language_code="nl")
    vacancy = next(v for v in Vacancy.objects.all() if v.is_open())
    board = VacancyIndexPage.objects.get(locale__language_code="nl")
    expected = {
        event.url: {"Event", "BreadcrumbList"},
        finder.url: {"GovernmentOffice", "BreadcrumbList"},
        f"{board.url}{vacancy.reference_code}/": {"JobPosting", "BreadcrumbList"},
    }
    context = browser.new_context()
    try:
        page = context.new_page()
        page.add_init_script(WATCH_CSP)
        for path, types in expected.items():
            page.goto(f"{portal_url}{path}", wait_until="load")
            assert types <= structured_types(page), path
            assert page.evaluate("window.cspViolations") == [], path
        # The control: an inline script that would run is refused and reported.
        page.evaluate(
            """() => { const s = document.createElement("script");
                       s.textContent = "window.ran = true"; document.body.append(s); }"""
        )
        page.wait_for_function("window.cspViolations.length > 0")
        assert page.evaluate("window.ran") is None
        assert page.evaluate("window.cspViolations")[0].startswith("script-src")
    finally:
        context.close()
