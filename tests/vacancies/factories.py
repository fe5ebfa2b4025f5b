"""Factories of the vacancy board: places, vacancies and their translations.

A vacancy's state is asked for by name, with the lifecycle's own words
(vacancies/lifecycle.py): `VacancyFactory(closing_soon=True)`, `VacancyFactory(expired=True)`.
The dates come from the lifecycle module, so a change of its rule moves the factories along.
"""

import datetime
from decimal import Decimal

import factory

from django.utils import timezone

from vacancies import lifecycle
from vacancies.choices import Contract, Sector
from vacancies.lifecycle import Lifecycle
from vacancies.models import Place, Vacancy, VacancyTranslation

# How long ago an expired vacancy closed, and how much room an open one has beyond "soon".
DAYS_SINCE_CLOSING = 3
DAYS_BEYOND_SOON = 14


class PlaceFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Testdorp {n}")
    municipality = "Testgemeente"
    latitude = Decimal("52.50000")
    longitude = Decimal("5.50000")
    azc_name = ""

    class Meta:
        model = Place


class VacancyTranslationFactory(factory.django.DjangoModelFactory):
    language = "ar"
    title = "عامل تنظيف"
    description = "تساعد فريقنا."
    quality = "reviewed"

    class Meta:
        model = VacancyTranslation


class VacancyFactory(factory.django.DjangoModelFactory):
    """A vacancy as the admin saves it; published (open) unless a trait says otherwise.

    Traits, each giving the lifecycle state it names: `open`, `closing_soon`, `draft`,
    `withdrawn` (taken offline before its closing date), `expired` (past its closing date and
    unpublished, as the nightly expiry leaves it); and `with_translation` (an Arabic one).
    A vacancy waiting for moderation is an employer's posting: tests/employers/factories.py.
    """

    title = factory.Sequence(lambda n: f"Medewerker {n}")
    description = "U helpt ons team. Wij leren u het werk."
    employer_name = "Testbedrijf"
    sector = Sector.CLEANING
    contract = Contract.TEMPORARY
    hours_min = 16
    hours_max = 24
    place = factory.SubFactory(PlaceFactory)
    live = False  # as the admin saves a new draft; publishing below makes it live

    class Meta:
        model = Vacancy
        skip_postgeneration_save = True

    class Params:
        open = factory.Trait(
            closing_date=factory.LazyFunction(
                lambda: lifecycle.soon_limit() + datetime.timedelta(days=DAYS_BEYOND_SOON)
            )
        )
        closing_soon = factory.Trait(
            closing_date=factory.LazyFunction(
                lambda: lifecycle.soon_limit() - datetime.timedelta(days=1)
            )
        )
        # A trait reaches a post-generation step only through its keyword arguments.
        draft = factory.Trait(published__state=Lifecycle.DRAFT)
        withdrawn = factory.Trait(published__state=Lifecycle.WITHDRAWN)
        expired = factory.Trait(published__state=Lifecycle.EXPIRED)
        with_translation = factory.Trait(
            translation=factory.RelatedFactory(
                VacancyTranslationFactory, factory_related_name="vacancy"
            )
        )

    @factory.post_generation
    def published(vacancy, create, extracted, state=None, **kwargs):
        """Published unless `published=False` or the draft trait; then taken to `state`."""
        if not create or extracted is False or state == Lifecycle.DRAFT:
            return
        vacancy.save_revision().publish()
        vacancy.refresh_from_db()
        if state == Lifecycle.WITHDRAWN:
            vacancy.unpublish()  # by hand, before its closing date
            vacancy.refresh_from_db()
        elif state == Lifecycle.EXPIRED:
            _close(vacancy, days_ago=DAYS_SINCE_CLOSING)


def unsaved_vacancy(**fields):
    """A valid paid job at a new place, not saved: as a form builds it before validation, for
    tests of the model's and the forms' rules (`full_clean()`, vacancies/pay.py)."""
    values = {
        "title": "Schoonmaker",
        "description": "U maakt kantoren schoon.",
        "employer_name": "Bedrijf",
        "sector": "schoonmaak",
        "contract": "temporary",
        "hours_min": 16,
        "hours_max": 24,
        "place": PlaceFactory(),
        "reference_code": "ACDEFH",
        "employer_applies_twv": True,
    }
    values.update(fields)
    return Vacancy(**values)


def _close(vacancy, days_ago):
    """Published while open, its closing date `days_ago` days ago; then unpublished as the
    nightly expire_overdue_vacancies leaves it."""
    closed_on = lifecycle.today() - datetime.timedelta(days=days_ago)
    # Posted before it closed: the validation of a new closing date does not apply.
    posted = timezone.now() - datetime.timedelta(days=days_ago + 30)
    Vacancy.objects.filter(pk=vacancy.pk).update(
        closing_date=closed_on, first_published_at=posted, last_published_at=posted
    )
    vacancy.refresh_from_db()
    vacancy.unpublish(set_expired=True)
    vacancy.refresh_from_db()
