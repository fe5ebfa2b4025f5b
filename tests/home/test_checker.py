"""The work-permission check: the rule for every combination, and the form around it."""

import itertools

import pytest

from django.core.exceptions import ValidationError
from django.utils import translation

from home import checker
from home.models import CheckerPage
from tests.conftest import html

CONDITIONS = ["permit", "adult", "six_months", "coa", "minimum_wage", "w_document"]


def expected_outcome(answers):
    # FACTS.md: a status holder may work without a TWV; an asylum seeker only when all five
    # conditions hold, and then with a TWV the employer gets from UWV.
    if answers["permit"]:
        return "permit", ()
    unmet = tuple(c for c in CONDITIONS[1:] if not answers[c])
    return ("not_yet", unmet) if unmet else ("eligible", ())


ALL_COMBINATIONS = [
    dict(zip(CONDITIONS, values, strict=True))
    for values in itertools.product([True, False], repeat=len(CONDITIONS))
]


def test_checker_knows_the_same_conditions_as_the_rule():
    assert checker.CONDITIONS == CONDITIONS


@pytest.mark.parametrize("answers", ALL_COMBINATIONS)
def test_rule_gives_the_right_answer_for_every_combination(answers):
    outcome, unmet = expected_outcome(answers)
    verdict = checker.decide(answers)
    assert (verdict.outcome, verdict.unmet) == (outcome, unmet)


@pytest.fixture
def resident_checker(db):
    return CheckerPage.objects.get(slug="check-mag-ik-werken", locale__language_code="nl")


def query(answers):
    return {key: "yes" if value else "no" for key, value in answers.items()}


@pytest.mark.django_db
def test_checker_page_answers_every_combination(client, resident_checker):
    reasons = {q["condition"]: q["reason_if_no"] for q in resident_checker.question_list}
    for answers in ALL_COMBINATIONS:
        outcome, unmet = expected_outcome(answers)
        page = html(client.get(resident_checker.url, query(answers)))
        verdict = page.select_one("#result")
        assert f"werkroute-verdict--{outcome}" in verdict["class"], answers
        shown = [li.get_text(strip=True) for li in verdict.select("ul li")]
        assert shown == [reasons[key] for key in unmet], answers


@pytest.mark.django_db
def test_without_answers_the_page_shows_the_questions_and_no_errors(client, resident_checker):
    page = html(client.get(resident_checker.url))
    assert page.select_one("#result") is None
    assert page.select_one("[role=alert]") is None
    assert len(page.select("fieldset")) == len(CONDITIONS)


@pytest.mark.django_db
def test_a_residence_permit_alone_is_enough(client, resident_checker):
    page = html(client.get(resident_checker.url, {"permit": "yes"}))
    assert "werkroute-verdict--permit" in page.select_one("#result")["class"]


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["nl", "ar"])
def test_missing_answers_are_reported_in_the_visitors_language_and_answers_kept(client, code):
    page_obj = CheckerPage.objects.get(slug="check-mag-ik-werken", locale__language_code=code)
    response = client.get(page_obj.url, {"permit": "no", "adult": "yes", "coa": "no"})

    assert response.status_code == 200
    page = html(response)
    assert page.select_one("#result") is None
    with translation.override(code):
        message = translation.gettext("Choose yes or no.")
    errors = [p.get_text(strip=True) for p in page.select(".utrecht-form-field-error-message")]
    assert errors == [message] * 3  # six_months, minimum_wage, w_document
    assert page.select_one('input[name="adult"][value="yes"]').has_attr("checked")
    assert page.select_one('input[name="coa"][value="no"]').has_attr("checked")
    assert page.select_one('input[name="permit"][value="no"]').has_attr("checked")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "junk",
    [
        {"permit": "maybe"},
        {"permit": "<script>alert(1)</script>"},
        {"permit": ["yes", "no"]},
        {"adult": "yes"},
        {"permit": "x" * 5000},
    ],
)
def test_junk_answers_get_a_message_not_an_error_page(client, resident_checker, junk):
    response = client.get(resident_checker.url, junk)
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content
    page = html(response)
    assert page.select_one("#result") is None
    assert page.select_one('[role="alert"]') is not None


@pytest.mark.django_db
def test_each_condition_must_be_asked_exactly_once(resident_checker):
    resident_checker.questions = [
        ("question", block.value) for block in resident_checker.questions
    ][:-1] + [("question", dict(resident_checker.questions[0].value))]
    with pytest.raises(ValidationError) as error:
        resident_checker.full_clean()
    assert "questions" in error.value.message_dict


@pytest.mark.django_db
def test_every_condition_but_the_permit_needs_a_reason(resident_checker):
    values = [dict(block.value) for block in resident_checker.questions]
    values[1]["reason_if_no"] = " "
    resident_checker.questions = [("question", value) for value in values]
    with pytest.raises(ValidationError):
        resident_checker.full_clean()
