"""schema.org data for events (Event) and desks (GovernmentOffice), built from the same fields the
pages show. core/structured_data.py writes it into the page.

A desk - Job Office, Meedoenbalie, Werkbalie - is a GovernmentOffice: a public service desk run
by the municipality or COA, where residents walk in or make an appointment. It is a kind of Place
(so it has an address and openingHoursSpecification) and of Organization (telephone,
knowsLanguage), which a plain Place is not.

Only what the models hold is stated. There is no field for an event's image, price (free or
not), cancellation or online link, nor for a desk's e-mail address or coordinates: those
properties are left out, never guessed.
"""

from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.urls import reverse

from core.localization import in_active_language
from core.routing import site_of
from core.structured_data import SCHEMA_ORG
from home.choices import Weekday

# Events and desks are in the Netherlands: their times are Dutch times, whatever the server's.
DUTCH_TIME = ZoneInfo("Europe/Amsterdam")
COUNTRY = "NL"
SCHEDULED = f"{SCHEMA_ORG}/EventScheduled"
OFFLINE = f"{SCHEMA_ORG}/OfflineEventAttendanceMode"
ONLINE = f"{SCHEMA_ORG}/OnlineEventAttendanceMode"
DAYS = {
    Weekday.MONDAY: "Monday",
    Weekday.TUESDAY: "Tuesday",
    Weekday.WEDNESDAY: "Wednesday",
    Weekday.THURSDAY: "Thursday",
    Weekday.FRIDAY: "Friday",
    Weekday.SATURDAY: "Saturday",
    Weekday.SUNDAY: "Sunday",
}
_is_web_address = URLValidator(schemes=["https", "http"])


def online_address(event):
    """The web address of an online event: its "where" is a link instead of an address (an
    event not at a desk whose address field holds nothing but a URL); else ""."""
    if event.location_id:
        return ""
    address = (event.address or "").strip()
    try:
        _is_web_address(address)
    except ValidationError:
        return ""
    return address


def postal_address(desk):
    address = {"@type": "PostalAddress", "addressLocality": desk.city, "addressCountry": COUNTRY}
    if desk.street:
        address["streetAddress"] = desk.street
    if desk.postcode:
        address["postalCode"] = desk.postcode
    return address


def international_phone(number):
    """A Dutch phone number as dialled from abroad: "0592 000 111" becomes "+31592000111"."""
    digits = "".join(character for character in number if character.isdigit())
    if number.strip().startswith("+"):
        return "+" + digits
    if digits.startswith("00"):
        return "+" + digits[2:]
    if digits.startswith("0"):
        return "+31" + digits[1:]
    return digits


def opening_hours(desk):
    """One OpeningHoursSpecification per day part of the desk's structured opening hours."""
    specifications = []
    for period in desk.opening_hours:
        value = period.value
        specifications.append(
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": f"{SCHEMA_ORG}/{DAYS[Weekday(int(value['weekday']))]}",
                "opens": value["opens"].strftime("%H:%M"),
                "closes": value["closes"].strftime("%H:%M"),
            }
        )
    return specifications


def desk_office(desk):
    """A desk as a GovernmentOffice, in the language `desk` is in (the one the page shows)."""
    data = {
        "@context": SCHEMA_ORG,
        "@type": "GovernmentOffice",
        "name": desk.name,
        "address": postal_address(desk),
    }
    if desk.phone:
        data["telephone"] = international_phone(desk.phone)
    hours = opening_hours(desk)
    if hours:  # none: the desk works by appointment only
        data["openingHoursSpecification"] = hours
    if desk.languages:
        data["knowsLanguage"] = list(desk.languages)
    return data


def organizer(request):
    """The portal itself: the site (its name) on its home page in the reader's language."""
    site = site_of(request)
    return {
        "@type": "Organization",
        "name": (site.site_name if site else "") or settings.WAGTAIL_SITE_NAME,
        "url": request.build_absolute_uri(reverse("wagtail_serve", args=[""])),
    }


def event_location(event):
    web_address = online_address(event)
    if web_address:
        return {"@type": "VirtualLocation", "url": web_address}
    if event.location_id:
        desk = in_active_language(event.location)
        return {"@type": "Place", "name": desk.name, "address": postal_address(desk)}
    # A free address is one line as the editor wrote it ("Markt 1, Assen").
    return {
        "@type": "Place",
        "name": event.address,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": event.address,
            "addressCountry": COUNTRY,
        },
    }


def event_data(event, request):
    """An EventPage as a schema.org Event, with the same title, times and place the page shows."""
    data = {
        "@context": SCHEMA_ORG,
        "@type": "Event",
        "name": event.title,
        "description": event.intro,
        "startDate": event.start.astimezone(DUTCH_TIME).isoformat(),
        "endDate": event.end.astimezone(DUTCH_TIME).isoformat(),
        "eventStatus": SCHEDULED,
        "eventAttendanceMode": ONLINE if online_address(event) else OFFLINE,
        "location": event_location(event),
        "organizer": organizer(request),
        "url": request.build_absolute_uri(event.get_url(request)),
    }
    # The languages spoken at the event: the language of the "performance", not of this page.
    if event.languages:
        data["inLanguage"] = list(event.languages)
    return data
