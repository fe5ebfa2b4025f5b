"""A resident books a talk, gets the confirmation with the .ics file, cancels and books again;
bad input comes back in their language with what they typed; rate limits; no cookie on GET."""

import segno
from icalendar import Calendar

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext, override

from bookings import service
from bookings.models import Booking
from home.models import LocationIndexPage
from tests.bookings.conftest import book_url, make_slot
from tests.conftest import html

GOOD = {"first_name": "Amanuel", "phone": "06 12345678", "reference_code": ""}


def in_language(language, message):
    """`message` (a msgid, or a lazy translation) in `language`; fails when it has no
    translation there."""
    with override("en"):
        message = str(message)
    with override(language):
        translated = gettext(str(message))
    assert translated != str(message), f"not translated into {language}: {message}"
    return translated


def desk_url(desk, language="nl"):
    with override(language):
        return reverse("bookings:desk", args=[desk.translation_key])


def test_the_desk_page_lists_free_times_and_links_to_the_form(client, slot):
    response = client.get(desk_url(slot.desk, "ar"))
    assert response.status_code == 200
    assert book_url(slot, "ar") in response.content.decode()
    assert not response.cookies


def test_each_free_time_shows_its_time_and_says_its_day(client, desk):
    """Two times on one day and one on the next: each under its day's heading, its link
    showing its local time (make_slot makes them at 17 past) and telling a screen reader the
    day too, in the reader's language."""
    first, second = make_slot(desk, days=5, hour=9), make_slot(desk, days=5, hour=14)
    next_day = make_slot(desk, days=6, hour=10)
    page = html(client.get(desk_url(desk, "ar")))
    for slot, time in ((first, "09:17"), (second, "14:17"), (next_day, "10:17")):
        link = page.find("a", href=book_url(slot, "ar"))
        with override("ar"):
            day = date_format(timezone.localdate(slot.starts_at), "l j F")
        assert link.get_text(strip=True) == time
        assert link["aria-label"] == f"{day} {time}"
        heading = page.find(id=link.find_parent("ul")["aria-labelledby"])
        assert heading.get_text(strip=True) == day
    first_list = page.find("a", href=book_url(first, "ar")).find_parent("ul")
    assert page.find("a", href=book_url(second, "ar")).find_parent("ul") is first_list
    assert page.find("a", href=book_url(next_day, "ar")).find_parent("ul") is not first_list


def test_a_booked_time_is_no_longer_listed(client, slot):
    service.book(slot.pk, first_name="A", phone="+31612345678", language="nl")
    assert book_url(slot) not in client.get(desk_url(slot.desk)).content.decode()


def test_the_booking_form_sets_only_the_csrf_cookie(client, slot, settings):
    response = client.get(book_url(slot, "ti"))
    assert response.status_code == 200
    assert set(response.cookies) == {settings.CSRF_COOKIE_NAME}


def test_book_confirm_ics_cancel_and_book_again(client, slot):
    response = client.post(book_url(slot, "ar"), {**GOOD, "reference_code": "k7m 3qx"})
    assert response.status_code == 302
    booking = Booking.objects.get(slot=slot)
    assert (booking.first_name, booking.phone, booking.reference_code, booking.language) == (
        "Amanuel",
        "+31612345678",
        "K7M3QX",
        "ar",
    )
    assert len(booking.cancel_token) >= 32

    confirmation = client.get(response["Location"])
    page = html(confirmation)
    assert slot.desk.city in page.text
    ics_url = reverse("bookings:ics", args=[booking.cancel_token])
    cancel_url = reverse("bookings:cancel", args=[booking.cancel_token])
    assert page.find("a", href=ics_url) and page.find("a", href=cancel_url)
    assert not confirmation.cookies

    ics = client.get(ics_url)
    assert ics["Content-Type"].startswith("text/calendar")
    event = Calendar.from_ical(ics.content).walk("VEVENT")[0]
    assert event.decoded("dtstart") == slot.starts_at
    assert slot.desk.city in str(event["location"])

    # GET only asks; the POST cancels.
    assert client.get(cancel_url).status_code == 200
    booking.refresh_from_db()
    assert booking.status == Booking.Status.BOOKED
    assert client.post(cancel_url).status_code == 302
    booking.refresh_from_db()
    assert booking.status == Booking.Status.CANCELLED

    again = client.post(book_url(slot, "ar"), GOOD)
    assert again.status_code == 302
    assert Booking.objects.filter(slot=slot, status=Booking.Status.BOOKED).count() == 1


def test_an_unknown_token_is_not_found(client, db):
    assert client.get(reverse("bookings:confirmation", args=["nope"])).status_code == 404
    assert client.post(reverse("bookings:cancel", args=["nope"])).status_code == 404


def posted(client, slot, language, data):
    response = client.post(book_url(slot, language), data)
    return response, response.content.decode()


def test_an_unknown_number_is_explained_in_the_residents_language_and_typing_kept(client, slot):
    response, body = posted(client, slot, "ar", {**GOOD, "phone": "12ab"})
    assert response.status_code == 200
    message = in_language(
        "ar",
        "We do not recognise this number. Type it with digits only, for example "
        "06 12345678 or +31 6 12345678.",
    )
    assert message in body
    page = html(response)
    assert page.find("input", attrs={"name": "phone"})["value"] == "12ab"
    assert page.find("input", attrs={"name": "first_name"})["value"] == "Amanuel"
    assert not Booking.objects.exists()


def test_an_empty_name_is_explained(client, slot):
    response, body = posted(client, slot, "ti", {**GOOD, "first_name": "   "})
    assert response.status_code == 200
    assert in_language("ti", "Please type your first name.") in body
    assert html(response).find("input", attrs={"name": "phone"})["value"] == "06 12345678"


def test_a_wrong_reference_code_is_explained(client, slot):
    response, body = posted(client, slot, "fa", {**GOOD, "reference_code": "abc"})
    assert (
        in_language("fa", "A reference code has six letters and digits, for example K7M3QX.")
        in body
    )
    assert response.status_code == 200 and not Booking.objects.exists()


def test_a_slot_in_the_past_is_refused(client, desk):
    past = make_slot(desk, days=-1)
    response, body = posted(client, past, "tr", GOOD)
    assert response.status_code == 409
    assert in_language("tr", service.SLOT_PAST) in body
    assert html(response).find("input", attrs={"name": "first_name"})["value"] == "Amanuel"
    assert not Booking.objects.exists()


def test_a_slot_just_taken_is_refused_and_other_times_offered(client, desk):
    taken, other = make_slot(desk, hour=10), make_slot(desk, days=4)
    service.book(taken.pk, first_name="A", phone="+31612345670", language="nl")
    response, body = posted(client, taken, "ar", GOOD)
    assert response.status_code == 409
    assert in_language("ar", service.SLOT_TAKEN) in body
    assert book_url(other, "ar") in body
    assert html(response).find("input", attrs={"name": "phone"})["value"] == "06 12345678"


def test_bookings_per_number_are_limited(client, desk, settings):
    settings.RATE_LIMITS = {"booking_number": (2, 3600)}
    slots = [make_slot(desk, days=day) for day in (3, 4, 5)]
    for index, slot in enumerate(slots):
        # The same number typed in two ways counts as one number.
        phone = "06 12345678" if index % 2 else "+31612345678"
        response = client.post(
            book_url(slot, "ar"), {**GOOD, "phone": phone}, REMOTE_ADDR=f"10.1.1.{index}"
        )
    assert response.status_code == 429
    assert response["Retry-After"]
    too_many = "Too many attempts. Wait a while and try again; what you typed is kept below."
    assert in_language("ar", too_many) in response.content.decode()
    assert Booking.objects.count() == 2


def test_bookings_per_address_are_limited(client, desk, settings):
    settings.RATE_LIMITS = {"booking": (1, 3600)}
    first, second = make_slot(desk, days=3), make_slot(desk, days=4)
    assert client.post(book_url(first), GOOD).status_code == 302
    refused = client.post(book_url(second), {**GOOD, "phone": "0612345679"})
    assert refused.status_code == 429
    assert html(refused).find("input", attrs={"name": "phone"})["value"] == "0612345679"


def test_the_desk_finder_offers_booking_a_talk_per_desk(client, desk):
    finder = LocationIndexPage.objects.get(locale__language_code="ti")
    response = client.get(finder.url)
    assert desk_url(desk, "ti") in response.content.decode()
    assert not response.cookies


def test_the_flyer_is_in_the_readers_language_and_dutch_with_a_qr_code(client, desk):
    with override("ar"):
        url = reverse("bookings:flyer", args=[desk.translation_key])
    response = client.get(url)
    assert response.status_code == 200 and not response.cookies
    page = html(response)
    assert page.html["lang"] == "ar"
    dutch = page.find("div", attrs={"lang": "nl"})
    assert dutch.find("h1")
    target = "http://testserver" + desk_url(desk, "ar")
    expected = segno.make(target, error="m").svg_inline(scale=5, border=2, omitsize=True)
    assert expected in response.content.decode()
    assert in_language("ar", "Book a talk") in page.text
    with override("nl"):
        assert gettext("Book a talk") in dutch.text


def test_pages_without_a_form_set_no_cookie(client, slot):
    booking = service.book(slot.pk, first_name="A", phone="+31612345678", language="nl")
    for url in (
        desk_url(slot.desk),
        reverse("bookings:confirmation", args=[booking.cancel_token]),
        reverse("bookings:ics", args=[booking.cancel_token]),
    ):
        response = client.get(url)
        assert response.status_code == 200 and not response.cookies, url
        assert "no-store" in response["Cache-Control"], url


def test_a_slot_far_in_the_past_is_not_listed(client, desk):
    old = make_slot(desk, days=-2)
    assert book_url(old) not in client.get(desk_url(desk)).content.decode()
