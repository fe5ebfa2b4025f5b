"""Editors manage vacancies and places in the Wagtail admin: drafts, publishing, errors."""

import pytest

from tests.conftest import html
from tests.vacancies.helpers import admin_form_data
from vacancies.models import Place, Vacancy

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model):
    # Roles with least privilege (Redacteuren, Moderatoren) arrive with the editor's-portal
    # issue; until then the demo's administrator manages the board.
    client.force_login(django_user_model.objects.get(username="admin"))
    return client


# The one translation row these tests post with the form.
ARABIC_TRANSLATION = {
    "translations-TOTAL_FORMS": "1",
    "translations-0-language": "ar",
    "translations-0-title": "غاسل صحون",
    "translations-0-description": "غسل الصحون في مطبخ مزدحم.",
    "translations-0-quality": "machine",
    "translations-0-ORDER": "1",
}


def form_data(place, **overrides):
    return admin_form_data(place, **{**ARABIC_TRANSLATION, **overrides})


@pytest.mark.parametrize("model", ["vacancy", "place"])
def test_editors_can_open_the_lists_and_forms(editor_client, model):
    instance = {"vacancy": Vacancy, "place": Place}[model].objects.first()
    assert editor_client.get(f"/admin/snippets/vacancies/{model}/").status_code == 200
    assert editor_client.get(f"/admin/snippets/vacancies/{model}/add/").status_code == 200
    response = editor_client.get(f"/admin/snippets/vacancies/{model}/edit/{instance.pk}/")
    assert response.status_code == 200


def test_an_editor_saves_a_draft_then_publishes_it(editor_client):
    place = Place.objects.get(name="Assen")
    response = editor_client.post("/admin/snippets/vacancies/vacancy/add/", form_data(place))
    assert response.status_code == 302, html(response).select(".error-message")
    vacancy = Vacancy.objects.get(employer_name="Restaurant De Proef")
    assert not vacancy.live
    assert vacancy.translations.get().title == "غاسل صحون"
    assert "غاسل" in vacancy.search_text
    assert not Vacancy.objects.visible().filter(pk=vacancy.pk).exists()

    response = editor_client.post(
        f"/admin/snippets/vacancies/vacancy/edit/{vacancy.pk}/",
        form_data(
            place,
            **{
                "action-publish": "action-publish",
                "translations-INITIAL_FORMS": "1",
                "translations-0-id": vacancy.translations.get().pk,
            },
        ),
    )
    assert response.status_code == 302
    vacancy.refresh_from_db()
    assert vacancy.live and vacancy.first_published_at
    assert Vacancy.objects.visible().filter(pk=vacancy.pk).exists()


@pytest.mark.parametrize(
    "overrides,field",
    [
        ({"hours_min": "30", "hours_max": "20"}, "hours_max"),
        ({"hours_min": "abc"}, "hours_min"),
        ({"closing_date": "2999-01-01"}, "closing_date"),
        ({"closing_date": "31-31-2026"}, "closing_date"),
        ({"respond_via_job_office": ""}, "respond_via_job_office"),
        ({"salary_min": "15", "salary_period": ""}, "salary_period"),
        ({"translations-0-language": "xx"}, "translations-0-language"),
    ],
)
def test_the_form_reports_bad_input_and_keeps_what_was_typed(editor_client, overrides, field):
    place = Place.objects.get(name="Assen")
    data = form_data(place, **overrides)
    if data["respond_via_job_office"] == "":
        del data["respond_via_job_office"]
    response = editor_client.post("/admin/snippets/vacancies/vacancy/add/", data)
    assert response.status_code == 200
    page = html(response)
    assert not Vacancy.objects.filter(employer_name="Restaurant De Proef").exists()
    assert page.find(attrs={"name": "title"})["value"] == "Afwasser"
    assert page.find(attrs={"name": "translations-0-title"})["value"] == "غاسل صحون"
    assert page.select(".error-message, .w-field__errors"), field


def test_two_translations_in_one_language_are_refused(editor_client):
    place = Place.objects.get(name="Assen")
    data = form_data(
        place,
        **{
            "translations-TOTAL_FORMS": "2",
            "translations-1-language": "ar",
            "translations-1-title": "ثاني",
            "translations-1-description": "نص",
            "translations-1-quality": "machine",
            "translations-1-ORDER": "2",
        },
    )
    response = editor_client.post("/admin/snippets/vacancies/vacancy/add/", data)
    assert response.status_code == 200
    assert not Vacancy.objects.filter(employer_name="Restaurant De Proef").exists()
