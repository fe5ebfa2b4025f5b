"""Sitemap sections: every live page, and every open vacancy in every portal language."""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.utils.translation import get_language

from wagtail.contrib.sitemaps.sitemap_generator import Sitemap as WagtailSitemap
from wagtail.models import Page

from vacancies.models import Vacancy, VacancyIndexPage


class PageSitemap(WagtailSitemap):
    """Live public pages in all locales (the Wagtail default only walks the Dutch tree)."""

    def items(self):
        return (
            Page.objects.live()
            .public()
            .filter(depth__gt=1)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )


class VacancySitemap(Sitemap):
    """One URL per open vacancy and language, each listing its other languages (hreflang)."""

    i18n = True
    alternates = True
    x_default = True
    languages = [code for code, _name in settings.LANGUAGES]
    limit = 5000

    def __init__(self):
        self._board_urls = None

    def board_urls(self):
        if self._board_urls is None:
            self._board_urls = {
                board.locale.language_code: board.url
                for board in VacancyIndexPage.objects.live().select_related("locale")
            }
        return self._board_urls

    def items(self):
        return Vacancy.objects.visible().only("reference_code", "last_published_at").order_by("pk")

    def location(self, vacancy):
        urls = self.board_urls()
        board_url = urls.get(get_language()) or urls.get(settings.LANGUAGE_CODE, "/")
        return f"{board_url}{vacancy.reference_code}/"

    def lastmod(self, vacancy):
        return vacancy.last_published_at


def sitemaps_for(request):
    return {"pages": PageSitemap(request), "vacancies": VacancySitemap()}


def sitemap_index(request):
    return sitemap_views.index(request, sitemaps_for(request), sitemap_url_name="sitemap_section")


def sitemap_section(request, section):
    return sitemap_views.sitemap(request, sitemaps_for(request), section=section)
