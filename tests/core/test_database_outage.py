"""Every request that runs into a database that is away answers the friendly 503, whichever
layer met the failure: Wagtail's redirect lookup on a 404, a constraint check that swallows the
error, the view itself. A form sent at that moment is shown back so its text is not lost.

The outage is simulated by making every new cursor fail, as a cut connection does."""

# The employers' fixtures are imported below and used as test arguments, which ruff reads as
# redefinitions.
# ruff: noqa: F811

import contextlib
from unittest import mock

import pytest

from django.db import OperationalError, connections
from django.utils.translation import gettext, override

from tests.conftest import html
from tests.employers.conftest import (  # noqa: F401 - fixtures
    draft,
    employer,
    employer_client,
    organisation,
    place,
    vacancy_data,
)


def unavailable_title(language):
    with override(language):
        return gettext("Werkroute is not available for a moment")


@contextlib.contextmanager
def database_down():
    with mock.patch.object(
        connections["default"],
        "ensure_connection",
        side_effect=OperationalError("connection to server was lost"),
    ):
        yield


def assert_friendly_503(response, language):
    assert response.status_code == 503
    assert response["Retry-After"].isdigit()
    assert "no-store" in response["Cache-Control"]
    page = html(response)
    assert page.html["lang"] == language
    assert page.h1.text.strip() == unavailable_title(language)
    return page


@pytest.fixture
def production_client(client):
    """As in production: an uncaught exception becomes the error page, not a test failure."""
    client.raise_request_exception = False
    return client


@pytest.mark.parametrize(
    "path", ["/", "/favicon.ico", "/humans.txt", "/unknown-path", "/static/missing.css"]
)
@pytest.mark.parametrize("language", ["nl", "ar"])
def test_a_404_without_a_language_prefix_answers_503_in_the_browsers_language(
    demo_site, production_client, path, language
):
    with database_down():
        response = production_client.get(path, HTTP_ACCEPT_LANGUAGE=language)
    assert_friendly_503(response, language)


def test_a_prefixed_unknown_page_answers_503_in_its_language(demo_site, production_client):
    with database_down():
        response = production_client.get("/fa/bestaat-niet/", HTTP_ACCEPT_LANGUAGE="nl")
    assert_friendly_503(response, "fa")


def test_submitting_while_the_database_goes_away_answers_503_not_a_conflict(
    production_client, employer, draft
):
    """Django's Q.check() logs the database error and reports the workflow constraint as
    violated; the submit must still end in the 503, not a 500 or a validation message."""
    production_client.force_login(employer)
    outage = database_down()

    def check_while_the_database_goes_away(*args, **kwargs):
        outage.__enter__()
        return True  # what Q.check() answers after a DatabaseError

    with mock.patch("django.db.models.Q.check", side_effect=check_while_the_database_goes_away):
        try:
            response = production_client.post(
                f"/nl/werkgevers/mijn-vacatures/{draft.reference_code}/submit/"
            )
        finally:
            outage.__exit__(None, None, None)
    page = assert_friendly_503(response, "nl")
    assert "unique_in_progress_workflow" not in page.text


def test_a_failed_vacancy_form_shows_what_was_typed(production_client, employer, vacancy_data):
    production_client.force_login(employer)
    typed = {
        **vacancy_data,
        "title": "Kok <b>restaurant</b>",
        "description": "Koken voor 80 gasten.\nAvonden en weekend.",
        "password": "geheim-wachtwoord-123",
        "csrfmiddlewaretoken": "token-dat-niet-terug-mag",
    }
    with database_down():
        response = production_client.post(
            "/ar/werkgevers/mijn-vacatures/nieuw/", typed, HTTP_ACCEPT_LANGUAGE="nl"
        )
    page = assert_friendly_503(response, "ar")
    shown = [area.text for area in page.select("textarea[readonly]")]
    assert typed["title"] in shown and typed["description"] in shown
    for area in page.select("textarea"):
        assert page.find("label", attrs={"for": area["id"]}), "each text has a label"
    assert "geheim-wachtwoord-123" not in response.content.decode()
    assert "token-dat-niet-terug-mag" not in response.content.decode()


def test_a_page_read_during_the_outage_shows_no_form(demo_site, production_client):
    with database_down():
        response = production_client.get("/nl/", {"q": "zoekterm"})
    page = assert_friendly_503(response, "nl")
    assert not page.select("textarea")
