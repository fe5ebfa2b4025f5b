from vacancies.lifecycle import GONE_AFTER_DAYS
from vacancies.models.pages import VacancyIndexPage
from vacancies.models.summary import BoardDataVersion, BoardSummary
from vacancies.models.vacancy import (
    OPEN_DAYS_DEFAULT,
    OPEN_MONTHS_MAX,
    REFERENCE_ALPHABET,
    Place,
    Vacancy,
    VacancyTranslation,
    default_closing_date,
    latest_closing_date,
    new_reference_code,
    normalise_reference_code,
    today,
)

__all__ = [
    "BoardDataVersion",
    "BoardSummary",
    "GONE_AFTER_DAYS",
    "OPEN_DAYS_DEFAULT",
    "OPEN_MONTHS_MAX",
    "REFERENCE_ALPHABET",
    "Place",
    "Vacancy",
    "VacancyIndexPage",
    "VacancyTranslation",
    "default_closing_date",
    "latest_closing_date",
    "new_reference_code",
    "normalise_reference_code",
    "today",
]
