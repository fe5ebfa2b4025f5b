"""Issue 14's demo content: desks, events and stories in the residents' languages, and the
corrections against the sources (the Assen Job Office at Schepersmaat, the Zaanstad Werkbalie on
Wednesday 9.00-12.30 at the reception location, no events at weekends, no unpaid vacancies)."""

import datetime

import pytest

from django.utils import timezone

from wagtail.models import Locale

from demo import home_content as demo_content
from demo import vacancy_content
from demo.home import event_day
from demo.vacancies import demo_reference_code
from home.models import EventPage, Location, LocationIndexPage, StoryPage
from tests.conftest import html
from vacancies.models import Vacancy

RESIDENT_LANGUAGES = ["ar", "fa", "ti", "tr"]

pytestmark = pytest.mark.django_db


def in_language(page, code):
    return page.get_translation(Locale.objects.get(language_code=code)).specific


def assert_translated_page(client, page, code):
    """`page` in `code` is a translation of its own (not the Dutch alias), shown in `code`."""
    dutch = page.get_translation(Locale.get_default())
    assert page.alias_of_id is None, f"{page.url} is still the Dutch page (an alias)"
    assert page.title != dutch.title, f"{page.url} has the Dutch title"
    response = client.get(page.url)
    assert response.status_code == 200
    document = html(response)
    assert document.html["lang"] == code
    assert document.select_one("h1").get_text(strip=True) == page.title
    return document


# --- translations --------------------------------------------------------------------------


@pytest.mark.parametrize("code", RESIDENT_LANGUAGES)
def test_the_desk_overview_and_its_desks_are_translated(client, code):
    index = in_language(LocationIndexPage.objects.get(locale=Locale.get_default()), code)
    document = assert_translated_page(client, index, code)
    sections = document.select("section.werkroute-location")
    dutch_names = set(
        Location.objects.filter(locale=Locale.get_default()).values_list("name", flat=True)
    )
    assert len(sections) == len(dutch_names)
    for section in sections:
        assert section.get("lang") != "nl"
        heading = section.select_one("h2, h3").get_text(strip=True)
        assert heading not in dutch_names


@pytest.mark.parametrize("code", RESIDENT_LANGUAGES)
def test_every_event_is_translated(client, code):
    events = EventPage.objects.filter(locale=Locale.get_default())
    assert events.count() == len(demo_content.EVENTS)
    for event in events:
        translated = in_language(event, code)
        document = assert_translated_page(client, translated, code)
        assert translated.intro != event.intro
        assert event.intro not in document.get_text()


@pytest.mark.parametrize("code", RESIDENT_LANGUAGES)
def test_at_least_three_stories_are_translated(client, code):
    stories = StoryPage.objects.filter(locale=Locale.get_default())
    translated = [in_language(story, code) for story in stories]
    real = [page for page in translated if page.alias_of_id is None]
    assert len(real) >= 3
    for page in real:
        document = assert_translated_page(client, page, code)
        dutch = page.get_translation(Locale.get_default()).specific
        assert page.quote != dutch.quote
        assert dutch.quote not in document.get_text()


# --- events on weekdays --------------------------------------------------------------------


@pytest.mark.parametrize("offset", range(7))
def test_event_days_never_fall_at_the_weekend(offset):
    today = datetime.date(2026, 12, 7) + datetime.timedelta(days=offset)  # a Monday, then on
    for spec in demo_content.EVENTS.values():
        day = event_day(today, spec["start_in_days"], spec.get("weekday"))
        assert day.weekday() < 5, (spec["title"]["nl"], day)
        assert day >= today + datetime.timedelta(days=spec["start_in_days"])
        assert day < today + datetime.timedelta(days=spec["start_in_days"] + 7)


@pytest.mark.parametrize("weekday", range(7))
def test_event_day_moves_on_to_the_asked_weekday(weekday):
    today = datetime.date(2026, 12, 6)  # a Sunday
    for in_days in range(7):
        day = event_day(today, in_days, weekday)
        assert day.weekday() == weekday
        assert 0 <= (day - today).days - in_days < 7


def test_no_loaded_event_starts_on_a_saturday_or_sunday():
    for event in EventPage.objects.all():
        local_start = timezone.localtime(event.start)
        assert local_start.weekday() < 5, (event.url, local_start)


# --- corrections against the sources -------------------------------------------------------


def assen_desk():
    return Location.objects.get(locale=Locale.get_default(), city="Assen")


def test_the_assen_job_office_is_at_schepersmaat():
    desk = assen_desk()
    address = f"{desk.street} {desk.postcode} {desk.city}"
    assert "Schepersmaat" in address
    assert "Balkenweg 1" not in address
    for translation in Location.objects.filter(translation_key=desk.translation_key):
        assert "Schepersmaat" in translation.street


def test_the_assen_job_fair_names_schepersmaat(client):
    event = EventPage.objects.get(slug="banenmarkt-assen", locale=Locale.get_default())
    assert "Schepersmaat" in event.where
    assert "Balkenweg 1" not in html(client.get(event.url)).get_text()


def test_the_zaanstad_walk_in_is_on_wednesday_from_nine_to_half_past_twelve():
    event = EventPage.objects.get(slug="inloopspreekuur-werkbalie", locale=Locale.get_default())
    start, end = timezone.localtime(event.start), timezone.localtime(event.end)
    assert start.weekday() == 2 and end.weekday() == 2
    assert (start.hour, start.minute) == (9, 0)
    assert (end.hour, end.minute) == (12, 30)
    desk = event.location
    assert desk is not None and desk.kind == Location.Kind.WERKBALIE
    assert "opvanglocatie" in desk.street.lower()
    hours = [
        (int(period.value["weekday"]), period.value["opens"], period.value["closes"])
        for period in desk.opening_hours
    ]
    assert hours == [(2, datetime.time(9), datetime.time(12, 30))]


def test_each_desk_lists_the_azcs_and_places_it_serves():
    """The data the desk finder reads: the seeds' azc locations and places (000, 001, 003)."""
    serves = {key: spec["serves"] for key, spec in demo_content.LOCATIONS.items()}
    assert {"azc Assen (Schepersmaat)", "azc Assen (Graswijk)", "azc Assen (Balkenweg)"} <= set(
        serves["assen"]
    )
    assert {"Zaanstad", "Zaandam"} <= set(serves["zaanstad"])
    assert {"azc Luttelgeest", "Noordoostpolder"} <= set(serves["luttelgeest"])


def test_every_vacancy_place_with_a_desk_uses_the_desks_names():
    """A vacancy's place (its name, municipality or azc) names the desk that serves it."""
    served = {name for spec in demo_content.LOCATIONS.values() for name in spec["serves"]}
    places = {vacancy.place for vacancy in Vacancy.objects.select_related("place")}
    for city in ("Assen", "Zaandam", "Luttelgeest", "Emmeloord"):
        [place] = [place for place in places if place.name == city]
        assert {place.name, place.municipality} & served, city
        if place.azc_name:
            assert place.azc_name in served, place.azc_name


def test_no_demo_vacancy_is_unpaid():
    """Unpaid work is a warning sign (003): every demo vacancy is a paid job, and every one on
    the board states its salary (the employer demo's unpublished draft may leave it out)."""
    assert not Vacancy.objects.exclude(kind="job").exists()
    codes = [demo_reference_code(number) for number in range(len(vacancy_content.VACANCIES))]
    vacancies = Vacancy.objects.filter(reference_code__in=codes)
    assert vacancies.count() == len(codes)
    for vacancy in vacancies:
        assert vacancy.salary_min is not None and vacancy.salary_min > 0, vacancy.title
        assert vacancy.salary_period, vacancy.title
        assert "werkervaringsplek" not in f"{vacancy.title} {vacancy.description}".lower()
        assert "vrijwillig" not in f"{vacancy.title} {vacancy.description}".lower()
