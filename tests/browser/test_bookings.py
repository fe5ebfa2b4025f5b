"""A resident books a talk at their desk, downloads the .ics file, cancels and books again, in
Arabic and in Tigrinya, by keyboard only; axe finds nothing on any page of the way."""

import pytest

from django.urls import reverse
from django.utils.translation import override

from bookings.models import Booking
from home.models import Location, LocationIndexPage
from tests.browser.axe import wcag_violations
from tests.browser.test_resident_journey import MAX_TABS, tab_to

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def press_enter_and_wait(page):
    with page.expect_navigation():
        page.keyboard.press("Enter")


def tab_to_href(page, href):
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('href') || ''") == href:
            return
    pytest.fail(f"{href} cannot be reached with Tab")


def path_in(code, name, *args):
    with override(code):
        return reverse(name, args=args)


def assert_accessible(page):
    assert wcag_violations(page) == []


def book_first_free_time(page, first_name, phone):
    tab_to(page, "a.werkroute-slots__link")
    press_enter_and_wait(page)
    assert_accessible(page)
    tab_to(page, "input[name=first_name]")
    page.keyboard.type(first_name)
    tab_to(page, "input[name=phone]")
    page.keyboard.type(phone)
    tab_to(page, "main form.werkroute-form button[type=submit]")
    press_enter_and_wait(page)
    assert "/bevestiging/" in page.url


@pytest.mark.parametrize(
    ("code", "first_name", "phone"),
    [("ar", "ليلى", "٠٦١٢٣٤٥٦٧٨"), ("ti", "ሰላም", "06 87654321")],
)
def test_a_resident_books_cancels_and_books_again_by_keyboard(
    page, portal_url, code, first_name, phone
):
    desk = Location.objects.filter(locale__language_code="nl").order_by("pk").first()
    desk_path = path_in(code, "bookings:desk", desk.translation_key)
    finder = LocationIndexPage.objects.get(locale__language_code=code)
    page.goto(portal_url + finder.url)
    tab_to_href(page, desk_path)
    press_enter_and_wait(page)
    assert page.evaluate("document.documentElement.lang") == code
    assert_accessible(page)

    book_first_free_time(page, first_name, phone)
    assert_accessible(page)
    booking = Booking.objects.filter(first_name=first_name).latest("created_at")
    assert booking.status == Booking.Status.BOOKED and booking.language == code
    assert first_name in page.inner_text("main")

    tab_to_href(page, path_in(code, "bookings:ics", booking.cancel_token))
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    with open(download.value.path(), encoding="utf-8") as ics:
        assert "BEGIN:VEVENT" in ics.read()

    tab_to_href(page, path_in(code, "bookings:cancel", booking.cancel_token))
    press_enter_and_wait(page)
    assert_accessible(page)
    tab_to(page, "main form.werkroute-form button[type=submit]")
    press_enter_and_wait(page)
    booking.refresh_from_db()
    assert booking.status == Booking.Status.CANCELLED
    assert_accessible(page)

    tab_to_href(page, desk_path)
    press_enter_and_wait(page)
    book_first_free_time(page, first_name, phone)
    again = Booking.objects.filter(first_name=first_name).latest("created_at")
    assert again.pk != booking.pk and again.status == Booking.Status.BOOKED


def test_the_booking_pages_reflow_at_320_px(browser, portal_url):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    desk = Location.objects.filter(locale__language_code="nl").order_by("pk").first()
    for code in ("ar", "ti"):
        with override(code):
            for url in (
                reverse("bookings:desk", args=[desk.translation_key]),
                reverse("bookings:flyer", args=[desk.translation_key]),
            ):
                page.goto(portal_url + url)
                overflow = page.evaluate(
                    "document.documentElement.scrollWidth - document.documentElement.clientWidth"
                )
                assert overflow <= 0, url
                assert_accessible(page)
    context.close()
