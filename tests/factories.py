"""Factories for the portal's pages (pass `parent=` to build()/create()) and vacancies."""

from decimal import Decimal

import factory
import wagtail_factories

from django.contrib.auth import get_user_model
from django.utils import timezone

from wagtail.models import Locale

from home.models import ContentPage, HomePage
from vacancies.choices import Contract, Sector
from vacancies.models import Place, Vacancy, VacancyTranslation


class HomePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Startpagina {n}")
    intro = "Werken vanuit het azc kan."
    employer_title = "Ik ben werkgever"
    employer_text = "Lees wat u moet regelen."
    resident_title = "Ik woon in een azc"
    resident_text = "Lees wanneer u mag werken."
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = HomePage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Tekstpagina {n}")
    intro = "Een korte samenvatting."
    body = "<p>De tekst van de pagina.</p>"

    class Meta:
        model = ContentPage


# --- vacancy board ---------------------------------------------------------------------------


class PlaceFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Testdorp {n}")
    municipality = "Testgemeente"
    latitude = Decimal("52.50000")
    longitude = Decimal("5.50000")
    azc_name = ""

    class Meta:
        model = Place


class VacancyFactory(factory.django.DjangoModelFactory):
    """A vacancy as the admin saves it; `published=True` (the default) publishes it too."""

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

    @factory.post_generation
    def published(vacancy, create, extracted, **kwargs):
        if create and extracted is not False:
            vacancy.save_revision().publish()
            vacancy.refresh_from_db()


class VacancyTranslationFactory(factory.django.DjangoModelFactory):
    language = "ar"
    title = "عامل تنظيف"
    description = "تساعد فريقنا."
    quality = "reviewed"

    class Meta:
        model = VacancyTranslation


EMPLOYER_PASSWORD = "geheim-wachtwoord-7"  # noqa: S105


# --- employers -------------------------------------------------------------------------------


class OrganisationFactory(factory.django.DjangoModelFactory):
    """An employer organisation; approved unless `approved_at=None` is passed."""

    name = factory.Sequence(lambda n: f"Testwerkgever {n}")
    kvk_number = factory.Sequence(lambda n: f"{70000000 + n}")
    sector = Sector.CLEANING
    place = factory.SubFactory(PlaceFactory)
    public_contact = "vragen@testwerkgever.example"
    approved_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = "employers.Organisation"


class EmployerUserFactory(factory.django.DjangoModelFactory):
    """A confirmed employer account of an organisation, password 'geheim-wachtwoord-7'."""

    username = factory.Sequence(lambda n: f"werkgever{n}@test.example")
    email = factory.SelfAttribute("username")
    password = factory.PostGenerationMethodCall("set_password", EMPLOYER_PASSWORD)

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def organisation(user, create, extracted, **kwargs):
        from employers.models import Membership

        user.save()
        if create:
            Membership.objects.create(
                user=user,
                organisation=extracted or OrganisationFactory(),
                language=kwargs.get("language", "nl"),
            )
