"""Factories of the editorial pages (pass `parent=` to build()/create()), and `build_site`: the
page skeleton a page test needs, without loading the demo."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

import factory
import wagtail_factories

from django.conf import settings
from django.utils import timezone

from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from core import languages
from home.models import (
    ContentPage,
    EventPage,
    GuidePage,
    HomePage,
    MinimumWage,
    SectionIndexPage,
    StoryPage,
)
from vacancies.models import VacancyIndexPage


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


class SectionIndexPageFactory(wagtail_factories.PageFactory):
    """A section for one audience (`audience="employers"` or "residents")."""

    title = factory.Sequence(lambda n: f"Sectie {n}")
    intro = "Wat u hier vindt."
    audience = "residents"

    class Meta:
        model = SectionIndexPage


class GuidePageFactory(wagtail_factories.PageFactory):
    """A guide; pass `body=[("contact", None), ...]` for other blocks than one paragraph."""

    title = factory.Sequence(lambda n: f"Handleiding {n}")
    intro = "Wat u hier leert."
    body = factory.LazyFunction(lambda: [("text", RichText("<p>De tekst van de gids.</p>"))])

    class Meta:
        model = GuidePage


class VacancyIndexPageFactory(wagtail_factories.PageFactory):
    title = "Vacatures"
    slug = "vacatures"

    class Meta:
        model = VacancyIndexPage


class StoryPageFactory(wagtail_factories.PageFactory):
    """A published success story with consent and a photo; pass `parent=` a story overview."""

    title = factory.Sequence(lambda n: f"Succesverhaal {n}")
    quote = "Ik werk nu elke week."
    quote_by = "Samir, kok"
    body = "<p>Hoe het begon en wat hielp.</p>"
    sector = "horeca"
    place = "Assen"
    image = factory.SubFactory(wagtail_factories.ImageFactory)
    image_alt = "Een kok in een keuken."
    consent_recorded = True
    consent_date = factory.LazyFunction(lambda: datetime.date(2024, 1, 15))

    class Meta:
        model = StoryPage


class EventPageFactory(wagtail_factories.PageFactory):
    """A published event some days ahead; pass `parent=` an event overview."""

    title = factory.Sequence(lambda n: f"Bijeenkomst {n}")
    kind = EventPage.Kind.INFORMATION
    intro = "Wat er gebeurt en voor wie."
    start = factory.Sequence(lambda n: timezone.now() + datetime.timedelta(days=10 + n, hours=2))
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=2))
    address = "Stationsplein 1, Assen"
    registration = "<p>Aanmelden is niet nodig.</p>"

    class Meta:
        model = EventPage


class MinimumWageFactory(factory.django.DjangoModelFactory):
    """A minimum wage row. The amount is test data: the portal's sources give none."""

    amount_per_hour = Decimal("10.00")
    valid_from = factory.LazyFunction(lambda: datetime.date(2020, 1, 1))
    source_url = "https://www.rijksoverheid.example/minimumloon"

    class Meta:
        model = MinimumWage


@dataclass
class SiteSkeleton:
    """What build_site made: the default Site and, per language code, its home and board."""

    site: Site
    homes: dict
    boards: dict

    @property
    def home(self):
        return self.homes[settings.LANGUAGE_CODE]

    @property
    def board(self):
        return self.boards[settings.LANGUAGE_CODE]


def build_site():
    """The default Site rooted at a Dutch HomePage with its vacancy board, both translated into
    every portal language (published translations, one translation key per page).

    Enough for a page test: /nl/, /ar/, /en/vacatures/ ... answer. The Site is pointed at the new
    home page, so it also works where other pages (the demo's) already exist.
    """
    source = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    home = HomePageFactory(parent=Page.get_first_root_node(), locale=source)
    site = Site.objects.filter(is_default_site=True).first() or Site(
        hostname="localhost", port=80, is_default_site=True
    )
    site.root_page = home
    site.save()
    board = VacancyIndexPageFactory(parent=home, locale=source)
    homes, boards = {source.language_code: home}, {source.language_code: board}
    for code in languages.language_codes():
        if code != source.language_code:
            locale = Locale.objects.get(language_code=code)
            homes[code] = _published_translation(home, locale)
            boards[code] = _published_translation(board, locale)
    return SiteSkeleton(site=site, homes=homes, boards=boards)


def _published_translation(page, locale):
    """`page` copied into `locale` and published; an alias made on creation is replaced."""
    existing = page.get_translation_or_none(locale)
    if existing is not None and existing.alias_of_id is None:
        return existing.specific
    if existing is not None:
        existing.delete()
    translation = page.copy_for_translation(locale)
    translation.title = f"{page.title} ({locale.language_code})"
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation.specific
