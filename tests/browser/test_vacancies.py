"""The vacancy board in a browser: axe on every page type in Dutch and Arabic, and searching
with filters by keyboard alone, with JavaScript switched off."""

import datetime

import pytest

from django.utils import timezone

from tests.browser.axe import wcag_violations
from vacancies.models import Vacancy

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def open_code():
    return Vacancy.objects.visible().order_by("pk").first().reference_code


def closed_code():
    recent = timezone.localdate() - datetime.timedelta(days=20)
    return (
        Vacancy.objects.expired()
        .filter(closing_date__gte=recent)
        .order_by("pk")
        .first()
        .reference_code
    )


PAGE_TYPES = {
    "list": lambda: "/{code}/vacatures/",
    "list with filters": lambda: "/{code}/vacatures/?sector=horeca&dutch=0&training_given=on",
    "list without results": lambda: "/{code}/vacatures/?q=onvindbaar&sector=it",
    "list with junk": lambda: "/{code}/vacatures/?hours=-1&sector=%3Cscript%3E&page=999999",
    "detail": lambda: "/{code}/vacatures/" + open_code() + "/",
    "closed vacancy": lambda: "/{code}/vacatures/" + closed_code() + "/",
    "poster": lambda: "/{code}/vacatures/" + open_code() + "/poster/",
    "posters of a search": lambda: "/{code}/vacatures/posters/?sector=schoonmaak",
}


@pytest.mark.parametrize("code", ["nl", "ar"])
@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_vacancy_page_type_has_no_wcag_violations(page, portal_url, kind, code):
    response = page.goto(portal_url + PAGE_TYPES[kind]().format(code=code))
    assert response.status == 200
    assert page.evaluate("document.documentElement.dir") == ("rtl" if code == "ar" else "ltr")
    assert wcag_violations(page) == []


def test_filtering_works_by_keyboard_without_javascript(browser, portal_url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"{portal_url}/nl/vacatures/")
        total_before = page.locator(".werkroute-vacancy-card").count()
        page.locator("#vacancy-q").focus()
        page.keyboard.type("schoonmaak")
        page.keyboard.press("Tab")  # the folded filters: Enter opens them (no JavaScript needed)
        assert page.evaluate("document.activeElement.tagName") == "SUMMARY"
        page.keyboard.press("Enter")
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.id") == "filter-sector"
        page.keyboard.press("Tab")  # kind
        page.keyboard.press("Tab")  # contract
        page.keyboard.press("Tab")  # shift
        page.keyboard.press("Tab")  # hours
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.id") == "filter-dutch"
        page.keyboard.press("ArrowDown")  # "I speak no Dutch yet"
        assert page.locator("#filter-dutch").input_value() == "0"
        page.locator("#vacancy-q").focus()
        page.keyboard.press("Enter")
        page.wait_for_url("**q=schoonmaak**")
        assert "dutch=0" in page.url
        cards = page.locator(".werkroute-vacancy-card")
        assert 0 < cards.count() < total_before
        expected = Vacancy.objects.visible().filter(
            dutch_level=0, search_text__icontains="schoonma"
        )
        assert cards.count() == expected.count()
        # The choices survive the round trip, so the next change starts from them.
        assert page.locator("#vacancy-q").input_value() == "schoonmaak"
        assert page.locator("#filter-dutch").input_value() == "0"
    finally:
        context.close()


def test_a_checkbox_filter_and_the_submit_button_by_keyboard(page, portal_url):
    page.goto(f"{portal_url}/ar/vacatures/")
    page.locator(".werkroute-vacancy-search__summary").focus()
    page.keyboard.press("Enter")
    page.locator("#filter-training_given").focus()
    page.keyboard.press("Space")
    page.locator(".werkroute-vacancy-search button[type=submit]").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**training_given=on**")
    count = page.locator(".werkroute-vacancy-card").count()
    assert count == min(20, Vacancy.objects.visible().filter(training_given=True).count())


def test_a_checkbox_filter_and_its_removal_by_keyboard_without_javascript(browser, portal_url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        page.goto(f"{portal_url}/ar/vacatures/")
        page.locator(".werkroute-vacancy-search__summary").focus()
        page.keyboard.press("Enter")
        page.locator("#filter-english_enough").focus()
        page.keyboard.press("Space")
        assert page.locator("#filter-english_enough").is_checked()
        page.locator(".werkroute-vacancy-search button[type=submit]").focus()
        page.keyboard.press("Enter")
        page.wait_for_url("**english_enough=on**")
        visible = Vacancy.objects.visible()
        chosen = visible.filter(english_enough=True).count()
        assert 0 < chosen < visible.count()
        assert page.locator(".werkroute-vacancy-card").count() == min(20, chosen)
        # The "Remove" link of the chosen filter, followed by keyboard, gives the whole board.
        page.locator(".werkroute-active-filters a").first.focus()
        page.keyboard.press("Enter")
        page.wait_for_url(lambda url: "english_enough" not in url)
        assert page.locator(".werkroute-vacancy-card").count() == min(20, visible.count())
    finally:
        context.close()
