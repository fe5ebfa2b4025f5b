import pytest

from wagtail.models import Locale

from home.models import HomePage
from tests.home.factories import ContentPageFactory
from tests.vacancies.factories import VacancyFactory, VacancyTranslationFactory


@pytest.fixture
def dutch_page(indexed):
    """A Dutch guide text with inflected words, under the Dutch home page."""

    def make():
        home = HomePage.objects.get(locale__language_code="nl")
        return ContentPageFactory(
            parent=home,
            title="Vergunning voor het werk",
            slug="vergunning-zoektest",
            intro="Werkgevers moeten de vergunning aanvragen bij het UWV.",
        )

    return indexed(make)


@pytest.fixture
def multilingual_vacancy(indexed):
    """One vacancy with its title in five languages."""

    def make():
        vacancy = VacancyFactory(title="Schoonmaker zoektest", description="Kantoren schoonmaken.")
        for language, title in [
            ("ar", "عامل تنظيف المكاتب"),
            ("fa", "نظافتچی دفتر"),
            ("ti", "ሰራሕተኛ ጽሬት ቤት ጽሕፈት"),
            ("tr", "Ofis temizlik elemanı"),
        ]:
            VacancyTranslationFactory(
                vacancy=vacancy, language=language, title=title, description=title
            )
        return vacancy

    return indexed(make)


def locale(code):
    return Locale.objects.get(language_code=code)
