"""Each vacancy trait gives the lifecycle state it names, by the lifecycle's own rule."""

import datetime

import pytest

from tests.vacancies.factories import VacancyFactory
from vacancies import lifecycle
from vacancies.lifecycle import Lifecycle
from vacancies.models import Vacancy

pytestmark = pytest.mark.django_db

TRAITS = {
    "open": Lifecycle.OPEN,
    "closing_soon": Lifecycle.CLOSING_SOON,
    "draft": Lifecycle.DRAFT,
    "withdrawn": Lifecycle.WITHDRAWN,
    "expired": Lifecycle.EXPIRED,
}


@pytest.mark.parametrize(("trait", "state"), TRAITS.items())
def test_a_trait_gives_the_state_it_names(trait, state):
    vacancy = VacancyFactory(**{trait: True})

    assert lifecycle.state_of(vacancy) == state
    assert list(Vacancy.objects.in_states(state).filter(pk=vacancy.pk)) == [vacancy]


def test_without_a_trait_a_vacancy_is_published_and_visible():
    vacancy = VacancyFactory()

    assert vacancy.live
    assert lifecycle.is_visible(vacancy)


def test_closing_soon_is_the_last_day_before_the_soon_limit():
    """Its closing date moves with the lifecycle's constant: one day later it would be open."""
    vacancy = VacancyFactory(closing_soon=True)

    assert vacancy.closing_date == lifecycle.soon_limit() - datetime.timedelta(days=1)


def test_an_expired_vacancy_was_published_before_it_closed_and_is_unpublished():
    vacancy = VacancyFactory(expired=True)

    assert not vacancy.live
    assert vacancy.first_published_at is not None
    assert vacancy.closing_date < lifecycle.today()
    assert not Vacancy.objects.overdue().filter(pk=vacancy.pk).exists()


def test_with_translation_adds_an_arabic_translation_and_combines_with_a_state():
    vacancy = VacancyFactory(with_translation=True, closing_soon=True)

    assert list(vacancy.translations.values_list("language", flat=True)) == ["ar"]
    assert lifecycle.state_of(vacancy) == Lifecycle.CLOSING_SOON
