import datetime

import pytest
from icalendar import Calendar

from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from wagtail.models import Locale

from home.models import (
    EventIndexPage,
    EventPage,
    Location,
    LocationIndexPage,
    StoryIndexPage,
    StoryPage,
)
from home.models.pages import StoryPageForm
from tests.conftest import html

pytestmark = pytest.mark.django_db


def story_index(code="nl"):
    return StoryIndexPage.objects.get(locale__language_code=code)


# --- stories -------------------------------------------------------------------------------


def test_a_story_cannot_be_published_without_recorded_consent():
    story = StoryPage.objects.get(slug="een-plek-in-de-keuken", locale__language_code="nl")
    draft = story_index().add_child(
        instance=StoryPage(
            title="Zonder toestemming",
            slug="zonder-toestemming",
            quote="Q",
            quote_by="X",
            body="<p>Tekst</p>",
            sector="horeca",
            place="Assen",
            image=story.image,
            image_alt="Een illustratie",
            live=False,
            consent_recorded=False,
        )
    )
    with pytest.raises(ValidationError) as error:
        draft.save_revision().publish()
    assert "consent_recorded" in error.value.message_dict
    draft.refresh_from_db()
    assert draft.live is False


def test_the_admin_form_refuses_to_publish_without_consent():
    form_class = StoryPage.get_edit_handler().get_form_class()
    assert issubclass(form_class, StoryPageForm)
    story = StoryPage.objects.get(slug="een-plek-in-de-keuken", locale__language_code="nl")
    form = form_class(
        {"title": story.title, "slug": story.slug, "action-publish": "publish"},
        instance=story,
        parent_page=story.get_parent(),
    )
    assert not form.is_valid()
    assert str(StoryPage.CONSENT_MISSING) in form.errors["consent_recorded"]


def test_consent_needs_a_date_that_is_not_in_the_future():
    story = StoryPage.objects.get(slug="een-plek-in-de-keuken", locale__language_code="nl")
    story.consent_date = None
    with pytest.raises(ValidationError) as error:
        story.full_clean()
    assert "consent_date" in error.value.message_dict
    story.consent_date = timezone.localdate() + datetime.timedelta(days=2)
    with pytest.raises(ValidationError):
        story.full_clean()


def test_a_story_image_needs_a_description():
    story = StoryPage.objects.get(slug="een-plek-in-de-keuken", locale__language_code="nl")
    story.image_alt = ""
    with pytest.raises(ValidationError) as error:
        story.full_clean()
    assert "image_alt" in error.value.message_dict


def test_story_page_shows_the_image_with_its_description(client):
    story = StoryPage.objects.get(slug="een-plek-in-de-keuken", locale__language_code="nl")
    image = html(client.get(story.url)).select_one("main img")
    assert image["alt"] == story.image_alt
    assert image["src"].endswith(".webp")


def test_story_cards_offer_a_small_thumbnail_to_a_phone(client):
    """A phone at 1x takes the 384 px rendition, a sharper screen the 480 px one; the picture
    is decorative (the title says what the card is) and loads only near the screen."""
    thumbnails = html(client.get(story_index().url)).select(".werkroute-card__image")
    assert thumbnails
    for thumbnail in thumbnails:
        assert thumbnail["src"].endswith(".fill-384x216.format-webp.webpquality-60.webp")
        widths = [candidate.split()[-1] for candidate in thumbnail["srcset"].split(", ")]
        assert widths == ["384w", "480w"]
        assert thumbnail["sizes"] and thumbnail["loading"] == "lazy"
        assert thumbnail["alt"] == ""
        assert (thumbnail["width"], thumbnail["height"]) == ("384", "216")


def test_story_index_lists_newest_first_and_filters(client):
    index = story_index()
    titles = [
        a.get_text(strip=True) for a in html(client.get(index.url)).select(".werkroute-card__link")
    ]
    expected = list(index.stories().values_list("title", flat=True))
    assert titles == expected and len(titles) == 5

    horeca = html(client.get(index.url, {"sector": "horeca"})).select(".werkroute-card__link")
    assert [a.get_text(strip=True) for a in horeca] == ["Een vaste plek in de keuken"]
    assen = html(client.get(index.url, {"place": "Assen"})).select(".werkroute-card__link")
    assert [a.get_text(strip=True) for a in assen] == ["Schoonmaken en Nederlands leren"]
    none = html(client.get(index.url, {"sector": "horeca", "place": "Assen"}))
    assert none.select(".werkroute-card__link") == []
    with translation.override("nl"):
        assert translation.gettext("No stories match your choice.") in none.get_text()


@pytest.mark.parametrize(
    "params",
    [
        {"sector": "<script>"},
        {"place": "Nergens"},
        {"page": "999999"},
        {"page": "-1"},
        {"page": "abc"},
        {"sector": "x" * 3000},
    ],
)
def test_story_index_ignores_junk_filters(client, params):
    response = client.get(story_index().url, params)
    assert response.status_code == 200
    assert b"<script>" not in response.content
    assert len(html(response).select(".werkroute-card__link")) == 5


def test_home_page_shows_the_latest_stories_of_its_language(client):
    page = html(client.get("/nl/"))
    latest = [
        a.get_text(strip=True) for a in page.select("#stories-heading ~ ul .werkroute-card__link")
    ]
    assert latest == list(story_index().stories().values_list("title", flat=True)[:3])
    english = html(client.get("/en/")).select("#stories-heading ~ ul .werkroute-card__link")
    assert english and all(
        StoryPage.objects.filter(title=a.get_text(strip=True), locale__language_code="en").exists()
        for a in english
    )


# --- events --------------------------------------------------------------------------------


def test_upcoming_events_first_and_past_ones_in_the_archive(client):
    index = EventIndexPage.objects.get(locale__language_code="nl")
    now = timezone.now()
    ends_now = index.add_child(
        instance=EventPage(
            title="Eindigt zo",
            slug="eindigt-zo",
            kind="workshop",
            intro="i",
            start=now - datetime.timedelta(hours=1),
            end=now + datetime.timedelta(minutes=5),
            address="Markt 1, Assen",
            registration="<p>r</p>",
        )
    )

    upcoming = [
        a.get_text(strip=True) for a in html(client.get(index.url)).select(".werkroute-card__link")
    ]
    past = [
        a.get_text(strip=True)
        for a in html(client.get(index.url + "archief/")).select(".werkroute-card__link")
    ]

    expected_upcoming = list(
        index.events().filter(end__gte=now).order_by("start").values_list("title", flat=True)
    )
    assert upcoming == expected_upcoming
    assert upcoming[0] == ends_now.title
    assert past == ["Speeddate met werkgevers"]
    assert not set(upcoming) & set(past)


def test_event_calendar_file(client):
    event = EventPage.objects.get(slug="banenmarkt-assen", locale__language_code="nl")
    response = client.get(event.url + "ics/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert 'filename="banenmarkt-assen.ics"' in response["Content-Disposition"]
    calendar = Calendar.from_ical(response.content)
    [vevent] = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == event.title
    assert vevent.decoded("DTSTART") == event.start
    assert vevent.decoded("DTEND") == event.end
    assert "Schepersmaat" in str(vevent["LOCATION"])  # the Job Office, source 000
    assert str(vevent["URL"]) == "http://testserver" + event.url

    english = event.get_translation(Locale.objects.get(language_code="en"))
    english_calendar = Calendar.from_ical(client.get(english.url + "ics/").content)
    assert english_calendar.walk("VEVENT")[0]["UID"] == vevent["UID"]
    assert str(english_calendar.walk("VEVENT")[0]["SUMMARY"]) == english.title


def test_an_event_ends_after_it_starts_and_has_a_place():
    event = EventPage.objects.get(slug="banenmarkt-assen", locale__language_code="nl")
    event.end = event.start
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "end" in error.value.message_dict
    event.end = event.start + datetime.timedelta(hours=1)
    event.location = None
    event.address = ""
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "address" in error.value.message_dict


# --- locations -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("postcode", "12345"),
        ("postcode", "0123 AB"),
        ("phone", "bel me"),
        ("whatsapp", "0612345678"),
    ],
)
def test_location_contact_details_are_validated(field, value):
    location = Location.objects.filter(locale__language_code="nl").first()
    setattr(location, field, value)
    with pytest.raises(ValidationError) as error:
        location.full_clean()
    assert field in error.value.message_dict


def test_opening_hours_close_after_they_open():
    block = Location._meta.get_field("opening_hours").stream_block.child_blocks["period"]
    with pytest.raises(ValidationError):
        block.clean({"weekday": "0", "opens": datetime.time(12), "closes": datetime.time(9)})


@pytest.mark.parametrize("code", ["nl", "ar"])
def test_location_page_lists_every_desk_in_the_readers_language_or_dutch(client, code):
    index = LocationIndexPage.objects.get(locale__language_code=code)
    page = html(client.get(index.url))
    sections = page.select("section.werkroute-location")
    assert len(sections) == Location.objects.filter(locale__language_code="nl").count()
    if code == "ar":  # the demo desks are translated into Arabic: no Dutch block
        assert {section.get("lang") for section in sections} == {None}
    with translation.override(code):
        assert translation.gettext("Opening hours") in page.get_text()
    assert page.select_one('a[href^="https://wa.me/"]') is not None
