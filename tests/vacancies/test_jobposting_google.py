"""JobPosting against Google's job posting guidelines, for every demo vacancy in every language.

Required: title, description, datePosted, hiringOrganization.name, jobLocation with an address
(addressLocality, addressCountry). Recommended, where the vacancy has the facts: validThrough,
employmentType, baseSalary, directApply, identifier. A closed vacancy has no JobPosting at all.
"""

import datetime
import itertools
import json
from types import SimpleNamespace

import pytest

from django.conf import settings
from django.utils import timezone
from django.utils.translation import override

from core.structured_data import as_json
from tests.conftest import html
from tests.vacancies.factories import VacancyFactory
from vacancies.choices import Contract, Kind
from vacancies.jobposting import employment_types, job_posting
from vacancies.models import Vacancy
from vacancies.presentation import reader_text

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
# Google's employmentType values and baseSalary units.
EMPLOYMENT_TYPES = {
    "FULL_TIME",
    "PART_TIME",
    "CONTRACTOR",
    "TEMPORARY",
    "INTERN",
    "VOLUNTEER",
    "PER_DIEM",
    "OTHER",
}
SALARY_UNITS = {"HOUR", "DAY", "WEEK", "MONTH", "YEAR"}


def job_postings(response):
    return [
        data
        for data in (
            json.loads(script.string)
            for script in html(response).find_all("script", type="application/ld+json")
        )
        if data.get("@type") == "JobPosting"
    ]


def non_empty_text(value):
    return isinstance(value, str) and bool(value.strip())


def validate_job_posting(data):
    """Google's rules as checks; returns the list of problems (empty when valid)."""
    problems = []

    def need(condition, problem):
        if not condition:
            problems.append(problem)

    need(data.get("@context") == "https://schema.org", "@context")
    need(data.get("@type") == "JobPosting", "@type")
    for key in ("title", "description", "datePosted", "hiringOrganization", "jobLocation"):
        need(key in data, f"required {key} missing")
    need(non_empty_text(data.get("title")), "title empty")
    need(non_empty_text(data.get("description")), "description empty")
    try:
        datetime.date.fromisoformat(data.get("datePosted", ""))
    except (TypeError, ValueError):
        problems.append("datePosted is not an ISO date")
    organisation = data.get("hiringOrganization") or {}
    need(organisation.get("@type") == "Organization", "hiringOrganization type")
    need(non_empty_text(organisation.get("name")), "hiringOrganization.name empty")
    locations = data.get("jobLocation") or []
    locations = locations if isinstance(locations, list) else [locations]
    need(bool(locations), "jobLocation empty")
    for location in locations:
        address = location.get("address") or {}
        need(location.get("@type") == "Place", "jobLocation type")
        need(address.get("@type") == "PostalAddress", "address type")
        need(non_empty_text(address.get("addressLocality")), "addressLocality empty")
        need(address.get("addressCountry") == "NL", "addressCountry is not NL")
        for optional in ("postalCode", "streetAddress", "addressRegion"):
            need(optional not in address or non_empty_text(address[optional]), optional)
    if "validThrough" in data:
        try:
            valid_through = datetime.datetime.fromisoformat(data["validThrough"])
        except (TypeError, ValueError):
            problems.append("validThrough is not an ISO date-time")
        else:
            need(valid_through.tzinfo is not None, "validThrough without a time zone")
            need(valid_through > timezone.now(), "validThrough in the past")
    types = data.get("employmentType")
    if types is not None:
        types = types if isinstance(types, list) else [types]
        need(bool(types) and set(types) <= EMPLOYMENT_TYPES, f"employmentType {types}")
        need(len(types) == len(set(types)), "employmentType repeats itself")
    if "baseSalary" in data:
        salary = data["baseSalary"]
        value = salary.get("value") or {}
        need(salary.get("@type") == "MonetaryAmount", "baseSalary type")
        need(salary.get("currency") == "EUR", "baseSalary currency")
        need(value.get("@type") == "QuantitativeValue", "baseSalary.value type")
        need(value.get("unitText") in SALARY_UNITS, "baseSalary unitText")
        low, high = value.get("minValue"), value.get("maxValue")
        numbers = all(isinstance(amount, int | float) for amount in (low, high))
        need(numbers and 0 < low <= high, "baseSalary min/max")
    if "directApply" in data:
        need(isinstance(data["directApply"], bool), "directApply is not a boolean")
    if "identifier" in data:
        identifier = data["identifier"]
        need(identifier.get("@type") == "PropertyValue", "identifier type")
        need(non_empty_text(identifier.get("name")), "identifier name")
        need(non_empty_text(identifier.get("value")), "identifier value")
    need(data.get("inLanguage") in LANGUAGES, "inLanguage")
    return problems


def expected_text(vacancy, language):
    """The text a reader of `language` gets: the employer's when written in it, else its
    translation into it, else the employer's own text in its own language."""
    if vacancy.language == language:
        return vacancy.language, vacancy.title, vacancy.description
    for translation in vacancy.translations.all():
        if translation.language == language:
            return language, translation.title, translation.description
    return vacancy.language, vacancy.title, vacancy.description


# --- every demo vacancy ----------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_open_demo_vacancy_has_a_valid_job_posting_in_its_readers_text(
    client, board_url, language
):
    """The builder's output for every open demo vacancy; the page of the first one shows that
    the page embeds exactly what the builder gives (rendering every page was 90 s of the run)."""
    vacancies = Vacancy.objects.select_related("place").prefetch_related("translations")
    open_ones = [vacancy for vacancy in vacancies if vacancy.is_open()]
    assert len(open_ones) > 20
    translated = 0
    with override(language):
        for number, vacancy in enumerate(open_ones):
            url = f"{board_url(language)}{vacancy.reference_code}/"
            data = job_posting(vacancy, reader_text(vacancy, language), "http://testserver" + url)
            if number == 0:
                response = client.get(url)
                assert response.status_code == 200, url
                assert job_postings(response) == [json.loads(as_json(data))]
            assert validate_job_posting(data) == [], (url, validate_job_posting(data))

            text_language, title, description = expected_text(vacancy, language)
            assert data["inLanguage"] == text_language, url
            assert data["title"] == title
            assert html(data["description"]).get_text(" ").split() == description.split()
            translated += text_language == language != vacancy.language

            assert data["url"] == "http://testserver" + url
            assert data["identifier"]["value"] == vacancy.reference_code
            assert data["hiringOrganization"]["name"] == vacancy.employer_name
            assert data["jobLocation"]["address"]["addressLocality"] == vacancy.place.name
            posted = timezone.localtime(vacancy.first_published_at).date().isoformat()
            assert data["datePosted"] == posted
            assert data["validThrough"].startswith(vacancy.closing_date.isoformat())
            assert data["directApply"] is False
            if vacancy.salary_min is None and vacancy.salary_max is None:
                assert "baseSalary" not in data
            else:
                amounts = [a for a in (vacancy.salary_min, vacancy.salary_max) if a is not None]
                value = data["baseSalary"]["value"]
                assert (value["minValue"], value["maxValue"]) == (
                    float(min(amounts)),
                    float(max(amounts)),
                )
                assert value["unitText"] == vacancy.salary_period.upper()
    if language != "nl":
        assert translated, f"no demo vacancy is translated into {language}"


def test_no_closed_demo_vacancy_has_a_job_posting(client, board_url):
    closed = [vacancy for vacancy in Vacancy.objects.all() if not vacancy.is_open()]
    assert closed, "the demo has closed vacancies"
    for vacancy in closed:
        for language in ("nl", "ar"):
            response = client.get(f"{board_url(language)}{vacancy.reference_code}/")
            assert response.status_code in {200, 404, 410}
            assert job_postings(response) == []


# --- the rules, on single vacancies ----------------------------------------------------------


@pytest.mark.skeleton
def test_the_builder_gives_nothing_for_a_vacancy_that_is_not_open():
    for state in ("expired", "withdrawn", "draft"):
        vacancy = VacancyFactory(**{state: True})
        assert job_posting(vacancy, reader_text(vacancy, "nl"), "https://x.example/") is None


@pytest.mark.skeleton
def test_a_vacancy_on_its_last_day_is_valid_through_the_end_of_that_day(client, board_url):
    vacancy = VacancyFactory()
    Vacancy.objects.filter(pk=vacancy.pk).update(closing_date=timezone.localdate())
    [data] = job_postings(client.get(f"{board_url()}{vacancy.reference_code}/"))
    assert validate_job_posting(data) == []
    valid_through = datetime.datetime.fromisoformat(data["validThrough"])
    assert valid_through.date() == timezone.localdate()
    assert valid_through > timezone.now()


@pytest.mark.skeleton
def test_every_kind_contract_and_hours_give_google_employment_types():
    for kind, contract, hours in itertools.product(
        Kind, Contract, [(4, 8), (16, 40), (36, 40), (38, 38)]
    ):
        vacancy = SimpleNamespace(
            kind=kind, contract=contract, hours_min=hours[0], hours_max=hours[1]
        )
        types = employment_types(vacancy)
        assert types and set(types) <= EMPLOYMENT_TYPES, (kind, contract, hours)
        assert len(types) == len(set(types))
        assert ("PART_TIME" in types) or ("FULL_TIME" in types)
    assert "VOLUNTEER" in employment_types(
        SimpleNamespace(kind=Kind.VOLUNTEER, contract=Contract.ON_CALL, hours_min=4, hours_max=8)
    )
    # Agency work (uitzendwerk) is a temporary placement, not self-employed contracting.
    assert employment_types(
        SimpleNamespace(kind=Kind.PAID_JOB, contract=Contract.AGENCY, hours_min=8, hours_max=16)
    ) == ["PART_TIME", "TEMPORARY"]


@pytest.mark.skeleton
def test_a_monthly_salary_and_a_single_amount(client, board_url):
    vacancy = VacancyFactory(salary_min=2400, salary_max=None, salary_period="month")
    [data] = job_postings(client.get(f"{board_url()}{vacancy.reference_code}/"))
    assert validate_job_posting(data) == []
    value = data["baseSalary"]["value"]
    assert (value["minValue"], value["maxValue"], value["unitText"]) == (2400, 2400, "MONTH")


@pytest.mark.skeleton
def test_a_salary_without_a_period_is_left_out_rather_than_guessed(client, board_url):
    vacancy = VacancyFactory()
    Vacancy.objects.filter(pk=vacancy.pk).update(salary_min=15, salary_period="")
    [data] = job_postings(client.get(f"{board_url()}{vacancy.reference_code}/"))
    assert "baseSalary" not in data


@pytest.mark.skeleton
def test_no_diploma_needed_is_stated_as_no_requirements(client, board_url):
    without = VacancyFactory(no_diploma_needed=True)
    [data] = job_postings(client.get(f"{board_url()}{without.reference_code}/"))
    assert data["educationRequirements"] == "no requirements"
    other = VacancyFactory(no_diploma_needed=False)
    [data] = job_postings(client.get(f"{board_url()}{other.reference_code}/"))
    assert "educationRequirements" not in data


@pytest.mark.skeleton
def test_the_description_keeps_its_paragraphs_and_cannot_end_the_script(client, board_url):
    text = "Eerste alinea.\n\n</script><script>alert(1)</script> & meer\nregel twee"
    vacancy = VacancyFactory(description=text)
    response = client.get(f"{board_url()}{vacancy.reference_code}/")
    assert b"<script>alert(1)" not in response.content
    [data] = job_postings(response)
    paragraphs = html(data["description"]).find_all("p")
    assert [p.get_text(" ").split() for p in paragraphs] == [
        ["Eerste", "alinea."],
        ["</script><script>alert(1)</script>", "&", "meer", "regel", "twee"],
    ]
    assert paragraphs[1].find("br") is not None
    assert paragraphs[1].find("script") is None  # the employer's text is text, not markup


def test_the_validator_catches_what_google_refuses():
    """The checks above can fail: each broken posting is refused for its own reason."""
    vacancy = next(v for v in Vacancy.objects.select_related("place") if v.is_open())
    good = job_posting(vacancy, reader_text(vacancy, "nl"), "https://x.example/")
    assert validate_job_posting(good) == []
    yesterday = (timezone.now() - datetime.timedelta(days=1)).isoformat()
    broken = {
        "title": "",
        "datePosted": "gisteren",
        "validThrough": yesterday,
        "employmentType": ["FULLTIME"],
        "inLanguage": "de",
        "hiringOrganization": {"@type": "Organization", "name": " "},
        "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress"}},
        "baseSalary": {"@type": "MonetaryAmount", "currency": "USD", "value": {}},
    }
    for key, value in broken.items():
        assert validate_job_posting({**good, key: value}), key
    for key in ("title", "description", "datePosted", "hiringOrganization", "jobLocation"):
        assert validate_job_posting({k: v for k, v in good.items() if k != key}), key
