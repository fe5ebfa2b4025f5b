"""The vacancy's rules: reference codes, closing dates, validation, search text."""

import datetime
import io
from decimal import Decimal

import pytest

from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone

from tests.vacancies.factories import VacancyFactory, VacancyTranslationFactory, unsaved_vacancy
from vacancies.choices import Sector
from vacancies.models import REFERENCE_ALPHABET, Vacancy, normalise_reference_code
from vacancies.models import vacancy as vacancy_module

pytestmark = [pytest.mark.django_db, pytest.mark.skeleton]


def test_reference_codes_are_short_unambiguous_and_unique(empty_board):
    codes = [VacancyFactory().reference_code for _ in range(60)]
    assert len(set(codes)) == len(codes)
    for code in codes:
        assert len(code) == 6
        assert set(code) <= set(REFERENCE_ALPHABET)
    assert not set("0O1IL2Z5S8B") & set(REFERENCE_ALPHABET)


def test_a_clashing_reference_code_is_drawn_again(empty_board, monkeypatch):
    taken = VacancyFactory().reference_code
    draws = iter([taken, taken, "ACDEFH"])
    monkeypatch.setattr(vacancy_module, "new_reference_code", lambda: next(draws))
    vacancy = VacancyFactory()
    assert vacancy.reference_code == "ACDEFH"
    assert Vacancy.objects.filter(reference_code=taken).count() == 1


def test_reference_codes_are_read_as_typed_at_the_job_office():
    assert normalise_reference_code(" k7m-4tx ") == "K7M4TX"


def test_closing_date_defaults_to_sixty_days():
    assert Vacancy().closing_date == timezone.localdate() + datetime.timedelta(days=60)


def test_a_valid_vacancy_passes(db):
    unsaved_vacancy().full_clean()


@pytest.mark.parametrize(
    "fields,field",
    [
        ({"hours_min": 30, "hours_max": 20}, "hours_max"),
        ({"hours_min": 0}, "hours_min"),
        ({"hours_max": 61}, "hours_max"),
        (
            {"salary_min": Decimal("18"), "salary_max": Decimal("16"), "salary_period": "hour"},
            "salary_max",
        ),
        ({"salary_min": Decimal("16")}, "salary_period"),
        ({"salary_min": Decimal("-1"), "salary_period": "hour"}, "salary_min"),
        ({"closing_date": timezone.localdate() + datetime.timedelta(days=200)}, "closing_date"),
        ({"closing_date": timezone.localdate() - datetime.timedelta(days=1)}, "closing_date"),
        ({"respond_via_job_office": False}, "respond_via_job_office"),
        ({"apply_url": "javascript:alert(1)"}, "apply_url"),
        ({"apply_email": "not an address"}, "apply_email"),
        ({"title": "x" * 121}, "title"),
        ({"description": "x" * 4001}, "description"),
        ({"sector": "mining"}, "sector"),
    ],
)
def test_bad_input_is_refused_with_a_message_on_the_field(db, fields, field):
    with pytest.raises(ValidationError) as error:
        unsaved_vacancy(**fields).full_clean()
    assert field in error.value.message_dict
    assert all(error.value.message_dict[field])


def test_six_months_is_counted_from_the_first_publication(db):
    first_published = timezone.now() - datetime.timedelta(days=100)
    vacancy = unsaved_vacancy(
        first_published_at=first_published,
        closing_date=timezone.localdate() + datetime.timedelta(days=90),
    )
    with pytest.raises(ValidationError) as error:
        vacancy.full_clean()
    assert "closing_date" in error.value.message_dict


def test_search_text_follows_the_translations(empty_board):
    vacancy = VacancyFactory(title="Kok")
    VacancyTranslationFactory(vacancy=vacancy, language="tr", title="Aşçı", description="Mutfak")
    vacancy.refresh_from_db()
    # Stored folded to lower case, so SQLite's LIKE matches any script (search_text.py).
    assert "aşçı" in vacancy.search_text and "kok" in vacancy.search_text
    translation = vacancy.translations.get()
    translation.delete()
    vacancy.refresh_from_db()
    assert "aşçı" not in vacancy.search_text


def test_the_expiry_command_unpublishes_only_overdue_vacancies(empty_board):
    overdue = VacancyFactory()
    open_today = VacancyFactory()
    Vacancy.objects.filter(pk=overdue.pk).update(
        closing_date=timezone.localdate() - datetime.timedelta(days=1)
    )
    Vacancy.objects.filter(pk=open_today.pk).update(closing_date=timezone.localdate())
    out = io.StringIO()
    call_command("expire_overdue_vacancies", stdout=out)
    overdue.refresh_from_db()
    open_today.refresh_from_db()
    assert (overdue.live, overdue.expired) == (False, True)
    assert open_today.live
    assert "Unpublished 1 overdue" in out.getvalue()
    call_command("expire_overdue_vacancies", stdout=out)
    assert "Unpublished 0 overdue" in out.getvalue()


def test_a_vacancy_is_visible_until_the_last_second_of_its_closing_day(empty_board, at_moment):
    vacancy = VacancyFactory()
    Vacancy.objects.filter(pk=vacancy.pk).update(closing_date=datetime.date(2026, 12, 1))
    at_moment(2026, 12, 1, 23, 59, 59)
    assert Vacancy.objects.visible().filter(pk=vacancy.pk).exists()
    at_moment(2026, 12, 2, 0, 0, 0)
    assert not Vacancy.objects.visible().filter(pk=vacancy.pk).exists()


def test_drafts_and_unpublished_vacancies_are_not_visible(empty_board):
    draft = VacancyFactory(published=False)
    withdrawn = VacancyFactory()
    withdrawn.unpublish()
    assert not Vacancy.objects.visible().filter(pk__in=[draft.pk, withdrawn.pk]).exists()


def test_a_fact_s_label_is_in_the_reader_s_language_and_costs_one_translation(monkeypatch):
    """get_<field>_display (core.fields.ChoiceLabelsMixin): the label of the active language,
    an unknown code as it is, and one translation per label shown - Django's own translated
    every choice of the field on every call."""
    from django.utils import translation

    vacancy = Vacancy(sector=Sector.HOSPITALITY)
    with translation.override("en"):
        assert vacancy.get_sector_display() == "Hospitality"
    with translation.override("nl"):
        assert vacancy.get_sector_display() == "Horeca"
    with translation.override("ar"):
        in_arabic = str(Sector.HOSPITALITY.label)
    assert in_arabic not in ("Horeca", "Hospitality")
    translations = []
    original = translation._trans.gettext
    monkeypatch.setattr(
        translation._trans, "gettext", lambda text: translations.append(text) or original(text)
    )
    with translation.override("ar"):
        labels = [vacancy.get_sector_display() for _ in range(20)]
    assert labels == [in_arabic] * 20
    assert len(translations) == 20
    assert Vacancy(sector="onbekend").get_sector_display() == "onbekend"
