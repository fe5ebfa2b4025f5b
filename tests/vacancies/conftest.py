import datetime
from decimal import Decimal

import pytest

from django.core.cache import cache

from tests.vacancies.factories import PlaceFactory, VacancyFactory, VacancyTranslationFactory
from vacancies.models import Vacancy, VacancyIndexPage


@pytest.fixture
def empty_board(db):
    """The demo board without its vacancies, so each test knows exactly what is on it."""
    Vacancy.objects.all().delete()
    cache.clear()


@pytest.fixture
def board_url():
    def url(language="nl"):
        return VacancyIndexPage.objects.get(locale__language_code=language).url

    return url


@pytest.fixture
def places(db):
    """Two azc places 30 km apart and a village 8 km from the first."""
    return {
        "north": PlaceFactory(
            name="Noordstad",
            latitude=Decimal("53.00000"),
            longitude=Decimal("6.50000"),
            azc_name="azc Noordstad",
        ),
        "village": PlaceFactory(
            name="Dorpje", latitude=Decimal("53.07000"), longitude=Decimal("6.50000")
        ),
        "south": PlaceFactory(
            name="Zuidstad",
            latitude=Decimal("52.73000"),
            longitude=Decimal("6.50000"),
            azc_name="azc Zuidstad",
        ),
    }


@pytest.fixture
def board(empty_board, places):
    """A small board with known facts: see the `expected` predicates in test_board_search."""
    specs = [
        {
            "title": "Schoonmaker kantoren",
            "sector": "schoonmaak",
            "kind": "job",
            "contract": "temporary",
            "hours_min": 16,
            "hours_max": 24,
            "place": places["north"],
            "dutch_level": 0,
            "english_enough": True,
            "training_given": True,
            "shift_day": True,
            "description": "Schoonmaakwerk in kantoren.",
        },
        {
            "title": "Kok",
            "sector": "horeca",
            "kind": "job",
            "contract": "permanent",
            "hours_min": 32,
            "hours_max": 38,
            "place": places["south"],
            "dutch_level": 1,
            "shift_day": False,
            "shift_evening": True,
            "shift_weekend": True,
            "workplace_tour": True,
            "salary_min": Decimal("15.50"),
            "salary_max": Decimal("17.00"),
            "salary_period": "hour",
        },
        {
            "title": "Orderpicker",
            "sector": "logistiek",
            "kind": "job",
            "contract": "agency",
            "hours_min": 24,
            "hours_max": 40,
            "place": places["village"],
            "dutch_level": 0,
            "shift_night": True,
            "no_diploma_needed": True,
            "jobcoach_or_buddy": True,
        },
        {
            "title": "Kasmedewerker",
            "sector": "agrarisch",
            "kind": "job",
            "contract": "seasonal",
            "hours_min": 8,
            "hours_max": 16,
            "place": places["south"],
            "dutch_level": 0,
            "english_enough": True,
            "training_given": True,
            "shift_weekend": True,
            "employer_applies_twv": False,
        },
        {
            "title": "Leerling monteur",
            "sector": "techniek",
            "kind": "traineeship",
            "contract": "temporary",
            "hours_min": 16,
            "hours_max": 16,
            "place": places["north"],
            "dutch_level": 2,
            "training_given": True,
        },
        {
            "title": "Vrijwilliger buurthuis",
            "sector": "zorg",
            "kind": "volunteer",
            "contract": "on_call",
            "hours_min": 4,
            "hours_max": 8,
            "place": places["village"],
            "dutch_level": 1,
            "jobcoach_or_buddy": True,
        },
    ]
    vacancies = [VacancyFactory(**spec) for spec in specs]
    VacancyTranslationFactory(
        vacancy=vacancies[0],
        language="ar",
        title="عامل تنظيف مكاتب",
        description="أعمال التنظيف في المكاتب.",
        quality="reviewed",
    )
    return vacancies


@pytest.fixture
def at_moment(monkeypatch):
    """Pin the clock to a moment in Dutch time (for expiry at the boundary second)."""
    from django.utils import timezone

    def freeze(year, month, day, hour=12, minute=0, second=0):
        moment = timezone.make_aware(
            datetime.datetime(year, month, day, hour, minute, second),
            timezone.get_default_timezone(),
        )
        monkeypatch.setattr(timezone, "now", lambda: moment)
        cache.clear()
        return moment

    return freeze
