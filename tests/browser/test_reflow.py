"""Reflow (WCAG 1.4.10): every public page type fits a 320 px wide screen without sideways
scrolling, in Dutch, Arabic (right to left) and Tigrinya (Ge'ez script), with no axe violations.

The pages are found from the page tree and the vacancy board, so a new page type or a renamed
slug is measured too. One browser context per language keeps the run short.
"""

import pytest

from django.urls import reverse
from django.utils import translation

from wagtail.models import Page

from home import checker
from home.models import CheckerPage
from tests.browser.axe import wcag_violations
from tests.browser.conftest import csp_refusals
from vacancies.models import Vacancy

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PHONE = {"width": 320, "height": 640}


def public_page_urls(code):
    """One URL per page type in a language: the first live page of each Wagtail page type, plus
    the views and states that are not pages of their own."""
    urls = {}
    pages = Page.objects.live().filter(locale__language_code=code, depth__gt=1).order_by("path")
    for page in pages.specific():
        urls.setdefault(type(page).__name__, page.url)
    # The residents' checker is the one the issue names; any checker shows the same template.
    checkers = [p.url for p in pages.type(CheckerPage).specific()]
    answers = "&".join(f"{key}=yes" for key in checker.CONDITIONS)
    urls["checker with an answer"] = f"{checkers[-1]}?{answers}"

    board = urls["VacancyIndexPage"]
    code_ = Vacancy.objects.visible().order_by("pk").first().reference_code
    urls["vacancy board with a query"] = f"{board}?q=schoonmaak"
    urls["vacancy"] = f"{board}{code_}/"
    urls["vacancy poster"] = f"{board}{code_}/poster/"
    with translation.override(code):
        urls["site search"] = reverse("search:results") + "?q=werk"
        urls["employer login"] = reverse("employers:login")
        urls["employer sign-up"] = reverse("employers:signup")
        urls["employer callback"] = reverse("employers:callback")
    urls["404"] = f"/{code}/bestaat-niet/"
    return urls


@pytest.mark.parametrize("code", ["nl", "ar", "ti"])
def test_every_page_type_reflows_at_320_px_without_wcag_violations(browser, portal_url, code):
    urls = public_page_urls(code)
    assert {"HomePage", "GuidePage", "StoryPage", "EventPage", "LocationIndexPage"} <= set(urls)
    context = browser.new_context(viewport=PHONE)
    refused = csp_refusals(context)
    page = context.new_page()
    page.set_default_timeout(15_000)
    too_wide, violations = {}, {}
    try:
        for kind, url in urls.items():
            response = page.goto(portal_url + url)
            assert response.status == (404 if kind == "404" else 200), url
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > page.evaluate("window.innerWidth"):
                too_wide[url] = width
            found = wcag_violations(page)
            if found:
                violations[url] = found
    finally:
        context.close()
    assert too_wide == {}, f"wider than {PHONE['width']} px: {too_wide}"
    assert violations == {}
    assert not refused, f"blocked by the Content-Security-Policy: {refused}"
