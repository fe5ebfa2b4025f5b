"""The comparison of a published vacancy with the edit waiting for approval."""

import datetime
from decimal import Decimal

import pytest

from django.utils import translation

from editors.vacancy_diff import changes_between, compared_fields
from tests.vacancies.factories import PlaceFactory, VacancyFactory
from vacancies.field_layout import employer_fields
from vacancies.models import Vacancy, VacancyTranslation

pytestmark = [pytest.mark.django_db, pytest.mark.skeleton]


def edit_of(vacancy, **changes):
    """The vacancy as a revision holds it, with some fields changed."""
    vacancy.save_revision()
    edited = Vacancy.objects.get(pk=vacancy.pk).get_latest_revision_as_object()
    for name, value in changes.items():
        setattr(edited, name, value)
    return edited


@pytest.fixture
def live():
    return VacancyFactory(
        title="Schoonmaker",
        description="U maakt kantoren schoon.",
        sector="schoonmaak",
        hours_min=16,
        hours_max=24,
        salary_min=Decimal("14.00"),
        salary_period="hour",
        employer_applies_twv=True,
        start_date=datetime.date(2030, 3, 1),
    )


def test_no_change_no_rows(live):
    assert changes_between(live, edit_of(live)) == []


def test_only_changed_fields_in_the_forms_order(live):
    edited = edit_of(live, hours_max=32, title="Schoonmaker hotel", employer_applies_twv=False)
    with translation.override("en"):
        changes = changes_between(live, edited)
    assert [(c.name, c.old, c.new) for c in changes] == [
        ("title", "Schoonmaker", "Schoonmaker hotel"),
        ("hours_max", "24", "32"),
        ("employer_applies_twv", "Yes", "No"),
    ]


def test_labels_and_values_are_in_the_readers_language(live):
    edited = edit_of(
        live, sector="horeca", salary_min=Decimal("14.50"), start_date=datetime.date(2030, 4, 1)
    )
    with translation.override("nl"):
        changes = {c.name: c for c in changes_between(live, edited)}
    assert changes["sector"].label == "Sector"
    assert (changes["sector"].old, changes["sector"].new) == ("Schoonmaak", "Horeca")
    assert (changes["salary_min"].old, changes["salary_min"].new) == ("14,00", "14,50")
    assert changes["start_date"].new == "1 april 2030"
    with translation.override("nl"):
        (title,) = changes_between(live, edit_of(live, title="Kok"))
    assert title.label == "Functienaam"


def test_an_emptied_field_says_empty(live):
    edited = edit_of(live, salary_min=None, salary_period="")
    with translation.override("en"):
        changes = {c.name: c for c in changes_between(live, edited)}
    assert changes["salary_min"].new == "(empty)"
    assert changes["salary_period"].old == "per hour"
    assert changes["salary_period"].new == "(empty)"


def test_a_new_place_is_named(live):
    other = PlaceFactory(name="Luttelgeest", municipality="Noordoostpolder")
    edited = edit_of(live, place=other)
    (change,) = changes_between(live, edited)
    assert (change.name, change.old, change.new) == ("place", str(live.place), str(other))


def test_long_text_is_marked_as_text(live):
    edited = edit_of(live, description="U maakt hotelkamers schoon.\nIn de ochtend.")
    (change,) = changes_between(live, edited)
    assert change.is_text
    assert change.new == "U maakt hotelkamers schoon.\nIn de ochtend."
    (title,) = changes_between(live, edit_of(live, title="Kok"))
    assert not title.is_text


def test_a_translation_added_in_the_edit(live):
    edited = edit_of(live)
    edited.translations.add(
        VacancyTranslation(language="ar", title="عامل نظافة", description="تنظف المكاتب.")
    )
    with translation.override("en"):
        (change,) = changes_between(live, edited)
    assert change.label == "Translation into Arabic"
    assert change.old == "(none)"
    assert "عامل نظافة" in change.new
    assert change.is_text


def test_every_field_of_the_employers_form_is_compared():
    names = [field.name for field in compared_fields()]
    assert set(employer_fields()) <= set(names)
    assert "employer_name" in names
    assert "reference_code" not in names and "live" not in names
