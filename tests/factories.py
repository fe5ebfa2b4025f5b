"""Factories for the portal's pages. Pages need a parent: pass `parent=` to build()/create()."""

import factory
import wagtail_factories

from wagtail.models import Locale

from home.models import ContentPage, HomePage


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
