"""Search finds coded facts in every portal language, keeps Dutch stemming, and the site search
finds the desks (locations) and events.

Labels are taken from gettext in each language, never typed here: the test follows the
translations as they change."""

from types import SimpleNamespace

import pytest

from django.conf import settings
from django.utils import translation

from wagtail.models import Locale

from core.localization import has_own_text
from home.choices import Sector
from home.models import EventPage, Location, LocationIndexPage
from search.query import EVENTS, LOCATIONS, SiteSearch
from tests.conftest import html
from tests.vacancies.factories import PlaceFactory, VacancyFactory
from vacancies import query as board_query
from vacancies.choices import Contract, Kind, Shift
from vacancies.models import Vacancy

pytestmark = pytest.mark.django_db

RESIDENT_LANGUAGES = ["ar", "fa", "ti", "tr", "en"]


def label_in(language, choice):
    with translation.override(language):
        return str(choice.label)


def board_codes(client, board_url, language, text):
    """Reference codes of every vacancy the board lists for `text`, over all its pages."""
    codes, number = set(), 1
    while True:
        response = client.get(board_url(language), {"q": text, "page": number})
        assert response.status_code == 200
        page = html(response)
        links = page.select(".werkroute-vacancy-card__title a")
        codes |= {link["href"].rstrip("/").rsplit("/", 1)[-1] for link in links}
        if not page.select_one('a[rel="next"]') or not links:
            return codes
        number += 1


def open_codes(**facts):
    return set(Vacancy.objects.visible().filter(**facts).values_list("reference_code", flat=True))


# --- the board: sector names in every language ---------------------------------------------


@pytest.mark.parametrize("language", RESIDENT_LANGUAGES)
def test_a_sector_name_finds_every_open_vacancy_of_that_sector(client, board_url, language):
    searched = 0
    for sector in Sector:
        expected = open_codes(sector=sector.value)
        if not expected:
            continue
        found = board_codes(client, board_url, language, label_in(language, sector))
        missing = expected - found
        assert not missing, f"{language} {label_in(language, sector)!r}: missing {missing}"
        searched += 1
    assert searched >= 3, "the demo should have open vacancies in several sectors"


@pytest.mark.parametrize("language", RESIDENT_LANGUAGES)
def test_kind_contract_and_shift_names_find_their_vacancies(client, board_url, language):
    facts = [
        ({"kind": Kind.TRAINEESHIP.value}, Kind.TRAINEESHIP),
        ({"contract": Contract.ON_CALL.value}, Contract.ON_CALL),
        ({"contract": Contract.PERMANENT.value}, Contract.PERMANENT),
        ({"shift_weekend": True}, Shift.WEEKEND),
        ({"shift_night": True}, Shift.NIGHT),
    ]
    for condition, choice in facts:
        expected = open_codes(**condition)
        found = board_codes(client, board_url, language, label_in(language, choice))
        assert expected <= found, f"{language} {label_in(language, choice)!r}"


def test_arabic_without_the_article_finds_the_label_with_it(client, board_url):
    """The Arabic label is "التنظيف" (the cleaning); residents type تنظيف as often."""
    label = label_in("ar", Sector.CLEANING)
    bare = label.removeprefix("ال")
    assert bare != label, "the test expects the Arabic label to carry the article"
    assert open_codes(sector=Sector.CLEANING.value) <= board_codes(client, board_url, "ar", bare)


def test_place_and_azc_names_find_the_vacancies_there(client, board_url, empty_board):
    place = PlaceFactory(name="Zoekdorp", municipality="Zoekgemeente", azc_name="azc Zoekweg")
    vacancy = VacancyFactory(place=place)
    for text in ["Zoekdorp", "Zoekgemeente", "Zoekweg"]:
        assert board_codes(client, board_url, "ar", text) == {vacancy.reference_code}, text


def test_renaming_a_place_renames_its_vacancies_in_search(client, board_url, empty_board):
    place = PlaceFactory(name="Oudnaamdorp")
    vacancy = VacancyFactory(place=place)
    place.name = "Nieuwnaamdorp"
    place.save()
    assert board_codes(client, board_url, "nl", "Nieuwnaamdorp") == {vacancy.reference_code}
    assert board_codes(client, board_url, "nl", "Oudnaamdorp") == set()


# --- Dutch stemming, and the path without PostgreSQL --------------------------------------


@pytest.fixture(params=["postgresql", "other"])
def database_path(request, monkeypatch):
    """The board's text search on PostgreSQL (a text-search vector) and the substring match
    other databases use (the SQLite demo), run on the same rows."""
    if request.param == "other":
        monkeypatch.setattr(board_query, "connection", SimpleNamespace(vendor="sqlite"))
    elif board_query.connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL")
    return request.param


def test_a_dutch_plural_finds_the_singular(client, board_url, empty_board, database_path):
    vacancy = VacancyFactory(title="Glazenwasser kantoor", description="Ramen lappen.")
    VacancyFactory(title="Kok", description="Koken.", sector=Sector.HOSPITALITY)
    for text in ["glazenwassers", "kantoren", "Kantoor"]:
        assert board_codes(client, board_url, "nl", text) == {vacancy.reference_code}, text


def test_a_dutch_stop_word_that_starts_a_fact_name_narrows_nothing(client, board_url, empty_board):
    """ "met" is dropped as a Dutch stop word; that "Metaal en techniek" starts with it must
    not turn "kok met" into a search for metal work."""
    if board_query.connection.vendor != "postgresql":
        pytest.skip("stop words are PostgreSQL's")
    cook = VacancyFactory(title="Kok", sector=Sector.HOSPITALITY)
    VacancyFactory(title="Lasser", sector=Sector.METAL_TECHNICAL)
    assert board_codes(client, board_url, "nl", "kok met") == {cook.reference_code}


@pytest.mark.parametrize("language", RESIDENT_LANGUAGES + ["nl"])
def test_both_database_paths_find_sector_names(
    client, board_url, empty_board, database_path, language
):
    cleaning = VacancyFactory(sector=Sector.CLEANING)
    VacancyFactory(sector=Sector.IT)
    found = board_codes(client, board_url, language, label_in(language, Sector.CLEANING))
    assert found == {cleaning.reference_code}


# --- site search: vacancies, desks and events ----------------------------------------------


@pytest.mark.parametrize("language", RESIDENT_LANGUAGES)
def test_site_search_finds_vacancies_by_the_names_of_their_facts(language):
    facts = [("sector", choice) for choice in Sector] + [
        (f"shift_{shift.value}", shift) for shift in Shift
    ]
    searched = 0
    for field, choice in facts:
        value = True if field.startswith("shift_") else choice.value
        expected = set(
            Vacancy.objects.visible().filter(**{field: value}).values_list("pk", flat=True)
        )
        if not expected:
            continue
        found = SiteSearch(label_in(language, choice), language).results("vacancies")
        assert expected <= {vacancy.pk for vacancy in found}, label_in(language, choice)
        searched += 1
    assert searched >= 5


def source_desks():
    return list(Location.objects.filter(locale__language_code=settings.LANGUAGE_CODE))


def desk_hit_urls(query, language):
    search = SiteSearch(query, language)
    return [hit.url for hit in search.hits(LOCATIONS, search.results(LOCATIONS))]


@pytest.mark.parametrize("language", ["nl", "ar", "ti"])
def test_site_search_finds_a_desk_by_its_street(client, language):
    desks = source_desks()
    assert desks
    for desk in desks:
        street_name = desk.street.split()[0]
        response = client.get(f"/{language}/zoeken/", {"q": street_name, "type": LOCATIONS})
        assert response.status_code == 200
        page = html(response)
        titles = [a.text.strip() for a in page.select(".werkroute-search-result__title a")]
        shown = Location.objects.filter(
            translation_key=desk.translation_key, locale__language_code=language
        ).first()
        assert (shown or desk).name in titles, (language, street_name, titles)
        link = next(
            a
            for a in page.select(".werkroute-search-result__title a")
            if a.text.strip() == (shown or desk).name
        )
        finder = LocationIndexPage.objects.get(locale__language_code=language)
        assert link["href"] == f"{finder.url}#location-{(shown or desk).pk}"


def test_site_search_finds_a_desk_by_a_place_it_serves():
    desk = source_desks()[0]
    desk.serves = (desk.serves + "\nazc Zoekveen").strip()
    desk.save()
    for language in ["nl", "ar", "fa"]:
        urls = desk_hit_urls("Zoekveen", language)
        assert len(urls) == 1 and urls[0].endswith("#location-" + str(_shown_pk(desk, language)))
    assert desk_hit_urls("Zoekveenstraat", "nl") == []


def _shown_pk(desk, language):
    shown = Location.objects.filter(
        translation_key=desk.translation_key, locale__language_code=language
    ).first()
    return (shown or desk).pk


def test_site_search_finds_the_desk_finder_by_its_title():
    finder = LocationIndexPage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    search = SiteSearch(finder.title, settings.LANGUAGE_CODE)
    assert finder.pk in {item.pk for item in search.results(LOCATIONS)}
    assert search.counts[LOCATIONS] >= 1


def arabic_event(indexed):
    """An event with its own Arabic text: the demo's where one exists, else one translated
    here from a Dutch event (its alias in Arabic replaced by a translation)."""
    for event in EventPage.objects.live().filter(locale__language_code="ar").order_by("pk"):
        if has_own_text(event):
            return event
    dutch = EventPage.objects.live().filter(locale__language_code="nl").first()
    arabic = Locale.objects.get(language_code="ar")

    def translate():
        alias = dutch.get_translation_or_none(arabic)
        if alias is not None:
            alias.delete()
        event = dutch.copy_for_translation(arabic)
        event.title = "معرض الوظائف التجريبي في المدينة"
        event.save_revision().publish()
        return event

    return indexed(translate)


def test_site_search_finds_an_event_by_its_arabic_title(client, indexed):
    event = arabic_event(indexed)
    for word in event.title.split():
        if len(word) > 3:
            found = SiteSearch(word, "ar").results(EVENTS)
            assert event.pk in {page.pk for page in found}, word
    response = client.get("/ar/zoeken/", {"q": event.title, "type": EVENTS})
    link = next(
        a
        for a in html(response).select(".werkroute-search-result__title a")
        if a.text.strip() == event.title
    )
    assert link["lang"] == "ar"
    assert not SiteSearch(event.title, "ar").hits(EVENTS, [event])[0].in_other_language
