"""The board's sitemap section: every open vacancy in every portal language (the index and
the pages' section are core/sitemaps.py)."""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.utils.translation import get_language

from vacancies.models import Vacancy, VacancyIndexPage


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
