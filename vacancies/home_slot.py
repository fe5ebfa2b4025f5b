"""The latest vacancies on the home page, in the visitor's language."""

from django.utils.translation import get_language

from core import page_cache, versions
from core.chrome import chrome_for
from vacancies.models import Vacancy, VacancyIndexPage
from vacancies.presentation import reader_text
from vacancies.query import for_cards

HOME_VACANCIES = 4


def latest_vacancies_context(request, page, subject=None):
    page_cache.depends_on(request, versions.BOARD)
    language = get_language()
    # The board of the reader's language, from the language's chrome: no query of its own.
    board = chrome_for(request, language).first(VacancyIndexPage)
    if board is None:
        return None
    vacancies = for_cards(Vacancy.objects.visible()).order_by("-first_published_at", "-pk")[
        :HOME_VACANCIES
    ]
    cards = [(vacancy, reader_text(vacancy, language)) for vacancy in vacancies]
    if not cards:
        return None
    return {"cards": cards, "board": board, "board_url": board.url}
