"""Asking for e-mail alerts from a board search: the link on the board, the form, the stored
search, the confirmation e-mail in the chosen language, and every kind of bad input."""

import re
from urllib.parse import parse_qsl

import pytest

from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.http import QueryDict
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from alerts.models import Alert, token_hash
from alerts.searches import BoardSearch
from core import ratelimit
from tests.alerts.factories import AlertFactory
from tests.conftest import html
from tests.vacancies.factories import PlaceFactory
from vacancies.filters import NEWEST, VacancyFilterSet
from vacancies.models import VacancyIndexPage

pytestmark = [pytest.mark.django_db, pytest.mark.skeleton]

WINDOW = 3600


def subscribe_url(language="nl", query=""):
    with translation.override(language):
        return reverse("alerts:subscribe") + (f"?{query}" if query else "")


def board_url(language="nl"):
    return VacancyIndexPage.objects.get(locale__language_code=language).url


def form_data(**changes):
    data = {"email": "Amal@Example.org", "language": "ar", "frequency": "weekly"}
    data.update(changes)
    return {name: value for name, value in data.items() if value is not None}


def error_of(page, name):
    """The field's error, which its input (or its group of radio buttons) is described by."""
    error = page.find(id=f"id_{name}-error")
    described = page.find(attrs={"aria-describedby": re.compile(rf"\bid_{name}-error\b")})
    assert described is not None
    return error.get_text(" ", strip=True)


# --- the board's link --------------------------------------------------------------------------


def test_the_board_links_to_an_alert_for_the_search_on_screen(client):
    response = client.get(board_url("nl") + "?sector=horeca&q=kok&page=1")
    link = html(response).find("a", href=re.compile(r"/nl/vacaturemail/"))
    assert link is not None
    assert link.get_text(strip=True) == "Mail mij nieuwe vacatures zoals deze"
    params = dict(parse_qsl(link["href"].split("?", 1)[1]))
    assert params == {"sector": "horeca", "q": "kok"}  # the page number is not a search


def test_the_board_and_its_alert_link_set_no_cookie(client):
    for url in (board_url("nl"), board_url("ar") + "?sector=horeca&english_enough=on"):
        response = client.get(url)
        assert response.status_code == 200
        assert html(response).find("a", href=re.compile(r"^/\w+/vacaturemail/"))
        assert not response.cookies, url


def test_the_sign_up_form_sets_only_the_csrf_cookie(client, settings):
    response = client.get(subscribe_url("nl", "sector=horeca"))
    assert set(response.cookies) == {settings.CSRF_COOKIE_NAME}


# --- the form ------------------------------------------------------------------------------


def test_the_form_summarises_the_search_with_the_boards_chips(client):
    place = PlaceFactory(name="Ter Apel")
    page = html(
        client.get(subscribe_url("nl", f"sector=horeca&place={place.pk}&english_enough=on"))
    )
    chips = [item.get_text(strip=True) for item in page.select("main section ul li")]
    assert chips == ["Sector: Horeca", "Plaats: Ter Apel", "Engels is genoeg"]
    # ... and links back to that search on the board.
    back = page.find("a", string=re.compile("Toon de vacatures"))
    assert back["href"].startswith(board_url("nl") + "?")


def test_the_form_offers_every_language_in_its_own_script_and_starts_with_the_current(client):
    page = html(client.get(subscribe_url("fa")))
    select = page.find(id="id_language")
    options = {option["value"]: option for option in select.find_all("option")}
    assert [options[code].get_text() for code in options] == [
        "Nederlands",
        "English",
        "العربيّة",
        "فارسی",
        "ትግርኛ",
        "Türkçe",
    ]
    assert all(option["lang"] == code for code, option in options.items())
    assert options["fa"].has_attr("selected")


def test_the_fields_are_tied_to_their_hints(client):
    page = html(client.get(subscribe_url("nl")))
    for name in ("email", "language"):
        field = page.find(id=f"id_{name}")
        assert page.find("label", attrs={"for": f"id_{name}"}) is not None
        assert f"id_{name}-hint" in field["aria-describedby"]
    # Two choices: radio buttons in a fieldset whose legend asks the question.
    fieldset = page.find(id="id_frequency_0").find_parent("fieldset")
    assert fieldset.find("legend").get_text(strip=True) == "Hoe vaak"
    assert "id_frequency-hint" in fieldset["aria-describedby"]
    assert page.find(id="id_frequency_0").has_attr("checked")  # once a day unless chosen


# --- signing up ----------------------------------------------------------------------------


def test_sign_up_stores_an_unconfirmed_alert_and_mails_the_link_in_the_chosen_language(client):
    response = client.post(subscribe_url("nl", "sector=horeca"), form_data())

    assert response.status_code == 302
    assert response["Location"] == subscribe_url("nl") + "verstuurd/"
    alert = Alert.objects.get()
    assert (alert.email, alert.language, alert.frequency) == ("amal@example.org", "ar", "weekly")
    assert alert.search == "sector=horeca"
    assert alert.confirmed_at is None
    (message,) = mail.outbox
    assert message.to == ["amal@example.org"]
    with translation.override("ar"):
        assert message.subject == translation.gettext("Confirm your e-mails about new vacancies")
    assert message.subject != "Confirm your e-mails about new vacancies"
    link = re.search(r"http://testserver(/ar/vacaturemail/bevestigen/(\S+)/)", message.body)
    assert link, message.body
    # Only a hash of the secret in the link is kept.
    assert alert.token_hash == token_hash(link.group(2))
    assert link.group(2) not in alert.token_hash
    # The search in the e-mail reads in Arabic, and there is an HTML version in Arabic too.
    with translation.override("ar"):
        assert translation.gettext("Hospitality") in message.body
    (html_body, mimetype) = message.alternatives[0]
    assert mimetype == "text/html"
    assert '<html lang="ar" dir="rtl">' in html_body


@pytest.mark.parametrize(
    ("query", "stored"),
    [
        ("", ""),
        ("order=closing&page=3", ""),
        ("q=%20KOK%20%20schoonmaak!&sector=horeca", "q=kok+schoonmaak&sector=horeca"),
        ("training_given=1", "training_given=on"),
        ("km=10", ""),  # a distance without the azc it is measured from
        ("sector=", ""),
    ],
)
def test_the_stored_search_is_normalised(client, query, stored):
    client.post(subscribe_url("nl", query), form_data())
    assert Alert.objects.get().search == stored


def test_the_same_search_typed_differently_is_stored_once_the_same(client):
    client.post(subscribe_url("nl", "sector=horeca&q=Kok"), form_data())
    client.post(subscribe_url("en", "q=kok+&order=closing&sector=horeca"), form_data())
    first, second = Alert.objects.order_by("pk")
    assert first.search == second.search


def test_an_address_that_already_has_this_alert_gets_the_same_answer(client):
    AlertFactory(email="amal@example.org", search="sector=horeca", language="ar")
    new = client.post(subscribe_url("nl", "sector=horeca"), form_data(email="nieuw@example.org"))
    known = client.post(subscribe_url("nl", "sector=horeca"), form_data())

    assert (known.status_code, known["Location"]) == (new.status_code, new["Location"])
    follow_new, follow_known = client.get(new["Location"]), client.get(known["Location"])
    assert follow_new.content == follow_known.content
    # Both get a confirmation e-mail of the same kind; the old alert runs on until then.
    assert [message.subject for message in mail.outbox][0] == mail.outbox[1].subject
    assert Alert.objects.filter(email="amal@example.org").count() == 2


# --- bad input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"email": "amal-at-example"}, "email", "Dit is geen e-mailadres"),
        ({"email": ""}, "email", "Typ uw e-mailadres"),
        ({"frequency": None}, "frequency", "Kies hoe vaak"),
        ({"frequency": "hourly"}, "frequency", "Kies één keer per dag of één keer per week"),
        ({"language": "xx"}, "language", "Kies een van de talen"),
    ],
)
def test_bad_input_gets_a_message_and_keeps_what_was_typed(client, changes, field, message):
    data = form_data(**changes)
    response = client.post(subscribe_url("nl", "sector=horeca"), data)

    assert response.status_code == 200
    page = html(response)
    assert message in error_of(page, field)
    assert page.find(id="form-errors") is not None
    if field != "email":
        assert page.find(id="id_email")["value"] == data["email"]
    assert not Alert.objects.exists()
    assert not mail.outbox


def test_a_bad_input_message_comes_in_the_visitors_language(client):
    page = html(client.post(subscribe_url("ar"), form_data(email="x")))
    with translation.override("ar"):
        expected = translation.gettext(
            "This is not an e-mail address. Check it, for example name@example.nl."
        )
    assert expected in error_of(page, "email")
    assert expected != "This is not an e-mail address. Check it, for example name@example.nl."


@pytest.mark.parametrize("query", ["sector=piraat", "hours=7", "place=999999", "dutch=x"])
def test_a_tampered_search_is_refused_and_the_form_keeps_what_was_typed(client, query):
    get = html(client.get(subscribe_url("nl", query)))
    assert "We begrepen een deel van uw keuzes niet" in get.find(role="status").get_text()

    response = client.post(subscribe_url("nl", query), form_data())
    assert response.status_code == 200
    page = html(response)
    assert "We begrepen een deel van deze zoekopdracht niet" in page.find(id="form-errors").text
    assert page.find(id="id_email")["value"] == "Amal@Example.org"
    assert not Alert.objects.exists()
    assert not mail.outbox


def test_an_empty_post_asks_for_every_field(client):
    page = html(client.post(subscribe_url("nl"), {}))
    assert "Typ uw e-mailadres" in error_of(page, "email")
    assert "Kies een taal" in error_of(page, "language")
    assert "Kies hoe vaak" in error_of(page, "frequency")
    assert not Alert.objects.exists()


def test_when_the_mail_server_is_away_nothing_is_kept_and_the_form_says_so(client, monkeypatch):
    def refuse(self, *args, **kwargs):
        raise ConnectionRefusedError("smtp is away")

    monkeypatch.setattr(EmailMultiAlternatives, "send", refuse)
    response = client.post(subscribe_url("nl"), form_data())

    assert response.status_code == 200
    page = html(response)
    assert "We konden de e-mail nu niet versturen" in page.find(id="form-errors").text
    assert page.find(id="id_email")["value"] == "Amal@Example.org"
    assert not Alert.objects.exists()


def test_the_form_answers_only_get_and_post(client):
    assert client.put(subscribe_url("nl")).status_code == 405


# --- rate limits ---------------------------------------------------------------------------


@pytest.fixture
def clock(monkeypatch):
    """Ten minutes into a window, so Retry-After is predictable."""
    start = 1_800_000_000 - 1_800_000_000 % (24 * WINDOW) + 600
    monkeypatch.setattr(ratelimit, "now", lambda: start)


def assert_refused(response, language="nl"):
    assert response.status_code == ratelimit.TOO_MANY_STATUS
    assert int(response["Retry-After"]) > 0
    page = html(response)
    with translation.override(language):
        assert ratelimit.too_many_attempts_message() in page.find(id="form-errors").text
    return page


@override_settings(RATE_LIMITS={"alert_signup_address": (2, 24 * WINDOW)})
def test_sign_ups_per_address_are_limited(client, clock):
    for number in range(2):
        assert client.post(subscribe_url("nl"), form_data(), REMOTE_ADDR=f"10.0.0.{number}")
    # From yet another address, and typed in capitals: the same address.
    response = client.post(
        subscribe_url("ar"), form_data(email="AMAL@example.ORG"), REMOTE_ADDR="10.0.0.9"
    )
    page = assert_refused(response, "ar")
    assert page.find(id="id_email")["value"] == "AMAL@example.ORG"
    assert Alert.objects.count() == 2
    # Another address from the same IP is fine.
    other = client.post(
        subscribe_url("nl"), form_data(email="b@example.org"), REMOTE_ADDR="10.0.0.9"
    )
    assert other.status_code == 302


@override_settings(RATE_LIMITS={"alert_signup": (2, WINDOW)})
def test_sign_ups_per_ip_address_are_limited(client, clock):
    for number in range(2):
        client.post(subscribe_url("nl"), form_data(email=f"{number}@example.org"))
    page = assert_refused(client.post(subscribe_url("nl"), form_data(email="c@example.org")))
    assert page.find("input", attrs={"name": "frequency", "checked": True})["value"] == "weekly"
    assert Alert.objects.count() == 2
    assert len(mail.outbox) == 2


@pytest.mark.parametrize(
    ("query", "filtersets"),
    [("", 1), ("sector=horeca", 1), ("order=closing&page=3", 2), ("q=%20KOK", 2)],
)
def test_a_search_given_normalised_is_read_and_run_by_one_filterset(monkeypatch, query, filtersets):
    made = []
    original = VacancyFilterSet.__init__

    def counted(self, *args, **kwargs):
        made.append(args)
        original(self, *args, **kwargs)

    monkeypatch.setattr(VacancyFilterSet, "__init__", counted)
    search = BoardSearch(QueryDict(query))
    assert len(made) == filtersets
    # Either way, what runs is the normalised search, newest first.
    expected = QueryDict(search.params, mutable=True)
    expected["order"] = NEWEST
    assert sorted(search.filterset.data.lists()) == sorted(expected.lists())
