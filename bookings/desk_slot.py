"""The "Book a talk" part on every desk card (the desk finder and wherever a desk is shown).

Always shown: the desk's booking page says when there are no free times, and the desk cards
sit in pages the page cache keeps, which a booking does not make stale."""

from django.urls import reverse


def book_a_talk_context(request, page, desk):
    if desk is None or not getattr(desk, "translation_key", None):
        return None
    if getattr(getattr(request, "resolver_match", None), "namespace", "") == "bookings":
        return None  # the booking pages themselves
    return {
        "desk": desk,
        "booking_url": reverse("bookings:desk", args=[desk.translation_key]),
        "flyer_url": reverse("bookings:flyer", args=[desk.translation_key]),
    }
