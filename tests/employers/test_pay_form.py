"""The employer's vacancy form applies the pay rule (vacancies/pay.py): pay below the minimum
wage and unpaid places with a TWV are refused in the employer's language, next to the field,
with the rule's source, and everything typed is kept."""

import datetime
import re
from decimal import Decimal

import pytest

from django.utils import translation

from employers.forms import VacancyForm
from employers.models import Posting
from tests.conftest import html
from tests.home.factories import MinimumWageFactory
from vacancies.models import Vacancy

pytestmark = pytest.mark.skeleton

SOURCE = "https://www.rijksoverheid.example/minimumloon-form"
ARABIC_LETTERS = re.compile("[\u0600-\u06ff]")


def new_url(language):
    return f"/{language}/werkgevers/mijn-vacatures/nieuw/"


@pytest.fixture
def wage(db):
    return MinimumWageFactory(
        amount_per_hour=Decimal("14.00"), valid_from=datetime.date(2020, 1, 1), source_url=SOURCE
    )


def test_pay_below_the_minimum_is_refused_in_arabic_and_everything_is_kept(
    employer_client, vacancy_data, wage
):
    typed = {
        **vacancy_data,
        "title": "Medewerker kas",
        "description": "Tomaten plukken in de kas.",
        "hours_min": "20",
        "hours_max": "32",
        "salary_min": "9.50",
        "salary_max": "10.25",
        "salary_period": "hour",
        "english_enough": "on",
    }
    response = employer_client.post(new_url("ar"), typed)
    assert response.status_code == 200
    assert not Posting.objects.filter(vacancy__title=typed["title"]).exists()
    page = html(response)
    error = page.select_one("#id_salary_min-error")
    assert error is not None
    assert ARABIC_LETTERS.search(error.text), error.text
    assert "minimum wage" not in error.text and "minimumloon" not in error.text
    assert "9" in error.text and "14" in error.text
    # Tied to its field, and listed in the summary at the top.
    assert "id_salary_min-error" in page.select_one("#id_salary_min")["aria-describedby"]
    assert page.select_one('#form-errors a[href="#id_salary_min"]')
    # The rule's source sits with the salary fields.
    assert page.select_one(f'#minimum-wage-rule a[href="{SOURCE}"]')
    # Everything typed is still there.
    for name in ("title", "salary_min", "salary_max", "hours_min", "hours_max"):
        assert page.select_one(f'[name="{name}"]')["value"] == typed[name]
    assert page.select_one('textarea[name="description"]').text.strip() == typed["description"]
    assert page.select_one('[name="salary_period"] option[selected]')["value"] == "hour"
    assert page.select_one('[name="english_enough"]').has_attr("checked")


def test_pay_at_the_minimum_is_saved(employer_client, vacancy_data, wage):
    data = {**vacancy_data, "salary_min": "14.00", "salary_period": "hour"}
    response = employer_client.post(new_url("nl"), data)
    assert response.status_code == 302
    assert Vacancy.objects.get(title=data["title"]).salary_min == Decimal("14.00")


@pytest.mark.parametrize(
    ("amount", "valid"),
    [("970.67", True), ("970.66", False)],  # 14.00 x 16 h x 52 / 12 = 970.67 (hand-worked)
)
def test_the_form_converts_a_month_with_the_fewest_hours(vacancy_data, wage, amount, valid):
    form = VacancyForm(
        {
            **vacancy_data,
            "hours_min": "16",
            "hours_max": "36",
            "salary_min": amount,
            "salary_period": "month",
        }
    )
    assert form.is_valid() is valid
    if not valid:
        assert list(form.errors) == ["salary_min"]


def test_without_a_minimum_wage_the_form_accepts_pay_and_says_where_to_check(
    employer_client, vacancy_data
):
    page = html(employer_client.get(new_url("nl")))
    note = page.select_one("#minimum-wage-rule").text
    assert "rijksoverheid.nl" in note and "UWV" in note
    response = employer_client.post(
        new_url("nl"), {**vacancy_data, "salary_min": "9.50", "salary_period": "hour"}
    )
    assert response.status_code == 302


def test_a_bad_salary_gets_one_message_not_a_pay_rule_one_too(vacancy_data, wage):
    with translation.override("en"):
        form = VacancyForm({**vacancy_data, "salary_min": "negen", "salary_period": "hour"})
        assert not form.is_valid()
        assert form.errors["salary_min"] == ["Enter a number."]


PURPOSE = "U leert drie maanden het werk in de kas, met een vaste begeleider."


def unpaid(vacancy_data, **fields):
    data = {**vacancy_data, "kind": "traineeship", "unpaid_purpose": PURPOSE}
    data.pop("employer_applies_twv")  # unticked
    data.update(fields)
    return data


def test_an_unpaid_place_that_says_what_it_is_is_saved(employer_client, vacancy_data, wage):
    response = employer_client.post(new_url("nl"), unpaid(vacancy_data))
    assert response.status_code == 302
    saved = Vacancy.objects.get(title=vacancy_data["title"])
    assert saved.is_unpaid and saved.unpaid_purpose == PURPOSE
    assert not saved.employer_applies_twv


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"employer_applies_twv": "on"}, "employer_applies_twv"),
        ({"salary_min": "5.00", "salary_period": "hour"}, "salary_min"),
        ({"unpaid_purpose": ""}, "unpaid_purpose"),
    ],
)
def test_an_unpaid_place_is_refused_at_the_field_concerned(
    employer_client, vacancy_data, wage, fields, field
):
    with translation.override("tr"):
        response = employer_client.post(new_url("tr"), unpaid(vacancy_data, **fields))
    assert response.status_code == 200
    assert not Posting.objects.filter(vacancy__title=vacancy_data["title"]).exists()
    page = html(response)
    errors = page.select(".utrecht-form-field-error-message")
    assert [error["id"] for error in errors] == [f"id_{field}-error"]
    assert page.select_one('textarea[name="unpaid_purpose"]').text.strip() == fields.get(
        "unpaid_purpose", PURPOSE
    )
