"""VacancyQuery: the list and the counts per option of a search on the board, as the FilterSet
(filters.py) describes it; and the parts of a search that need SQL or the cache (text match,
places, the board's version).

The list page, the Atom feed, the JSON endpoint and the poster sheet all call this, so a search
gives the same vacancies everywhere, and all of them start from `Vacancy.objects.visible()`.
"""

import json

from django.core.cache import cache
from django.db import connection
from django.db.models import BooleanField, Count, Prefetch, Q
from django.db.models.expressions import RawSQL
from django.utils.translation import get_language

from core import versions
from core.cache_keys import versioned_key
from vacancies.models.vacancy import Place, VacancyTranslation
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


def is_chosen(value):
    """Whether a filter's cleaned value chooses something (an unticked box does not)."""
    return value not in (None, "", [], (), {}, False)


def board_places():
    """All places, from the cache while the board is unchanged (one query saved per search)."""
    key = versioned_key("vacancies:places", depends_on=BOARD_SHOWS)
    places = cache.get(key)
    if places is None:
        places = list(Place.objects.all())
        cache.set(key, places, FACET_CACHE_SECONDS)
    return places


def places_near(azc_place, km, places):
    """Ids of places within `km` of an azc place. Places are few; distances are in Python."""
    return [place.pk for place in places if azc_place.distance_km(place) <= km]


class VacancyQuery:
    """The list and the counts of a search that a FilterSet (filters.VacancyFilterSet) describes.

    The FilterSet's filters narrow the list in turn; its facets are counted too. Each option
    counts what the board would show if it were chosen together with the other choices (its own
    facet's current choice replaced by it), all in one query over what the other filters keep.
    """

    def __init__(self, filterset):
        self.filterset = filterset

    def results(self):
        """The matching vacancies in the chosen order, with what a list card shows."""
        return for_cards(self.filterset.qs)

    def counts(self):
        """{"total": n, facet name: {value: n}} in one query, cached until a vacancy changes."""
        key = self.cache_key()
        counts = cache.get(key)
        if counts is None:
            counts = self._count()
            cache.set(key, counts, FACET_CACHE_SECONDS)
        return counts

    def _count(self):
        facets = self.filterset.facets()
        values = self.filterset.values()
        chosen = {
            name: facet.condition(values[name])
            for name, facet in facets.items()
            if is_chosen(values.get(name))
        }

        def all_but(skipped):
            condition = Q()
            for name, condition_of_name in chosen.items():
                if name != skipped:
                    condition &= condition_of_name
            return condition

        aggregates = {"total": _count_where(all_but(None))}
        labels = {}
        for facet_number, (name, facet) in enumerate(facets.items()):
            others = all_but(name)
            for option_number, (value, _label) in enumerate(facet.options()):
                alias = f"f{facet_number}_{option_number}"
                labels[alias] = (name, value)
                aggregates[alias] = _count_where(others & facet.condition(value))
        row = self.filterset.filtered(skip=facets).aggregate(**aggregates)
        counts = {"total": row["total"]}
        for alias, (name, value) in labels.items():
            counts.setdefault(name, {})[str(value)] = row[alias]
        return counts

    def cache_key(self):
        state = {"search": self.filterset.search_key(), "facets": list(self.filterset.facets())}
        search = json.dumps(state, sort_keys=True)
        return versioned_key("vacancies:counts", search, depends_on=BOARD_SHOWS, daily=True)


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


# The board's version moves on when a vacancy or its translation changes in public
# (vacancies/cache.py), SHARED when a place does (core/invalidation.py); cached counts and
# places carry both in their key.
BOARD = versions.BOARD
BOARD_SHOWS = (versions.SHARED, BOARD)


def board_version():
    return versions.current(BOARD)


def board_changed(**kwargs):
    versions.changed(BOARD)
