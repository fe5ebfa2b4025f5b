"""VacancyQuery: what a search on the board means - text, filters, counts per filter, order.

The list page, the Atom feed, the JSON endpoint and the poster sheet all call this, so a search
gives the same vacancies everywhere, and all of them start from `Vacancy.objects.visible()`.
"""

import hashlib
import json
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import connection
from django.db.models import BooleanField, Count, Prefetch, Q
from django.db.models.expressions import RawSQL
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language

from wagtail.signals import published, unpublished

from portal import versions
from portal.public_changes import changes_public_content
from vacancies.models.vacancy import Place, Vacancy, VacancyTranslation, today
from vacancies.search_text import fact_tokens_for
from vacancies.words import search_terms, term_stem, word_base

MAX_QUERY_LENGTH = 200
FACET_CACHE_SECONDS = 600

# Must match the index expression in migrations/0002_search_text_index.py.
TEXT_MATCH_SQL = (
    "to_tsvector('dutch'::regconfig, vacancies_vacancy.search_text)"
    " @@ to_tsquery('dutch'::regconfig, %s)"
)


def term_variants(term):
    """The word as typed, without a Dutch suffix, and its base (without the Arabic article):
    search_text holds the bases too (search_text.py), so either spelling finds the other."""
    return sorted({term, term_stem(term), word_base(term)})


# Whether a word is one of PostgreSQL's Dutch stop words, per word, for the life of the process.
_stop_words = {}
MAX_REMEMBERED_WORDS = 10_000


def dutch_stop_words(terms):
    """The terms PostgreSQL's Dutch configuration drops ("met", "de", "een")."""
    unknown = [term for term in terms if term not in _stop_words]
    if unknown:
        if len(_stop_words) > MAX_REMEMBERED_WORDS:
            _stop_words.clear()
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT word, ts_lexize('dutch_stem', word) = '{}' FROM unnest(%s::text[]) word",
                [unknown],
            )
            _stop_words.update((word, bool(is_stop)) for word, is_stop in cursor.fetchall())
    return {term for term in terms if _stop_words.get(term)}


def text_match(queryset, text):
    """Vacancies that have every word of `text` in their text (source or a translation, the
    place and its azc) or in the name of one of their coded facts in any portal language."""
    terms = search_terms(text)
    if not terms:
        return queryset
    facts = {term: fact_tokens_for(term) for term in terms}
    if connection.vendor == "postgresql":
        # A stop word is dropped from the text query; its facts must go with it, or "werk met
        # mensen" would keep only "Metaal en techniek".
        stop = dutch_stop_words([term for term in terms if facts[term]])
        # Words are \w+ only, so nothing in them is tsquery syntax; each may end a longer word.
        tsquery = " & ".join(
            "("
            + " | ".join(
                [f"{variant}:*" for variant in term_variants(term)]
                + ([] if term in stop else facts[term])
            )
            + ")"
            for term in terms
        )
        # The SQL is a constant; the words go in as a query parameter.
        match = RawSQL(TEXT_MATCH_SQL, [tsquery], output_field=BooleanField())  # noqa: S611
        return queryset.filter(match)
    # Other databases (the embedded SQLite demo): substring match on a shortened stem, with a
    # doubled vowel undone (schoonmaak -> schoonma, which schoonmaker contains too).
    for term in terms:
        stem = word_base(term)
        condition = Q(search_text__icontains=stem[:-1] if len(stem) >= 5 else stem)
        for token in facts[term]:
            condition |= Q(search_text__icontains=token)
        queryset = queryset.filter(condition)
    return queryset


@dataclass
class Facet:
    """One filter of the board: its options and the condition each option stands for."""

    name: str
    options: list = field(default_factory=list)  # [(value, label)]

    def condition(self, value):
        raise NotImplementedError


class FieldFacet(Facet):
    def __init__(self, name, options, lookup):
        super().__init__(name, options)
        self.lookup = lookup

    def condition(self, value):
        return Q(**{self.lookup: value})


class ShiftFacet(Facet):
    def condition(self, value):
        return Q(**{f"shift_{value}": True})


class FlagFacet(Facet):
    """A yes/no fact: ticking it keeps only vacancies that offer it."""

    def __init__(self, name, label):
        super().__init__(name, [("1", label)])

    def condition(self, value):
        return Q(**{self.name: True})


def board_places():
    """All places, from the cache while the board is unchanged (one query saved per search)."""
    key = f"vacancies:places:{board_version()}"
    places = cache.get(key)
    if places is None:
        places = list(Place.objects.all())
        cache.set(key, places, FACET_CACHE_SECONDS)
    return places


def places_near(azc_place, km, places):
    """Ids of places within `km` of an azc place. Places are few; distances are in Python."""
    return [place.pk for place in places if azc_place.distance_km(place) <= km]


@dataclass
class VacancyQuery:
    """A search of the board. `filters` holds valid values only (see forms.VacancySearchForm)."""

    text: str = ""
    filters: dict = field(default_factory=dict)
    near: Place | None = None
    km: int | None = None
    order: str = "newest"
    facets: list = field(default_factory=list)
    places: list = field(default_factory=list)

    ORDERS = {"newest": ("-first_published_at", "-pk"), "closing": ("closing_date", "-pk")}

    def base(self):
        """Visible vacancies matching the text and the distance: what the facets count within."""
        queryset = Vacancy.objects.visible()
        if self.near is not None and self.km:
            queryset = queryset.filter(
                place_id__in=places_near(self.near, self.km, self.places or Place.objects.all())
            )
        return text_match(queryset, self.text)

    def condition(self, except_facet=None):
        condition = Q()
        for facet in self.facets:
            value = self.filters.get(facet.name)
            if facet is not except_facet and value not in (None, ""):
                condition &= facet.condition(value)
        return condition

    def results(self):
        """The matching vacancies in the chosen order, with what a list card shows."""
        return for_cards(self.base().filter(self.condition())).order_by(
            *self.ORDERS.get(self.order, self.ORDERS["newest"])
        )

    def counts(self):
        """{"total": n, facet name: {value: n}} in one query, cached until a vacancy changes.

        Each option counts what the board would show if it were chosen together with the other
        filters (its own facet's current choice replaced by it).
        """
        key = self.cache_key()
        counts = cache.get(key)
        if counts is None:
            counts = self._count()
            cache.set(key, counts, FACET_CACHE_SECONDS)
        return counts

    def _count(self):
        aggregates = {"total": _count_where(self.condition())}
        labels = {}
        for facet_number, facet in enumerate(self.facets):
            others = self.condition(except_facet=facet)
            for option_number, (value, _label) in enumerate(facet.options):
                alias = f"f{facet_number}_{option_number}"
                labels[alias] = (facet.name, value)
                aggregates[alias] = _count_where(others & facet.condition(value))
        row = self.base().aggregate(**aggregates)
        counts = {"total": row["total"]}
        for alias, (name, value) in labels.items():
            counts.setdefault(name, {})[str(value)] = row[alias]
        return counts

    def cache_key(self):
        state = {
            "text": " ".join(search_terms(self.text)),
            "filters": {name: str(value) for name, value in sorted(self.filters.items()) if value},
            "near": self.near.pk if self.near else None,
            "km": self.km,
            "facets": [facet.name for facet in self.facets],
            "day": today().isoformat(),
            "version": board_version(),
        }
        digest = hashlib.sha256(json.dumps(state, sort_keys=True).encode()).hexdigest()[:32]
        return f"vacancies:counts:{digest}"


def for_cards(vacancies):
    """What a card shows, fetched together: the place and the text in the reader's language."""
    return vacancies.select_related("place").prefetch_related(
        Prefetch(
            "translations",
            queryset=VacancyTranslation.objects.filter(language=get_language()),
            to_attr="reader_translations",
        )
    )


def _count_where(condition):
    return Count("pk", filter=condition) if condition else Count("pk")


# The board changes when a vacancy or place is saved, published, unpublished or deleted; the
# version in every cached count's key moves on, so stale counts are never read again.
BOARD = "vacancy-board"


def board_version():
    return versions.current(BOARD)


def board_changed(**kwargs):
    versions.bump(BOARD)


def board_row_changed(sender, **kwargs):
    # A draft or an unpublished edit counts nowhere on the board.
    if changes_public_content(sender, **kwargs):
        versions.bump(BOARD)


for signal in (post_save, post_delete):
    for model in (Vacancy, Place, VacancyTranslation):
        signal.connect(
            board_row_changed,
            sender=model,
            dispatch_uid=f"board_changed_{id(signal)}_{model.__name__}",
        )
published.connect(board_changed, sender=Vacancy, dispatch_uid="vacancies_published")
unpublished.connect(board_changed, sender=Vacancy, dispatch_uid="vacancies_unpublished")
