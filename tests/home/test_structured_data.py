"""schema.org data of events (Event) and desks (GovernmentOffice with opening hours): built from
the same fields the pages show, nothing the models do not hold, safe against injection."""

import datetime
import json
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

import pytest

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale, Site

from home.choices import Weekday
from home.models import EventIndexPage, EventPage, Location, LocationIndexPage
from home.structured_data import international_phone
from tests.conftest import html

pytestmark = pytest.mark.django_db

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
SCHEMA = "https://schema.org/"
ENGLISH_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# Properties the models have no data for: stating them would be inventing.
NOT_IN_THE_MODEL = {"image", "isAccessibleForFree", "offers", "performer"}


def ld_of_type(page, kind):
    found = [
        data
        for data in (
            json.loads(script.string)
            for script in page.find_all("script", type="application/ld+json")
        )
        if data.get("@type") == kind
    ]
    return found


def the_event(response):
    [event] = ld_of_type(html(response), "Event")
    return event


def site_home(code="nl"):
    home = Site.objects.get(is_default_site=True).root_page
    return home.get_translation(Locale.objects.get(language_code=code)).specific


def amsterdam(*args):
    return datetime.datetime(*args, tzinfo=AMSTERDAM)


def assert_valid_event(data, page_url):
    """What Google needs of an Event, and that every value has the right form."""
    assert data["@context"] == "https://schema.org"
    assert isinstance(data["name"], str) and data["name"].strip()
    assert isinstance(data["description"], str) and data["description"].strip()
    start = datetime.datetime.fromisoformat(data["startDate"])
    end = datetime.datetime.fromisoformat(data["endDate"])
    assert start.utcoffset() == start.astimezone(AMSTERDAM).utcoffset()
    assert end.utcoffset() == end.astimezone(AMSTERDAM).utcoffset()
    assert start < end
    assert data["eventStatus"] == SCHEMA + "EventScheduled"
    assert data["eventAttendanceMode"] in {
        SCHEMA + "OfflineEventAttendanceMode",
        SCHEMA + "OnlineEventAttendanceMode",
    }
    location = data["location"]
    if data["eventAttendanceMode"].endswith("OnlineEventAttendanceMode"):
        assert location["@type"] == "VirtualLocation"
        assert location["url"].startswith(("https://", "http://"))
    else:
        assert location["@type"] == "Place"
        assert location["name"].strip()
        assert location["address"]["@type"] == "PostalAddress"
        assert location["address"]["addressCountry"] == "NL"
    assert data["organizer"]["@type"] == "Organization" and data["organizer"]["name"]
    assert data["organizer"]["url"].startswith("http://testserver/")
    assert data["url"] == page_url
    for code in data.get("inLanguage", []):
        assert code in dict(settings.LANGUAGES)
    assert not NOT_IN_THE_MODEL & set(data)


# --- events on a small site ------------------------------------------------------------------


@pytest.fixture
def event_index():
    return site_home().add_child(
        instance=EventIndexPage(title="Agenda (structured data)", slug="agenda-structured-data")
    )


@pytest.fixture
def desk():
    desk = Location(
        name="Job Office Teststad",
        kind=Location.Kind.JOB_OFFICE,
        street="Stationsweg 1",
        postcode="9401 AB",
        city="Teststad",
        phone="0592 123 456",
        languages=["nl", "ar"],
        opening_hours=[
            ("period", {"weekday": "0", "opens": datetime.time(9), "closes": datetime.time(12)}),
            (
                "period",
                {"weekday": "3", "opens": datetime.time(13), "closes": datetime.time(16, 30)},
            ),
        ],
        locale=Locale.get_default(),
    )
    desk.full_clean()
    desk.save()
    return desk


@pytest.fixture
def make_event(event_index):
    def make(slug, **fields):
        values = {
            "title": "Banenmarkt Teststad",
            "kind": EventPage.Kind.JOB_FAIR,
            "intro": "Maak kennis met werkgevers uit de regio.",
            "start": amsterdam(2031, 7, 1, 13, 0),
            "end": amsterdam(2031, 7, 1, 16, 0),
            "registration": "<p>Aanmelden is niet nodig.</p>",
        }
        values.update(fields)
        event = event_index.add_child(instance=EventPage(slug=slug, **values))
        event.full_clean()
        return event

    return make


@pytest.mark.skeleton
def test_an_event_at_a_desk_is_an_offline_event_at_that_place(client, make_event, desk):
    event = make_event("at-the-desk", location=desk, languages=["nl", "ar"])
    response = client.get(event.url)
    data = the_event(response)
    assert_valid_event(data, "http://testserver" + event.url)

    page = html(response)
    assert data["name"] == page.h1.get_text() == event.title
    assert data["description"] == event.intro
    # The same moments as the page's own <time> elements, in Dutch summer time.
    times = [time["datetime"] for time in page.select(".werkroute-facts time")]
    assert [data["startDate"], data["endDate"]] == times
    assert data["startDate"] == "2031-07-01T13:00:00+02:00"
    assert data["eventAttendanceMode"] == SCHEMA + "OfflineEventAttendanceMode"
    assert data["location"] == {
        "@type": "Place",
        "name": desk.name,
        "address": {
            "@type": "PostalAddress",
            "addressLocality": desk.city,
            "addressCountry": "NL",
            "streetAddress": desk.street,
            "postalCode": desk.postcode,
        },
    }
    assert data["inLanguage"] == ["nl", "ar"]
    assert data["organizer"]["url"] == "http://testserver" + site_home().url


@pytest.mark.skeleton
def test_a_winter_event_has_the_dutch_winter_offset(client, make_event):
    event = make_event(
        "in-winter",
        address="Markt 1, Teststad",
        start=amsterdam(2031, 1, 14, 9, 30),
        end=amsterdam(2031, 1, 14, 11, 0),
    )
    data = the_event(client.get(event.url))
    assert data["startDate"] == "2031-01-14T09:30:00+01:00"
    assert data["endDate"] == "2031-01-14T11:00:00+01:00"


@pytest.mark.skeleton
def test_an_event_at_an_address_names_that_address(client, make_event):
    event = make_event("at-an-address", address="Markt 1, Teststad")
    data = the_event(client.get(event.url))
    assert_valid_event(data, "http://testserver" + event.url)
    assert data["location"]["name"] == "Markt 1, Teststad"
    assert data["location"]["address"]["streetAddress"] == "Markt 1, Teststad"
    assert data["eventAttendanceMode"] == SCHEMA + "OfflineEventAttendanceMode"
    assert "inLanguage" not in data  # no languages given: none stated


@pytest.mark.skeleton
def test_an_event_whose_place_is_a_web_address_is_online(client, make_event):
    event = make_event("online", address=" https://meet.example.org/banenmarkt ")
    data = the_event(client.get(event.url))
    assert_valid_event(data, "http://testserver" + event.url)
    assert data["eventAttendanceMode"] == SCHEMA + "OnlineEventAttendanceMode"
    assert data["location"] == {
        "@type": "VirtualLocation",
        "url": "https://meet.example.org/banenmarkt",
    }


@pytest.mark.skeleton
@pytest.mark.parametrize(
    "address", ["Online, de link volgt na aanmelding", "www.example.org", "javascript:alert(1)"]
)
def test_an_address_that_is_not_a_web_address_stays_a_place(client, make_event, address):
    event = make_event("not-a-link", address=address)
    data = the_event(client.get(event.url))
    assert data["eventAttendanceMode"] == SCHEMA + "OfflineEventAttendanceMode"
    assert data["location"]["@type"] == "Place"


@pytest.mark.skeleton
def test_an_event_title_cannot_end_the_script(client, make_event):
    title = "</script><script>alert(1)</script>"
    event = make_event("injection", title=title, address="Markt 1")
    response = client.get(event.url)
    assert b"<script>alert(1)" not in response.content
    assert the_event(response)["name"] == title


def test_csp_still_forbids_inline_scripts_on_pages_with_json_ld(client):
    event = EventPage.objects.live().filter(locale__language_code="nl").first()
    response = client.get(event.url)
    assert ld_of_type(html(response), "Event")
    policy = response["Content-Security-Policy"]
    script_src = next(part for part in policy.split(";") if part.strip().startswith("script-src"))
    assert "'unsafe-inline'" not in script_src


# --- desks on a small site -------------------------------------------------------------------


@pytest.fixture
def finder():
    return site_home().add_child(
        instance=LocationIndexPage(title="Loketten (structured data)", slug="loketten-sd")
    )


def desk_office(page, desk):
    section = page.find(id=f"location-{desk.pk}").find_parent("section")
    [office] = ld_of_type(section, "GovernmentOffice")
    return section, office


def visible_hours(section):
    """(day name in the page's language, "HH:MM–HH:MM") of each line under Opening hours."""
    return [
        tuple(item.get_text(" ", strip=True).rsplit(" ", 1))
        for item in section.select(".werkroute-facts ul li")
    ]


def assert_valid_office(office):
    assert office["@context"] == "https://schema.org"
    assert office["@type"] == "GovernmentOffice"
    assert office["name"].strip()
    assert office["address"]["@type"] == "PostalAddress"
    assert office["address"]["addressLocality"].strip()
    assert office["address"]["addressCountry"] == "NL"
    for spec in office.get("openingHoursSpecification", []):
        assert spec["@type"] == "OpeningHoursSpecification"
        assert spec["dayOfWeek"].removeprefix(SCHEMA) in ENGLISH_DAYS
        opens = datetime.time.fromisoformat(spec["opens"])
        closes = datetime.time.fromisoformat(spec["closes"])
        assert opens < closes
    if "telephone" in office:
        assert office["telephone"].startswith("+") and office["telephone"][1:].isdigit()


def assert_hours_match_the_page(office, section, language):
    """The structured hours say what the page shows: the same days and times, in order."""
    with translation.override(language):
        day_of_label = {str(day.label): SCHEMA + ENGLISH_DAYS[day.value] for day in Weekday}
    structured = [
        (spec["dayOfWeek"], f"{spec['opens']}–{spec['closes']}")
        for spec in office.get("openingHoursSpecification", [])
    ]
    assert structured == [(day_of_label[day], hours) for day, hours in visible_hours(section)]


@pytest.mark.skeleton
def test_a_desk_is_a_government_office_with_its_opening_hours(client, finder, desk):
    page = html(client.get(finder.url))
    section, office = desk_office(page, desk)
    assert_valid_office(office)
    assert office["name"] == desk.name
    assert office["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "Teststad",
        "addressCountry": "NL",
        "streetAddress": "Stationsweg 1",
        "postalCode": "9401 AB",
    }
    assert office["telephone"] == "+31592123456"
    assert office["knowsLanguage"] == ["nl", "ar"]
    assert office["openingHoursSpecification"] == [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": SCHEMA + "Monday",
            "opens": "09:00",
            "closes": "12:00",
        },
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": SCHEMA + "Thursday",
            "opens": "13:00",
            "closes": "16:30",
        },
    ]
    assert_hours_match_the_page(office, section, "nl")


@pytest.mark.skeleton
def test_a_desk_by_appointment_without_phone_or_postcode_states_none(client, finder, desk):
    Location.objects.filter(pk=desk.pk).update(opening_hours=[], phone="", postcode="")
    section, office = desk_office(html(client.get(finder.url)), desk)
    assert_valid_office(office)
    assert "openingHoursSpecification" not in office
    assert "telephone" not in office
    assert "postalCode" not in office["address"]
    assert not {"geo", "email"} & set(office)  # the model holds neither


@pytest.mark.skeleton
def test_the_booking_page_of_a_desk_has_its_government_office(client, desk):
    page = html(client.get(reverse("bookings:desk", args=[desk.translation_key])))
    [office] = ld_of_type(page, "GovernmentOffice")
    assert office["name"] == desk.name


@pytest.mark.skeleton
def test_a_desk_name_cannot_end_the_script(client, finder, desk):
    Location.objects.filter(pk=desk.pk).update(name="</script><script>alert(1)</script>")
    response = client.get(finder.url)
    assert b"<script>alert(1)" not in response.content
    assert desk_office(html(response), desk)[1]["name"] == "</script><script>alert(1)</script>"


@pytest.mark.parametrize(
    ("number", "international"),
    [
        ("0592 123 456", "+31592123456"),
        ("06-12345678", "+31612345678"),
        ("(075) 000 2222", "+31750002222"),
        ("+31 592 123 456", "+31592123456"),
        ("0032 2 123 45 67", "+3221234567"),
    ],
)
def test_phone_numbers_are_given_in_international_form(number, international):
    assert international_phone(number) == international


# --- every event and desk of the demo, in every language --------------------------------------


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES])
def test_every_demo_event_has_a_valid_event_in_each_language(client, code):
    events = EventPage.objects.live().public().filter(locale__language_code=code)
    assert events.exists()
    for event in events.select_related("location"):
        response = client.get(event.url)
        data = the_event(response)
        assert_valid_event(data, "http://testserver" + event.url)
        assert data["name"] == event.title == html(response).h1.get_text()
        assert data["description"] == event.intro
        if event.location_id:
            shown = event.location.get_translation_or_none(Locale.objects.get(language_code=code))
            assert data["location"]["name"] == (shown or event.location).name


@pytest.mark.parametrize("code", ["nl", "ar", "ti"])
def test_every_demo_desk_has_a_valid_office_with_the_hours_shown(client, code):
    finder = LocationIndexPage.objects.live().get(locale__language_code=code)
    page = html(client.get(finder.url))
    sections = page.select("section.werkroute-location")
    assert sections
    for section in sections:
        [office] = ld_of_type(section, "GovernmentOffice")
        assert_valid_office(office)
        assert office["name"] == section.find(["h2", "h3"]).get_text()
        address = section.select_one(".werkroute-facts dd").get_text(" ", strip=True)
        assert office["address"]["addressLocality"] in address
        assert_hours_match_the_page(office, section, code)
        if section.select_one('a[href^="tel:"]'):
            assert "telephone" in office


def test_the_organizer_is_the_site_on_its_home_page(client):
    event = EventPage.objects.live().filter(locale__language_code="en").first()
    organizer = the_event(client.get(event.url))["organizer"]
    site = Site.objects.get(is_default_site=True)
    assert organizer["name"] == (site.site_name or settings.WAGTAIL_SITE_NAME)
    assert organizer["url"] == urljoin("http://testserver/", site_home("en").url)
