import pytest

from bookings.numbers import normalise_phone, normalise_reference_code


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("06 12345678", "+31612345678"),
        ("06-1234 5678", "+31612345678"),
        ("+31 6 12345678", "+31612345678"),
        ("0031612345678", "+31612345678"),
        ("(0592) 123 456", "+31592123456"),
        ("٠٦١٢٣٤٥٦٧٨", "+31612345678"),  # Arabic-Indic digits
        ("۰۶۱۲۳۴۵۶۷۸", "+31612345678"),  # Persian digits
        ("+90 532 123 45 67", "+905321234567"),
    ],
)
def test_numbers_typed_in_any_usual_way_are_stored_in_one_form(typed, stored):
    assert normalise_phone(typed) == stored


@pytest.mark.parametrize(
    "typed", ["", "hello", "0612", "06 1234 56789", "+31 6 1234", "+0612345678", "12345"]
)
def test_what_is_not_a_number_we_know_is_refused(typed):
    assert normalise_phone(typed) is None


def test_reference_codes_are_checked_for_their_form_only():
    assert normalise_reference_code(" k7m 3qx ") == "K7M3QX"
    assert normalise_reference_code("K7M3Q") is None
    assert normalise_reference_code("K7M3Q!") is None
