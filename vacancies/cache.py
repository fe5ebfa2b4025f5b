"""What a vacancy change makes stale (core/invalidation.py): the board - its lists, counts,
feeds and the home page's latest vacancies - and that vacancy's own pages, nothing else. Other
vacancies' pages and the editorial pages stay in the page cache while employers post all day.

The pages declare the same namespaces when they render (vacancies/models/pages.py,
vacancies/home_slot.py), so a rule here and a declaration there always name the same thing.
"""

from core import invalidation, versions
from vacancies.models import Vacancy, VacancyTranslation


def vacancy_changed(vacancy):
    return (versions.BOARD, versions.vacancy_namespace(vacancy.reference_code))


def translation_changed(translation):
    return vacancy_changed(translation.vacancy)


invalidation.register(Vacancy, vacancy_changed)
invalidation.register(VacancyTranslation, translation_changed)
