"""One refusal policy (core/ratelimit.py) at every rate-limited place: status 429, a
Retry-After header within the window, and the message in the visitor's language - on the form,
with what was typed kept, or on the 429 page where there is no form."""

import pytest

from django.http import HttpResponse
from django.test import override_settings
from django.utils import translation

from core import ratelimit
from tests.conftest import html

pytestmark = pytest.mark.skeleton

SIGNUP_URL = "/nl/werkgevers/aanmelden/"
LOGIN_URL = "/nl/werkgevers/inloggen/"
INVITE_URL = "/nl/werkgevers/mijn-organisatie/collega/"
NEW_VACANCY_URL = "/nl/werkgevers/mijn-vacatures/nieuw/"
WINDOW = 3600


@pytest.fixture
def clock(monkeypatch):
    """Ten minutes into a window of an hour, so Retry-After is exactly predictable."""
    monkeypatch.setattr(ratelimit, "now", lambda: 1_800_000_000 - 1_800_000_000 % WINDOW + 600)


def assert_refused(response, *, on_form=True):
    assert response.status_code == ratelimit.TOO_MANY_STATUS
    assert response["Retry-After"] == str(WINDOW - 600)
    page = html(response)
    if on_form:
        with translation.override("nl"):
            assert ratelimit.too_many_attempts_message() in page.find(id="form-errors").text
    return page


@override_settings(RATE_LIMITS={"signup": (1, WINDOW)})
def test_sign_up(client, signup_data, clock):
    client.post(SIGNUP_URL, {**signup_data, "kvk_number": "1"})
    page = assert_refused(client.post(SIGNUP_URL, signup_data))
    assert page.find(id="id_name")["value"] == signup_data["name"]


@override_settings(RATE_LIMITS={"login": (1, WINDOW)})
def test_employer_login(client, employer, clock):
    client.post(LOGIN_URL, {"username": employer.email, "password": "fout"})
    page = assert_refused(client.post(LOGIN_URL, {"username": employer.email, "password": "x"}))
    assert page.find(id="id_username")["value"] == employer.email


@override_settings(RATE_LIMITS={"admin_login": (1, WINDOW)})
def test_admin_login(db, client, clock):
    client.post("/admin/login/", {"username": "iemand", "password": "fout"})
    response = client.post("/admin/login/", {"username": "iemand", "password": "fout"})
    assert response.status_code == ratelimit.TOO_MANY_STATUS
    assert response["Retry-After"] == str(WINDOW - 600)


@override_settings(RATE_LIMITS={"draft_save": (1, WINDOW)})
def test_draft_save(employer_client, vacancy_data, clock):
    employer_client.post(NEW_VACANCY_URL, {**vacancy_data, "title": "Eerste"})
    page = assert_refused(employer_client.post(NEW_VACANCY_URL, {**vacancy_data, "title": "Twee"}))
    assert page.find("input", attrs={"name": "title"})["value"] == "Twee"


@override_settings(RATE_LIMITS={"invite": (1, WINDOW)})
def test_colleague_invite(employer_client, clock):
    employer_client.post(INVITE_URL, {"email": "een@schoon.example", "language": "nl"})
    response = employer_client.post(INVITE_URL, {"email": "twee@schoon.example", "language": "nl"})
    assert_refused(response)


@override_settings(RATE_LIMITS={"submit": (1, WINDOW)})
def test_submit_without_a_form_gets_the_429_page(employer_client, draft, clock):
    submit_url = f"/nl/werkgevers/mijn-vacatures/{draft.reference_code}/submit/"
    employer_client.post(submit_url)
    employer_client.post(
        f"/nl/werkgevers/mijn-vacatures/{draft.reference_code}/withdraw/", {"confirm": "yes"}
    )
    page = assert_refused(employer_client.post(submit_url), on_form=False)
    assert "Te veel pogingen" in page.find("h1").text
    assert page.select_one(".werkroute-notice--error")
    assert page.find("a", href="/nl/werkgevers/mijn-vacatures/")


def test_a_refusal_is_answered_in_the_visitors_language():
    with translation.override("ar"):
        refusal = ratelimit.Refusal(ratelimit.too_many_attempts_message(), 12.2)
    with translation.override("nl"):
        dutch = ratelimit.too_many_attempts_message()
    assert refusal.message != dutch
    response = ratelimit.answer(HttpResponse(), refusal)
    assert (response.status_code, response["Retry-After"]) == (429, "13")


def test_no_refusal_leaves_the_response_alone():
    response = HttpResponse()
    assert ratelimit.answer(response, None).status_code == 200
    assert not response.has_header("Retry-After")
