"""Employers see and change only their own organisation's data, and never by a GET."""

import pytest

from django.contrib.auth import get_user_model

from employers.models import Membership, Organisation, Posting
from employers.postings import State
from tests.employers.conftest import status
from vacancies.models import Vacancy

pytestmark = pytest.mark.skeleton

METHODS = ["get", "head", "post", "put", "patch", "delete", "options"]
ACTIONS = ["submit", "withdraw", "filled", "repost", "duplicate"]


def object_urls(vacancy):
    base = f"/nl/werkgevers/mijn-vacatures/{vacancy.reference_code}/"
    return (
        [base, base + "voorbeeld/", base + "vervuld/"]
        + [f"{base}{action}/" for action in ACTIONS]
        + [f"{base}{action}/bevestigen/" for action in ("withdraw", "filled")]
    )


def snapshot(vacancy):
    """Everything an attack could change about a vacancy and its organisation."""
    vacancy = Vacancy.objects.get(pk=vacancy.pk)
    posting = Posting.objects.get(vacancy=vacancy)
    organisation = posting.organisation
    return {
        "row": {
            field.name: getattr(vacancy, field.attname) for field in Vacancy._meta.concrete_fields
        },
        "revisions": vacancy.revisions.count(),
        "state": status(vacancy).state,
        "filled": posting.filled_at,
        "postings": Posting.objects.filter(organisation=organisation).count(),
        "organisation": {
            field.name: getattr(organisation, field.attname)
            for field in Organisation._meta.concrete_fields
        },
        "members": Membership.objects.filter(organisation=organisation).count(),
        "users": get_user_model().objects.count(),
    }


@pytest.fixture
def victims(published, draft, employer, vacancy_data, organisation):
    """Employer A's vacancies in several states: published, and a fresh draft."""
    from employers import postings
    from employers.forms import VacancyForm

    form = VacancyForm(vacancy_data)
    assert form.is_valid()
    second = postings.create_posting(form.save(commit=False), organisation, employer).vacancy
    assert status(published).state == State.PUBLISHED
    assert status(second).state == State.DRAFT
    return [published, second]


def test_another_employer_gets_404_for_every_url_and_method_and_changes_nothing(
    client, victims, other_employer, vacancy_data
):
    client.force_login(other_employer)
    for vacancy in victims:
        before = snapshot(vacancy)
        for url in object_urls(vacancy):
            for method in METHODS:
                data = vacancy_data if method in ("post", "put", "patch") else None
                response = (
                    getattr(client, method)(url, data) if data else getattr(client, method)(url)
                )
                assert response.status_code == 404, (method, url, response.status_code)
        assert snapshot(vacancy) == before


def test_lower_case_codes_do_not_open_another_organisations_vacancy(
    client, victims, other_employer
):
    client.force_login(other_employer)
    code = victims[0].reference_code.lower()
    assert client.get(f"/nl/werkgevers/mijn-vacatures/{code}/").status_code == 404


def test_state_changes_on_get_are_refused(employer_client, victims):
    for vacancy in victims:
        before = snapshot(vacancy)
        for action in ACTIONS:
            url = f"/nl/werkgevers/mijn-vacatures/{vacancy.reference_code}/{action}/"
            for method in ("get", "head", "put", "patch", "delete"):
                assert getattr(employer_client, method)(url).status_code == 405, (method, url)
        assert snapshot(vacancy) == before


def test_state_changes_need_the_csrf_token(employer, victims):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    browser.force_login(employer)
    before = snapshot(victims[0])
    for action in ACTIONS:
        url = f"/nl/werkgevers/mijn-vacatures/{victims[0].reference_code}/{action}/"
        assert browser.post(url).status_code == 403
    assert snapshot(victims[0]) == before
    assert (
        browser.post("/nl/werkgevers/mijn-organisatie/", {"name": "Overgenomen"}).status_code == 403
    )


def test_the_organisation_form_only_ever_changes_the_users_own_organisation(
    employer_client, employer, other_organisation, organisation
):
    data = {
        "name": "Schoon en Snel",
        "kvk_number": organisation.kvk_number,
        "sector": "horeca",
        "place": str(organisation.place_id),
        "public_contact": "nieuw@schoon.example",
        "description": "",
        "website": "",
        # Attempts to reach another organisation through the form are ignored.
        "id": str(other_organisation.pk),
        "organisation": str(other_organisation.pk),
    }
    response = employer_client.post("/nl/werkgevers/mijn-organisatie/", data)
    assert response.status_code == 302
    organisation.refresh_from_db()
    other_organisation.refresh_from_db()
    assert organisation.sector == "horeca"
    assert other_organisation.sector != "horeca" or other_organisation.public_contact != (
        "nieuw@schoon.example"
    )
    assert other_organisation.public_contact != "nieuw@schoon.example"


def test_the_dashboard_lists_only_the_organisations_own_vacancies(client, victims, other_employer):
    client.force_login(other_employer)
    text = client.get("/nl/werkgevers/mijn-vacatures/").content.decode()
    for vacancy in victims:
        assert vacancy.reference_code not in text


def test_employer_pages_are_never_cached(client, db):
    response = client.get("/nl/werkgevers/mijn-vacatures/")
    assert response.status_code == 302
    assert "no-store" in response["Cache-Control"] or "private" in response["Cache-Control"]
