import datetime

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from employers import postings
from employers.models import EmployerServicePoint, Posting
from tests.employers.factories import (
    EmployerServicePointFactory,
    EmployerUserFactory,
    OrganisationFactory,
)
from tests.vacancies.factories import PlaceFactory

VALID_VACANCY = {
    "title": "Schoonmaker testkantoren",
    "description": "U maakt kantoren schoon in de ochtend. Wij leren u het werk.",
    "language": "nl",
    "sector": "schoonmaak",
    "kind": "job",
    "contract": "temporary",
    "hours_min": "16",
    "hours_max": "24",
    "shift_day": "on",
    "dutch_level": "1",
    "employer_applies_twv": "on",
    "respond_via_job_office": "on",
}


@pytest.fixture
def place(db):
    return PlaceFactory(name="Werkstad")


@pytest.fixture
def signup_data(place):
    return {
        "name": "Bakkerij Het Zonnetje",
        "kvk_number": "1234 5678",
        "sector": "productie",
        "place": str(place.pk),
        "website": "bakkerij-zonnetje.example",
        "public_contact": "vacatures@zonnetje.example",
        "description": "Wij bakken brood.",
        "email": "Personeel@Zonnetje.example",
        "password1": "een-lang-wachtwoord-9",
        "password2": "een-lang-wachtwoord-9",
        "language": "en",
        "fax_number": "",
    }


@pytest.fixture
def organisation(place):
    return OrganisationFactory(name="Schoon en Snel", place=place)


@pytest.fixture
def employer(organisation):
    return EmployerUserFactory(organisation=organisation)


@pytest.fixture
def employer_client(client, employer):
    client.force_login(employer)
    return client


@pytest.fixture
def moderator(db):
    user = get_user_model().objects.create_user(
        "moderator-test", "moderator-test@gemeente.example", "m0derator-wachtwoord", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Moderatoren"))
    return user


@pytest.fixture
def vacancy_data(place):
    """A valid vacancy form, as a browser posts it."""
    closing = datetime.date.today() + datetime.timedelta(days=30)
    return {**VALID_VACANCY, "place": str(place.pk), "closing_date": closing.isoformat()}


@pytest.fixture
def draft(organisation, employer, vacancy_data):
    """A draft posted by `employer` through the form's own code path."""
    from employers.forms import VacancyForm

    form = VacancyForm(vacancy_data)
    assert form.is_valid(), form.errors
    return postings.create_posting(form.save(commit=False), organisation, employer).vacancy


def status(vacancy):
    return postings.status_of(Posting.objects.get(vacancy=vacancy))


def submit(vacancy, user):
    postings.submit(status(vacancy), user)


def approve(vacancy, moderator):
    """What the moderator's "Approve" button does."""
    task_state = vacancy.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, moderator, "approve")
    vacancy.refresh_from_db()


def request_changes(vacancy, moderator, comment):
    task_state = vacancy.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, moderator, "reject", comment=comment)
    vacancy.refresh_from_db()


@pytest.fixture
def published(draft, employer, moderator, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        submit(draft, employer)
        approve(draft, moderator)
    return draft


@pytest.fixture
def no_point(db):
    """No employer service point, also in a session on the demo (which has one)."""
    EmployerServicePoint.objects.all().delete()


@pytest.fixture
def point(no_point):
    """The employer service point, the only one."""
    return EmployerServicePointFactory()


@pytest.fixture
def other_organisation(db):
    return OrganisationFactory(name="Ander Bedrijf")


@pytest.fixture
def other_employer(other_organisation):
    return EmployerUserFactory(organisation=other_organisation)


__all__ = ["OrganisationFactory", "Posting"]
