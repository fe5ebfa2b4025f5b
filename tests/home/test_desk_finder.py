"""Find your desk: which desk serves an azc or place, in the finder, on vacancies and in guides."""

import pytest

from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from home import desks
from home.models import GuidePage, Location, LocationIndexPage
from tests.conftest import html
from vacancies.models import Vacancy, VacancyIndexPage

pytestmark = pytest.mark.django_db

LANGUAGES = ["nl", "en", "ar", "fa", "ti", "tr"]


def dutch_desks():
    return list(Location.objects.filter(locale__language_code="nl"))


def finder(code="nl"):
    return LocationIndexPage.objects.get(locale__language_code=code)


# --- the rule ------------------------------------------------------------------------------


def test_every_demo_desk_serves_some_place():
    assert all(desk.served_names for desk in dutch_desks())


def test_each_served_name_finds_the_desk_that_lists_it_whatever_its_case_and_spacing():
    for desk in dutch_desks():
        for name in desk.served_names:
            assert desks.desks_serving([name]) == [desk]
            assert desks.desks_serving(["  " + name.upper().replace(" ", "   ")]) == [desk]


def test_an_unknown_place_is_served_by_no_desk():
    assert desks.desks_serving(["Nergenshuizen"]) == []
    assert desks.desk_for(["Nergenshuizen", ""]) == (None, "")


def test_the_first_name_a_desk_serves_wins():
    desk = dutch_desks()[0]
    served = desk.served_names[-1]
    assert desks.desk_for(["Nergenshuizen", served]) == (desk, served)


# --- the serves field ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("serves", "message"),
    [
        ("azc Assen\n\nAssen", "Line 2 is empty. Put one name on every line."),
        ("  \nAssen", "Line 1 is empty. Put one name on every line."),
        ("Assen\nazc Assen\nASSEN ", "'ASSEN' is listed twice (line 3). List each name once."),
    ],
)
def test_serves_names_each_place_once_on_its_own_line(serves, message):
    desk = dutch_desks()[0]
    desk.serves = serves
    with translation.override("en"), pytest.raises(ValidationError) as error:
        desk.full_clean()
    assert error.value.message_dict["serves"] == [message]


def test_serves_messages_are_in_the_editors_language():
    desk = dutch_desks()[0]
    desk.serves = "Assen\nassen"
    with translation.override("nl"):
        expected = translation.gettext(
            "'%(name)s' is listed twice (line %(number)s). List each name once."
        ) % {"name": "assen", "number": 2}
        with pytest.raises(ValidationError) as error:
            desk.full_clean()
    assert "List each name once" not in expected
    assert error.value.message_dict["serves"] == [expected]


def test_serves_may_end_with_a_newline_and_may_be_empty():
    desk = dutch_desks()[0]
    for serves in ("azc Assen\nAssen\n", ""):
        desk.serves = serves
        desk.full_clean()


def test_a_desk_without_a_street_address_needs_no_postcode():
    desk = dutch_desks()[0]
    desk.postcode = ""
    desk.full_clean()


def test_serves_is_the_same_in_every_translation_of_a_desk():
    for desk in dutch_desks():
        translations = Location.objects.filter(translation_key=desk.translation_key)
        assert translations.count() > 1
        assert {translated.serves for translated in translations} == {desk.serves}


# --- the finder ----------------------------------------------------------------------------


def test_the_finder_offers_every_served_name_once(client):
    page = html(client.get(finder().url))
    options = [option["value"] for option in page.select("select[name=place] option")]
    assert options[0] == ""  # show all desks
    expected = sorted(
        {name for desk in dutch_desks() for name in desk.served_names}, key=str.casefold
    )
    assert options[1:] == expected


@pytest.mark.parametrize("code", ["nl", "ar", "ti"])
def test_each_served_name_shows_its_desk_in_the_readers_language(client, code):
    page_url = finder(code).url
    for desk in dutch_desks():
        shown = Location.objects.filter(
            translation_key=desk.translation_key, locale__language_code=code
        ).first()
        for name in desk.served_names:
            page = html(client.get(page_url, {"place": name}))
            result = page.select_one("section.werkroute-desk-finder__result")
            assert result is not None, name
            titles = [heading.get_text() for heading in result.select("h3")]
            assert titles == [(shown or desk).name]
            assert page.select_one(f'select[name=place] option[value="{name}"]').has_attr(
                "selected"
            )


@pytest.mark.parametrize("code", ["nl", "ar"])
def test_the_second_finder_visitor_gets_the_desks_without_a_query(client, code):
    desk = dutch_desks()[0]
    place = desk.served_names[0]
    url = finder(code).url
    first = html(client.get(url, {"place": place}))
    with CaptureQueriesContext(connection) as queries:
        again = html(client.get(url, {"place": place}))
    assert [query["sql"] for query in queries] == []
    result = again.select_one("section.werkroute-desk-finder__result").get_text(" ", strip=True)
    assert result == first.select_one("section.werkroute-desk-finder__result").get_text(
        " ", strip=True
    )


def test_a_saved_desk_shows_in_the_finder_at_once(client):
    desk = dutch_desks()[0]
    place = desk.served_names[0]
    client.get(finder().url, {"place": place})
    desk.name = "Jobpunt aan de Markt"
    desk.save()
    result = html(client.get(finder().url, {"place": place})).select_one(
        "section.werkroute-desk-finder__result"
    )
    assert [heading.get_text() for heading in result.select("h3")] == ["Jobpunt aan de Markt"]


def test_the_finder_shows_the_hours_phone_and_whatsapp_of_the_desk(client):
    desk = next(desk for desk in dutch_desks() if desk.phone and desk.opening_hours)
    page = html(client.get(finder().url, {"place": desk.served_names[0]}))
    result = page.select_one("section.werkroute-desk-finder__result")
    assert result.select_one(f'a[href="{desk.phone_href}"]') is not None
    period = desk.opening_hours[0].value
    assert period["opens"].strftime("%H:%M") in result.get_text()
    whatsapp_desk = next(desk for desk in dutch_desks() if desk.whatsapp)
    page = html(client.get(finder().url, {"place": whatsapp_desk.served_names[0]}))
    assert page.select_one(f'a[href="{whatsapp_desk.whatsapp_url}"]') is not None


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("junk", ["Nergenshuizen", "<script>x</script>", "%00", "a" * 5000])
def test_an_unknown_place_gets_a_message_in_the_readers_language_and_every_desk(client, code, junk):
    response = client.get(finder(code).url, {"place": junk})
    assert response.status_code == 200
    page = html(response)
    with translation.override(code):
        message = translation.gettext(
            "We do not know that azc or place. Choose it from the list, or ask at the reception "
            "of your azc. All desks are listed below."
        )
    assert page.select_one("[role=status]").get_text(strip=True) == message
    assert len(page.select("section.werkroute-location")) == len(dutch_desks())
    assert "<script>x</script>" not in response.content.decode()


def test_without_a_choice_the_finder_lists_every_desk_without_a_message(client):
    page = html(client.get(finder().url))
    assert page.select_one("[role=status]") is None
    assert len(page.select("section.werkroute-location")) == len(dutch_desks())


# --- vacancies and guides ------------------------------------------------------------------


def vacancy_page(client, vacancy, code):
    board_url = vacancy_board_url(code)
    return html(client.get(f"{board_url}{vacancy.reference_code}/"))


def vacancy_board_url(code):
    return VacancyIndexPage.objects.get(locale__language_code=code).url


def open_job_office_vacancies():
    return Vacancy.objects.visible().filter(respond_via_job_office=True).select_related("place")


@pytest.mark.parametrize("code", ["nl", "ar", "ti"])
def test_a_vacancy_names_and_links_the_desk_for_its_place(client, code):
    served = 0
    for vacancy in open_job_office_vacancies():
        place = vacancy.place
        desk, _name = desks.desk_for([place.azc_name, place.name, place.municipality])
        link = vacancy_page(client, vacancy, code).select_one(
            f'.werkroute-respond a[href^="{finder(code).url}"]'
        )
        assert link is not None, vacancy.reference_code
        if desk is None:
            with translation.override(code):
                assert link.get_text() == translation.gettext("Find your Job Office")
            assert link["href"] == finder(code).url
            continue
        served += 1
        shown = Location.objects.filter(
            translation_key=desk.translation_key, locale__language_code=code
        ).first()
        assert link.get_text() == (shown or desk).name
        # The link opens the finder on that desk.
        desk_page = html(client.get(link["href"]))
        result = desk_page.select_one("section.werkroute-desk-finder__result")
        assert [heading.get_text() for heading in result.select("h3")] == [(shown or desk).name]
    assert served, "no demo vacancy lies in a place a desk serves"


def test_a_vacancy_in_a_place_no_desk_serves_links_to_the_finder(client):
    vacancy = open_job_office_vacancies().first()
    Location.objects.update(serves="")
    link = vacancy_page(client, vacancy, "ar").select_one(".werkroute-respond a")
    assert link["href"] == finder("ar").url


def test_a_contact_block_without_a_desk_links_to_the_finder(client):
    # A residents' guide: on employer pages the block names the employer service point.
    guide = GuidePage.objects.live().get(locale__language_code="nl", slug="mag-ik-werken")
    guide.body.append(("contact", None))
    guide.save_revision().publish()
    link = html(client.get(guide.url)).select_one(".werkroute-contact-finder a")
    assert link["href"] == finder("nl").url
