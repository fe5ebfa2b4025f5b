"""Dates in the reader's language: Tigrinya has its own formats with Ge'ez month names
(core/formats/ti), Arabic and Persian use their own month names and one digit script."""

import datetime
import re

import pytest

from django.template.defaultfilters import date as date_filter
from django.utils import translation

from home.models import EventPage, GuidePage
from tests.conftest import html

LATIN_LETTER = re.compile(r"[A-Za-z]")
GEEZ_MONTHS = [
    "ጥሪ",
    "ለካቲት",
    "መጋቢት",
    "ሚያዝያ",
    "ግንቦት",
    "ሰነ",
    "ሓምለ",
    "ነሓሰ",
    "መስከረም",
    "ጥቅምቲ",
    "ሕዳር",
    "ታሕሳስ",
]
EVERY_MONTH = [datetime.datetime(2026, month, 6, 9, 30) for month in range(1, 13)]
FORMATS = ["DATE_FORMAT", "DATETIME_FORMAT", "SHORT_DATE_FORMAT", "YEAR_MONTH_FORMAT", "l"]
# Digits of another script than the Latin ones Django writes (Arabic-Indic, Persian).
OTHER_DIGITS = re.compile(r"[\u0660-\u0669\u06f0-\u06f9]")


def render(moment, date_format, language):
    with translation.override(language):
        return date_filter(moment, date_format)


@pytest.mark.parametrize("moment", EVERY_MONTH, ids=lambda moment: f"month {moment.month}")
def test_a_tigrinya_date_names_the_month_in_geez_script(moment):
    shown = render(moment, "DATE_FORMAT", "ti")
    assert shown == f"6 {GEEZ_MONTHS[moment.month - 1]} 2026"


@pytest.mark.parametrize("date_format", [*FORMATS, "N j, Y", "M d, Y", "D b E"])
@pytest.mark.parametrize("language", ["ti", "ar", "fa"])
def test_no_latin_month_or_day_names_in_tigrinya_arabic_and_persian(language, date_format):
    for moment in EVERY_MONTH:
        shown = render(moment, date_format, language)
        assert not LATIN_LETTER.search(shown), f"{language} {date_format}: {shown}"
        assert not OTHER_DIGITS.search(shown), f"{language} {date_format}: mixed digits {shown}"


@pytest.mark.django_db
def test_a_guide_in_tigrinya_shows_its_check_date_in_tigrinya(client):
    guide = GuidePage.objects.live().filter(locale__language_code="ti").first()
    page = html(client.get(guide.url))
    checked = page.select_one(".werkroute-meta time")
    assert checked.get_text() == render(guide.last_checked, "DATE_FORMAT", "ti")
    assert any(month in checked.get_text() for month in GEEZ_MONTHS)
    assert not LATIN_LETTER.search(checked.get_text())


@pytest.mark.django_db
def test_an_event_time_in_arabic_uses_one_clock_and_no_latin_letters(client):
    event = EventPage.objects.live().filter(locale__language_code="ar").first()
    page = html(client.get(event.url))
    when = " ".join(time.get_text() for time in page.select("main time"))
    assert when
    assert not LATIN_LETTER.search(when), when
