"""What several vacancy tests send and build: the vacancy form of the Wagtail admin, and the
small board with known facts (the `places` and `board` fixtures, tests/vacancies/conftest.py)."""

import datetime
from decimal import Decimal

from django.utils import timezone

from tests.vacancies.factories import PlaceFactory, VacancyFactory, VacancyTranslationFactory


def admin_form_data(place, **overrides):
    """The vacancy form of the admin (snippets add and edit views) as a browser posts it: a
    valid job at `place` without pay, closing in 30 days, with no translation rows."""
    data = {
        "title": "Afwasser",
        "description": "Afwassen in een drukke keuken.",
        "language": "nl",
        "employer_name": "Restaurant De Proef",
        "sector": "horeca",
        "kind": "job",
        "contract": "temporary",
        "place": place.pk,
        "hours_min": "16",
        "hours_max": "24",
        "shift_day": "on",
        "dutch_level": "0",
        "employer_applies_twv": "on",
        "salary_min": "",
        "salary_max": "",
        "salary_period": "",
        "start_date": "",
        "closing_date": (timezone.localdate() + datetime.timedelta(days=30)).isoformat(),
        "respond_via_job_office": "on",
        "apply_url": "",
        "apply_email": "",
        "translations-TOTAL_FORMS": "0",
        "translations-INITIAL_FORMS": "0",
        "translations-MIN_NUM_FORMS": "0",
        "translations-MAX_NUM_FORMS": "1000",
    }
    data.update(overrides)
    return data


def make_places():
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


def make_board(places):
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
