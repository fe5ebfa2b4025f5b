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
from django.db.models import F, TextField, Value
from django.db.models.functions import Coalesce
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, PlainText

from core import versions
from core.cache_keys import versioned_key
from core.chrome import chrome_for
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
from vacancies.query import for_cards, text_match
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
        # The locale's id is known in memory (core.localization): no query for it.
        locale_id = locale_id_of(language)
        self.locale = Locale(pk=locale_id, language_code=language) if locale_id else None
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
            return self._pages_of(PAGE_TYPES[kind])
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
            return self._pages_of(LOCATION_PAGE_TYPES) + search_locations(self.terms)
        raise KeyError(kind)

    @cached_property
    def _pages(self):
        """The matching pages of every kind, most relevant first, from one search: a kind's
        list and count are taken from it, not searched and counted again per kind."""
        types = [model for models in PAGE_TYPES.values() for model in models]
        pages = Page.objects.live().filter(locale=self.locale).type(*types, *LOCATION_PAGE_TYPES)
        return list(self.search(pages))

    def _pages_of(self, types):
        return [
            page
            for page in self._pages
            if page.specific_class is not None and issubclass(page.specific_class, types)
        ]

    @cached_property
    def _rules(self):
        """Rules in the visitor's language, and Dutch ones not translated into it (the one
        fallback rule, core.localization): both languages in one search."""
        shown = RuleStatement.objects.exclude(status=RuleStatement.Status.EXPIRED)
        source = locale_id_of(settings.LANGUAGE_CODE)
        if self.language == settings.LANGUAGE_CODE:
            return list(self.search(shown.filter(locale_id=self.locale.pk)))
        found = list(self.search(shown.filter(locale_id__in=[self.locale.pk, source])))
        own = [rule for rule in found if rule.locale_id == self.locale.pk]
        dutch = [rule for rule in found if rule.locale_id == source]
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
        """The pages are in the reader's locale already (the search asks for it): what a hit
        shows of each - its introduction, a story's quote, an event's start, the review status -
        comes in one query, whatever their types."""
        pages = list(results)
        shown = {page.pk: page for page in hit_pages([page.pk for page in pages])}
        hits = []
        for page in pages:
            page = shown.get(page.pk, page)
            text = getattr(page, "hit_intro", "") or page.search_description or ""
            if kind == STORIES:
                text = (getattr(page, "hit_quote", "") or "") + " " + text
            hits.append(
                Hit(
                    kind,
                    page.title,
                    page.get_url(request),
                    passage(text, self.terms),
                    text_language(page),
                    status_of(page, self.language),
                    detail=getattr(page, "hit_start", "") or "",
                )
            )
        return hits

    def _vacancy_hits(self, results, request):
        vacancies = list(results)
        board_url = self._landmark_url(request, VacancyIndexPage)
        with translation.override(self.language):
            # The reader's translation joined on (vacancies/query.py).
            cards = for_cards(Vacancy.objects.filter(pk__in=[v.pk for v in vacancies]))
        full = {vacancy.pk: vacancy for vacancy in cards}
        hits = []
        for vacancy in vacancies:
            vacancy = full.get(vacancy.pk, vacancy)
            text = reader_text(vacancy, self.language)
            hits.append(
                Hit(
                    VACANCIES,
                    text.title,
                    f"{board_url}{vacancy.reference_code}/" if board_url else "",
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
        finder_url = self._landmark_url(request, LocationIndexPage)
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

    def _landmark_url(self, request, model):
        """The URL of the reader's desk finder or board: from the language's chrome
        (core/chrome.py) when there is a request, else looked up."""
        if request is not None:
            landmark = chrome_for(request, self.language).first(model)
            return landmark.url if landmark else ""
        page = model.objects.live().filter(locale=self.locale).first()
        return page.get_url() if page else ""

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
    desks = list(Location.objects.select_related("locale").order_by("pk"))
    for desk in desks:
        text_words = words(location_text(desk))
        if all(
            any(word.startswith(form) for word in text_words for form in {term, word_base(term)})
            for term in terms
        ):
            found.setdefault(desk.translation_key, desk)
    source = locale_id_of(settings.LANGUAGE_CODE)
    by_key = {desk.translation_key: desk for desk in desks if desk.locale_id == source}
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


def hit_pages(page_ids):
    """The pages with what a hit shows of them, whatever their types, in one query."""
    types = [*(model for models in PAGE_TYPES.values() for model in models), *LOCATION_PAGE_TYPES]
    intros = [
        F(f"{model._meta.model_name}__intro")
        for model in types
        if any(field.name == "intro" for field in model._meta.get_fields())
    ]
    return (
        Page.objects.filter(pk__in=page_ids)
        .select_related("translation_status")
        .annotate(
            hit_intro=Coalesce(*intros, Value(""), output_field=TextField()),
            hit_quote=F("storypage__quote"),
            hit_start=F("eventpage__start"),
        )
    )


def _count(results):
    return len(results) if isinstance(results, list) else results.count()
