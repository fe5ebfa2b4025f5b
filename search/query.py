"""What a site search means: the visitor's words, in their language, over guides, the desks
where residents get help, vacancies, rules, stories and events. Pages and rules go through
Wagtail's search API only, so the database backend and Elasticsearch answer the same code
(search/backends.py); vacancies are found by the board's own text search (vacancies/query.py),
so both list the same vacancies for the same words; the desks are a short list, matched here
word by word."""

from dataclasses import dataclass
from functools import cached_property

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, PlainText

from core import versions
from core.cache_keys import versioned_key
from core.localization import (
    UNTRANSLATED,
    locale_id_of,
    localize_many,
    status_of,
    text_language,
)
from home.models import (
    CheckerPage,
    ContentPage,
    EventIndexPage,
    EventPage,
    GuidePage,
    Location,
    LocationIndexPage,
    RuleStatement,
    SectionIndexPage,
    StoryPage,
)
from home.models.snippets import served_names
from search.highlight import passage
from vacancies.models import Vacancy, VacancyIndexPage
from vacancies.presentation import reader_text
from vacancies.query import text_match
from vacancies.words import fold, search_terms, word_base, words

MAX_QUERY_LENGTH = 200
COUNT_CACHE_SECONDS = 600
GUIDES, VACANCIES, RULES, STORIES, EVENTS = "guides", "vacancies", "rules", "stories", "events"
LOCATIONS = "locations"
KIND_LABELS = {
    GUIDES: _("Guidance"),
    LOCATIONS: _("Where to get help"),
    VACANCIES: _("Vacancies"),
    RULES: _("Rules"),
    STORIES: _("Success stories"),
    EVENTS: _("Events"),
}
KINDS = list(KIND_LABELS)
PAGE_TYPES = {
    GUIDES: (GuidePage, ContentPage, SectionIndexPage, CheckerPage),
    STORIES: (StoryPage,),
    EVENTS: (EventPage, EventIndexPage),
}
# The desk finder is found as a page; the desks on it are matched by search_locations.
LOCATION_PAGE_TYPES = (LocationIndexPage,)
# What search finds: pages (PAGES), vacancies (BOARD), rules and desks (snippets: SHARED).
# Cached counts, suggestions and results are keyed on these (core/cache_keys.py).
SEARCH_SHOWS = (versions.SHARED, versions.PAGES, versions.BOARD)


def clean_query(text):
    """What was typed, trimmed: at most MAX_QUERY_LENGTH characters, spaces collapsed.

    Persian writes a zero-width non-joiner inside words (هتل‌داری); the text index splits
    words there, so the query does too, instead of gluing the parts together."""
    text = (text or "")[:MAX_QUERY_LENGTH].replace("\u200c", " ").replace("\u200d", " ")
    text = "".join(ch for ch in text if ch.isprintable() or ch.isspace())
    return " ".join(text.split())


@dataclass
class Hit:
    kind: str
    title: str
    url: str
    passage: str
    language: str  # the language the title and passage are written in
    status: str = ""  # a core.localization status
    detail: str = ""
    detail_language: str = ""  # set when the detail is not in the reader's language

    @property
    def in_other_language(self):
        return self.status == UNTRANSLATED


class SiteSearch:
    def __init__(self, text, language):
        self.text = clean_query(text)
        self.terms = search_terms(self.text)
        self.language = language
        self.locale = Locale.objects.filter(language_code=language).first()
        self._results = {}

    @property
    def wagtail_query(self):
        """Every word must match, as typed or as its base form (schoonmaak / schoonmak).

        Words only: punctuation, quotes and operators are never search syntax here."""
        parts = []
        for term in self.terms:
            base = word_base(term)
            parts.append(
                Or([PlainText(term), PlainText(base)]) if base != term else PlainText(term)
            )
        return parts[0] if len(parts) == 1 else And(parts)

    @property
    def plain_query(self):
        return " ".join(self.terms)

    def search(self, queryset, **options):
        return get_search_backend().search(self.wagtail_query, queryset, **options)

    def autocomplete(self, queryset, **options):
        return get_search_backend().autocomplete(
            self.plain_query, queryset, operator="and", **options
        )

    @property
    def is_empty(self):
        return not self.terms or self.locale is None

    # --- result sets, per kind, lazy ------------------------------------------------------

    def results(self, kind):
        """The matches of one kind; the same object each time, so its count is made once."""
        if kind not in self._results:
            self._results[kind] = self._search_kind(kind)
        return self._results[kind]

    def _search_kind(self, kind):
        if self.is_empty:
            return []
        if kind in PAGE_TYPES:
            pages = Page.objects.live().filter(locale=self.locale).type(*PAGE_TYPES[kind])
            return self.search(pages)
        if kind == VACANCIES:
            # The board's own text search (vacancies/query.py), newest first as on the board:
            # the tab lists what the board lists for the same words, on every engine. It reads
            # the GIN index on the vacancies' compact search text in every script; through
            # Wagtail's index, counting the matches of a common word meant reading thousands of
            # wide index rows and every open vacancy (over 100 ms at 100,000 vacancies).
            found = text_match(Vacancy.objects.visible(), self.text)
            return found.order_by("-first_published_at", "-pk").only("pk")
        if kind == RULES:
            return self._rules
        if kind == LOCATIONS:
            pages = Page.objects.live().filter(locale=self.locale).type(*LOCATION_PAGE_TYPES)
            return list(self.search(pages)) + search_locations(self.terms)
        raise KeyError(kind)

    @cached_property
    def _rules(self):
        """Rules in the visitor's language, and Dutch ones not translated into it (the one
        fallback rule, core.localization)."""
        shown = RuleStatement.objects.exclude(status=RuleStatement.Status.EXPIRED)
        own = list(self.search(shown.filter(locale_id=self.locale.pk)))
        if self.language == settings.LANGUAGE_CODE:
            return own
        dutch = list(self.search(shown.filter(locale_id=locale_id_of(settings.LANGUAGE_CODE))))
        fallback = [
            item.obj for item in localize_many(dutch, self.language) if not item.in_reader_language
        ]
        return own + fallback

    @cached_property
    def counts(self):
        """Matches per kind. Counting is most of a search's cost, and most searches are asked
        again ("reba", "twv"), so counts are cached until any content changes or the day ends
        (when vacancies close)."""
        if self.is_empty:
            return dict.fromkeys(KINDS, 0)
        key = versioned_key(
            "search:counts",
            self.language,
            self.plain_query.lower(),
            depends_on=SEARCH_SHOWS,
            daily=True,
        )
        counts = cache.get(key)
        if counts is None:
            counts = {kind: _count(self.results(kind)) for kind in KINDS}
            cache.set(key, counts, COUNT_CACHE_SECONDS)
        return counts

    def counted(self, kind):
        """The matches of one kind for a Paginator, which then uses the cached count instead
        of counting again."""
        return CountedResults(self.results(kind), self.counts[kind])

    @property
    def total(self):
        return sum(self.counts.values())

    # --- what a result shows ----------------------------------------------------------------

    def hits(self, kind, results, request=None):
        if kind in PAGE_TYPES:
            return self._page_hits(kind, results, request)
        if kind == VACANCIES:
            return self._vacancy_hits(results, request)
        if kind == LOCATIONS:
            pages = [item for item in results if isinstance(item, Page)]
            desks = [item for item in results if isinstance(item, Location)]
            return self._page_hits(kind, pages, request) + self._location_hits(desks, request)
        return [self._rule_hit(rule) for rule in results]

    def _page_hits(self, kind, results, request):
        pages = list(results)
        specific = {
            page.pk: page for page in Page.objects.filter(pk__in=[p.pk for p in pages]).specific()
        }
        shown = localize_many([specific.get(page.pk, page) for page in pages], self.language)
        hits = []
        for item in shown:
            page = item.obj
            text = getattr(page, "intro", "") or page.search_description or ""
            if kind == STORIES:
                text = page.quote + " " + text
            hits.append(
                Hit(
                    kind,
                    page.title,
                    page.get_url(request),
                    passage(text, self.terms),
                    item.language,
                    item.status,
                    detail=getattr(page, "start", "") or "",
                )
            )
        return hits

    def _vacancy_hits(self, results, request):
        vacancies = list(results)
        board = VacancyIndexPage.in_locale(self.locale.pk) if self.locale else None
        full = {
            vacancy.pk: vacancy
            for vacancy in Vacancy.objects.filter(pk__in=[v.pk for v in vacancies])
            .select_related("place")
            .prefetch_related("translations")
        }
        hits = []
        for vacancy in vacancies:
            vacancy = full.get(vacancy.pk, vacancy)
            text = reader_text(vacancy, self.language)
            hits.append(
                Hit(
                    VACANCIES,
                    text.title,
                    board.vacancy_url(vacancy, request) if board else "",
                    passage(text.description, self.terms),
                    text.language,
                    text.status,
                    detail=vacancy.place.name,
                    detail_language=settings.LANGUAGE_CODE,
                )
            )
        return hits

    def _location_hits(self, desks, request):
        """Each desk in the reader's language, linked to its place on the desk finder."""
        finder = LocationIndexPage.objects.live().filter(locale=self.locale).first()
        finder_url = finder.get_url(request) if finder else ""
        hits = []
        for item in localize_many(desks, self.language):
            desk = item.obj
            address = ", ".join(
                part for part in (desk.street, f"{desk.postcode} {desk.city}".strip()) if part
            )
            served = ", ".join(served_names(desk.serves))
            hits.append(
                Hit(
                    LOCATIONS,
                    desk.name,
                    f"{finder_url}#location-{desk.pk}" if finder_url else "",
                    passage(served, self.terms),
                    item.language,
                    item.status,
                    detail=address,
                    detail_language=settings.LANGUAGE_CODE,
                )
            )
        return hits

    def _rule_hit(self, rule):
        return Hit(
            RULES,
            rule.title,
            rule.source_url,
            passage(rule.text, self.terms, length=400),
            text_language(rule),
            status_of(rule, self.language),
        )


def location_text(desk):
    """What a desk is found by: its name, kind, address and the azc's and places it serves."""
    return fold(
        " ".join(
            [desk.name, desk.get_kind_display(), desk.street, desk.postcode, desk.city]
            + served_names(desk.serves)
        )
    )


def search_locations(terms):
    """The desks (Dutch source rows) whose text, in any language, has every word searched for
    at the start of one of its words. Desks are a few dozen rows: matched in Python, which
    treats every script alike on every database."""
    if not terms:
        return []
    found = {}
    for desk in Location.objects.select_related("locale").order_by("pk"):
        text_words = words(location_text(desk))
        if all(
            any(word.startswith(form) for word in text_words for form in {term, word_base(term)})
            for term in terms
        ):
            found.setdefault(desk.translation_key, desk)
    sources = Location.objects.filter(
        translation_key__in=found, locale_id=locale_id_of(settings.LANGUAGE_CODE)
    )
    by_key = {desk.translation_key: desk for desk in sources}
    return [by_key.get(key, desk) for key, desk in found.items()]


class CountedResults:
    def __init__(self, results, count):
        self.results = results
        self._count = count

    def count(self):
        return self._count

    def __len__(self):
        return self._count

    def __getitem__(self, key):
        return self.results[key]


def _count(results):
    return len(results) if isinstance(results, list) else results.count()
