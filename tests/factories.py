"""Moved: the factories live per app now (tests/home/factories.py, tests/vacancies/factories.py,
tests/employers/factories.py). This re-export only keeps imports written meanwhile working;
import from the app's module instead. To be removed once nothing imports it."""

from tests.employers.factories import EMPLOYER_PASSWORD, EmployerUserFactory, OrganisationFactory
from tests.home.factories import ContentPageFactory, HomePageFactory
from tests.vacancies.factories import PlaceFactory, VacancyFactory, VacancyTranslationFactory

__all__ = [
    "EMPLOYER_PASSWORD",
    "ContentPageFactory",
    "EmployerUserFactory",
    "HomePageFactory",
    "OrganisationFactory",
    "PlaceFactory",
    "VacancyFactory",
    "VacancyTranslationFactory",
]
