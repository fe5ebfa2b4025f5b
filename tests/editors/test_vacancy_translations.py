"""Translators write vacancy texts in other languages; a waiting change keeps them."""

import pytest

from django.urls import reverse

from wagtail.models import ModelLogEntry

from employers.postings import save_changes
from tests.vacancies.factories import VacancyFactory, VacancyTranslationFactory
from vacancies.models import Vacancy

pytestmark = [pytest.mark.django_db, pytest.mark.skeleton]


def formset_data(vacancy, rows):
    data = {
        "translations-TOTAL_FORMS": str(len(rows)),
        "translations-INITIAL_FORMS": str(sum(1 for row in rows if row.get("id"))),
        "translations-MIN_NUM_FORMS": "0",
        "translations-MAX_NUM_FORMS": "1000",
    }
    for index, row in enumerate(rows):
        for key, value in row.items():
            data[f"translations-{index}-{key}"] = value
        data[f"translations-{index}-vacancy"] = str(vacancy.pk)
    return data


def edit_url(vacancy):
    return reverse("editors:vacancy_translation_edit", args=[vacancy.pk])


def test_a_translator_adds_a_translation_that_shows_at_once(client, translator):
    vacancy = VacancyFactory(title="Kok")
    client.force_login(translator)
    assert client.get(edit_url(vacancy)).status_code == 200
    response = client.post(
        edit_url(vacancy),
        formset_data(
            vacancy,
            [{"language": "ar", "title": "طباخ", "description": "تطبخ", "quality": "reviewed"}],
        ),
    )
    assert response.status_code == 302
    translation = vacancy.translations.get()
    assert (translation.language, translation.title, translation.quality) == (
        "ar",
        "طباخ",
        "reviewed",
    )
    entry = ModelLogEntry.objects.filter(action="editors.vacancy_translated").latest("timestamp")
    assert entry.user == translator
    assert entry.data == {"languages": ["ar"]}


def test_a_waiting_change_of_the_employer_keeps_the_translation(client, translator, editor):
    vacancy = VacancyFactory(title="Kok")
    vacancy.title = "Kok (gewijzigd)"
    save_changes(vacancy, editor)
    vacancy = Vacancy.objects.get(pk=vacancy.pk)
    assert vacancy.has_unpublished_changes
    client.force_login(translator)
    client.post(
        edit_url(vacancy),
        formset_data(
            vacancy,
            [{"language": "tr", "title": "Aşçı", "description": "Yemek", "quality": "reviewed"}],
        ),
    )
    vacancy.refresh_from_db()
    assert vacancy.title == "Kok"  # the live version is unchanged
    vacancy.get_latest_revision().publish()
    vacancy.refresh_from_db()
    assert vacancy.title == "Kok (gewijzigd)"
    assert vacancy.translations.get().title == "Aşçı"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (
            {"language": "nl", "title": "Kok", "description": "x", "quality": "reviewed"},
            "written in this language",
        ),
        (
            {"language": "ar", "title": "", "description": "x", "quality": "reviewed"},
            "This field is required",
        ),
        (
            {"language": "xx", "title": "t", "description": "x", "quality": "reviewed"},
            "Select a valid choice",
        ),
        (
            {"language": "ar", "title": "t" * 121, "description": "x", "quality": "reviewed"},
            "at most 120",
        ),
    ],
)
def test_bad_translations_are_reported_and_kept(client, translator, row, message):
    vacancy = VacancyFactory(title="Kok", language="nl")
    client.force_login(translator)
    response = client.post(edit_url(vacancy), formset_data(vacancy, [row]))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert row["title"][:20] in response.content.decode()
    assert not vacancy.translations.exists()


def test_two_translations_in_one_language_are_refused(client, translator):
    vacancy = VacancyFactory(title="Kok")
    existing = VacancyTranslationFactory(vacancy=vacancy, language="ar")
    client.force_login(translator)
    response = client.post(
        edit_url(vacancy),
        formset_data(
            vacancy,
            [
                {
                    "id": str(existing.pk),
                    "language": "ar",
                    "title": "a",
                    "description": "b",
                    "quality": "machine",
                },
                {"language": "ar", "title": "c", "description": "d", "quality": "reviewed"},
            ],
        ),
    )
    assert response.status_code == 400
    assert vacancy.translations.count() == 1


def test_the_list_shows_vacancies_missing_a_language(client, translator):
    done = VacancyFactory(title="Al vertaald")
    VacancyTranslationFactory(vacancy=done, language="fa")
    todo = VacancyFactory(title="Nog te vertalen")
    client.force_login(translator)
    text = client.get(
        reverse("editors:vacancy_translations"), {"missing": "fa", "page": "1"}
    ).content.decode()
    assert todo.reference_code in text
    assert done.reference_code not in text
    junk = client.get(reverse("editors:vacancy_translations"), {"missing": "<x>", "page": "zzz"})
    assert junk.status_code == 200


def test_closed_vacancies_and_other_roles_are_refused(client, translator, moderator):
    closed = VacancyFactory(published=False)
    client.force_login(translator)
    assert client.get(edit_url(closed), follow=True).status_code == 404
    client.force_login(moderator)
    response = client.get(reverse("editors:vacancy_translations"))
    assert response.status_code == 302
