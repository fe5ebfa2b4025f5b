"""What a site search means: the visitor's words, in their language, over guides, vacancies,
rules, stories and events. Only Wagtail's search API is used, so the database backend and
Elasticsearch answer the same code (search/backends.py)."""

import hashlib
from dataclasses import dataclass
from functools import cached_property

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, PlainText

from home.models import (
    CheckerPage,
    ContentPage,
    EventPage,
    GuidePage,
    RuleStatement,
    SectionIndexPage,
    StoryPage,
)
from portal import versions
from portal.localization import locale_id_of
from portal.page_cache import CONTENT
from search.highlight import passage
from vacancies.models import Vacancy, VacancyIndexPage
from vacancies.presentation import reader_text
from vacancies.words import search_terms, word_base

MAX_QUERY_LENGTH = 200
COUNT_CACHE_SECONDS = 600
GUIDES, VACANCIES, RULES, STORIES, EVENTS = "guides", "vacancies", "rules", "stories", "events"
KIND_LABELS = {
    GUIDES: _("Guidance"),
    VACANCIES: _("Vacancies"),
    RULES: _("Rules"),
    STORIES: _("Success stories"),
    EVENTS: _("Events"),
}
KINDS = list(KIND_LABELS)
PAGE_TYPES = {
    GUIDES: (GuidePage, ContentPage, SectionIndexPage, CheckerPage),
    STORIES: (StoryPage,),
    EVENTS: (EventPage,),
}


def query_digest(text):
    """A short, safe cache-key part for what was typed."""
    return hashlib.sha256(text.lower().encode()).hexdigest()[:32]


def clean_query(text):
    """What was typed, trimmed: at most MAX_QUERY_LENGTH characters, spaces collapsed."""
    text = "".join(ch for ch in (text or "")[:MAX_QUERY_LENGTH] if ch.isprintable() or ch.isspace())
    return " ".join(text.split())


@dataclass
class Hit:
    kind: str
    title: str
    url: str
    passage: str
    language: str
    in_other_language: bool = False
    detail: str = ""


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
            # Newest first, as on the board: ranking every match of a common word costs more
            # than it helps when the facts decide which job fits.
            return self.search(
                Vacancy.objects.visible().order_by("-first_published_at").only("pk"),
                order_by_relevance=False,
            )
        if kind == RULES:
            return self._rules
        raise KeyError(kind)

    @cached_property
    def _rules(self):
        """Rules in the visitor's language, and Dutch ones not translated into it."""
        shown = RuleStatement.objects.exclude(status=RuleStatement.Status.EXPIRED)
        own = list(self.search(shown.filter(locale_id=self.locale.pk)))
        if self.language == settings.LANGUAGE_CODE:
            return own
        translated = set(
            RuleStatement.objects.filter(locale=self.locale).values_list(
                "translation_key", flat=True
            )
        )
        dutch = shown.filter(locale_id=locale_id_of(settings.LANGUAGE_CODE))
        fallback = [rule for rule in self.search(dutch) if rule.translation_key not in translated]
        return own + fallback

    @cached_property
    def counts(self):
        """Matches per kind. Counting is most of a search's cost, and most searches are asked
        again ("reba", "twv"), so counts are cached until any content changes or the day ends
        (when vacancies close)."""
        if self.is_empty:
            return dict.fromkeys(KINDS, 0)
        key = (
            f"search:counts:{versions.current(CONTENT)}:{timezone.localdate().isoformat()}:"
            f"{self.language}:{query_digest(self.plain_query)}"
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
        return [self._rule_hit(rule) for rule in results]

    def _page_hits(self, kind, results, request):
        pages = list(results)
        specific = {
            page.pk: page for page in Page.objects.filter(pk__in=[p.pk for p in pages]).specific()
        }
        hits = []
        for page in pages:
            page = specific.get(page.pk, page)
            text = getattr(page, "intro", "") or page.search_description or ""
            if kind == STORIES:
                text = page.quote + " " + text
            hits.append(
                Hit(
                    kind,
                    page.title,
                    page.get_url(request),
                    passage(text, self.terms),
                    settings.LANGUAGE_CODE if page.alias_of_id else self.language,
                    in_other_language=page.alias_of_id is not None,
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
                    in_other_language=not text.in_reader_language,
                    detail=vacancy.place.name,
                )
            )
        return hits

    def _rule_hit(self, rule):
        return Hit(
            RULES,
            rule.title,
            rule.source_url,
            passage(rule.text, self.terms, length=400),
            rule.locale.language_code,
            in_other_language=rule.locale_id != self.locale.pk,
        )


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
