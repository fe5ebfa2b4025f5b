from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path

from core import page_cache, sharing, versions
from home.models.pages import OverviewPage
from vacancies import views


class VacancyIndexPage(RoutablePageMixin, OverviewPage):
    """The vacancy board in one language: list and search, detail pages, posters and feeds.

    Vacancies are not pages (one row serves every language); this page shows them under its
    own URL: /nl/vacatures/, /nl/vacatures/K7M4TX/, /ar/vacatures/K7M4TX/poster/ ...
    """

    subpage_types = []
    max_count_per_parent = 1
    # The home page, the desk finder's links and the search link to it (core/chrome.py).
    landmark_fields = ()

    class Meta:
        verbose_name = _("vacancy board")
        verbose_name_plural = _("vacancy boards")

    # Each route declares what it shows to the page cache (core/page_cache.py): the lists
    # the board, a vacancy's pages that vacancy alone (vacancies/cache.py).
    @path("")
    def board(self, request):
        page_cache.depends_on(request, versions.BOARD)
        return views.board(self, request)

    @path("feed/", name="feed")
    def feed(self, request):
        page_cache.depends_on(request, versions.BOARD)
        return views.atom_feed(self, request)

    @path("api/", name="api")
    def api(self, request):
        page_cache.depends_on(request, versions.BOARD)
        return views.json_list(self, request)

    @path("posters/", name="posters")
    def posters(self, request):
        page_cache.depends_on(request, versions.BOARD)
        return views.poster_sheet(self, request)

    @re_path(r"^(?P<code>[A-Za-z0-9]{6})/$", name="vacancy")
    def vacancy(self, request, code):
        page_cache.depends_on(request, versions.vacancy_namespace(code))
        return views.detail(self, request, code)

    @re_path(r"^(?P<code>[A-Za-z0-9]{6})/poster/$", name="poster")
    def poster(self, request, code):
        page_cache.depends_on(request, versions.vacancy_namespace(code))
        return views.poster(self, request, code)

    def get_meta_description(self):
        """The editor's search description, else what the board is, in the reader's language."""
        if self.search_description and sharing.in_reader_language(self):
            return self.search_description
        return gettext(
            "Vacancies for residents of an azc, with the facts in your language. Respond "
            "through the Job Office or directly to the employer."
        )

    @classmethod
    def in_locale(cls, locale_id):
        """The live board of a language, or None."""
        return cls.objects.live().filter(locale_id=locale_id).first()

    def vacancy_url(self, vacancy, request=None):
        return self.get_url(request) + vacancy.reference_code + "/"

    def get_sitemap_urls(self, request=None):
        # The board itself; the vacancies have their own sitemap section (vacancies/sitemaps.py).
        return super().get_sitemap_urls(request)
