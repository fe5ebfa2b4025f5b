"""A resident's journey in a real browser, by keyboard only: from the home page in Arabic or
Tigrinya to their desk's opening hours, the checker and the vacancy board. Plus axe and
reflow at 320 px on the home page and the desk finder."""

import pytest

from home.models import CheckerPage, Location, LocationIndexPage
from tests.browser.axe import wcag_violations
from vacancies.models import VacancyIndexPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

MAX_TABS = 80


def finder_path(code):
    return LocationIndexPage.objects.get(locale__language_code=code).url


def checker_path(code):
    return CheckerPage.objects.get(locale__language_code=code, slug="check-mag-ik-werken").url


def board_path(code):
    return VacancyIndexPage.objects.get(locale__language_code=code).url


def tab_to_link(page, path):
    """Press Tab until the link to `path` has the focus; fail if it is never reached."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        href = page.evaluate("document.activeElement.getAttribute('href') || ''")
        if href.split("?")[0] == path:
            return
    pytest.fail(f"{path} cannot be reached with Tab")


def tab_to(page, selector):
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if page.evaluate(f"document.activeElement.matches({selector!r})"):
            return
    pytest.fail(f"{selector} cannot be reached with Tab")


def follow_by_keyboard(page, portal_url, path):
    tab_to_link(page, path)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.split("?")[0] == portal_url + path


@pytest.mark.parametrize("code", ["ar", "ti"])
def test_a_resident_finds_their_desk_and_its_hours_by_keyboard(page, portal_url, code):
    page.goto(f"{portal_url}/{code}/")
    follow_by_keyboard(page, portal_url, finder_path(code))

    tab_to(page, "select[name=place]")
    page.keyboard.press("ArrowDown")  # the first azc or place after "show all desks"
    chosen = page.evaluate("document.activeElement.value")
    assert chosen
    tab_to(page, "button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    desk = next(
        desk
        for desk in Location.objects.filter(locale__language_code="nl")
        if chosen in desk.served_names
    )
    result = page.locator(".werkroute-desk-finder__result")
    assert result.locator("h3").count() == 1
    text = result.inner_text()
    for period in desk.opening_hours:
        assert period.value["opens"].strftime("%H:%M") in text
    assert wcag_violations(page) == []


@pytest.mark.parametrize("code", ["ar", "ti"])
def test_a_resident_reaches_the_checker_and_the_board_by_keyboard(page, portal_url, code):
    page.goto(f"{portal_url}/{code}/")
    follow_by_keyboard(page, portal_url, checker_path(code))
    page.goto(f"{portal_url}/{code}/")
    follow_by_keyboard(page, portal_url, board_path(code))


@pytest.mark.parametrize("code", ["nl", "ar", "ti"])
def test_the_menu_folds_on_a_phone_and_opens_by_keyboard(page, portal_url, code):
    page.set_viewport_size({"width": 320, "height": 700})
    page.goto(f"{portal_url}/{code}/")
    links = page.locator("nav.werkroute-menu a")
    toggle = page.locator("nav.werkroute-menu summary")
    assert links.count() >= 6
    assert toggle.is_visible()
    assert not links.first.is_visible()

    tab_to(page, "nav.werkroute-menu summary")
    page.keyboard.press("Enter")
    assert links.first.is_visible()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('nav.werkroute-menu') !== null")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert wcag_violations(page) == []


@pytest.mark.parametrize("code", ["nl", "ar"])
def test_the_menu_is_open_on_a_wide_screen(page, portal_url, code):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{portal_url}/{code}/")
    assert not page.locator("nav.werkroute-menu summary").is_visible()
    links = page.locator("nav.werkroute-menu a")
    for index in range(links.count()):
        assert links.nth(index).is_visible()
    tab_to_link(page, finder_path(code))
    assert page.evaluate("document.activeElement.closest('nav.werkroute-menu') !== null")


@pytest.mark.parametrize("code", ["nl", "ar", "ti"])
@pytest.mark.parametrize("which", ["home", "finder", "finder with a desk", "finder with junk"])
def test_home_and_finder_reflow_at_320_px_without_wcag_violations(page, portal_url, code, which):
    page.set_viewport_size({"width": 320, "height": 700})
    first_served = Location.objects.filter(locale__language_code="nl").first().served_names[0]
    path = {
        "home": f"/{code}/",
        "finder": finder_path(code),
        "finder with a desk": f"{finder_path(code)}?place={first_served}",
        "finder with junk": f"{finder_path(code)}?place=Nergenshuizen",
    }[which]
    response = page.goto(portal_url + path)
    assert response.status == 200
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert wcag_violations(page) == []
