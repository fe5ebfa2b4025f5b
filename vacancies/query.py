"""VacancyQuery: the list and the counts per option of a search on the board, as the FilterSet
(filters.py) describes it; and the parts of a search that need SQL or the cache (text match,
places, the board's version).

The list page, the Atom feed, the JSON endpoint and the poster sheet all call this, so a search
gives the same vacancies everywhere, and all of them start from `Vacancy.objects.visible()`.
"""

import json
import operator
from functools import reduce

from django.core.cache import cache
from django.db import connection, connections
from django.db.models import BooleanField, F, FilteredRelation, Q, Value
from django.db.models.expressions import RawSQL
from django.utils.translation import get_language

from core import versions
from core.cache_keys import versioned_key
from vacancies.models.vacancy import Place, Vacancy
from vacancies.search_text import fact_tokens_for
from vacancies.summary import summary_counts
from vacancies.words import search_terms, term_stem, word_base

MAX_QUERY_LENGTH = 200
FACET_CACHE_SECONDS = 600

# The stored to_tsvector('dutch', search_text), which the GIN index covers
# (migrations/0006_stored_search_vector.py): a row checked outside the index is not parsed again.
TEXT_VECTOR_SQL = "vacancies_vacancy.search_vector"
TERM_SQL = "to_tsquery('dutch'::regconfig, %s)"
# A Dutch stop word ("met", "de", "een") is dropped from the text query; its facts must go with
# it, or "werk met mensen" would keep only "Metaal en techniek". Whether it is one is asked in
# the same statement: every function here is immutable, so PostgreSQL folds the whole query to
# a constant when it plans (the index and its statistics see the words), and a search is one
# statement, not a look-up and then a statement.
TERM_WITH_FACTS_SQL = (
    "(CASE WHEN ts_lexize('dutch_stem'::regdictionary, %s) = '{}'::text[]"
    f" THEN {TERM_SQL} ELSE {TERM_SQL} END)"
)


def term_variants(term):
    """The word as typed, without a Dutch suffix, and its base (without the Arabic article):
    search_text holds the bases too (search_text.py), so either spelling finds the other."""
    return sorted({term, term_stem(term), word_base(term)})


def text_condition(terms):
    """The SQL condition and its parameters for vacancies that have every one of `terms`."""
    parts, params = [], []
    for term in terms:
        # Words are \w+ only, so nothing in them is tsquery syntax; each may end a longer word.
        words_only = "(" + " | ".join(f"{variant}:*" for variant in term_variants(term)) + ")"
        facts = fact_tokens_for(term)
        if facts:
            with_facts = words_only[:-1] + " | " + " | ".join(facts) + ")"
            parts.append(TERM_WITH_FACTS_SQL)
            params += [term, words_only, with_facts]
        else:
            parts.append(TERM_SQL)
            params.append(words_only)
    return f"{TEXT_VECTOR_SQL} @@ ({' && '.join(parts)})", params


def text_match(queryset, text):
    """Vacancies that have every word of `text` in their text (source or a translation, the
    place and its azc) or in the name of one of their coded facts in any portal language."""
    terms = search_terms(text)
    if not terms:
        return queryset
    if connection.vendor == "postgresql":
        sql, params = text_condition(terms)
        # The SQL is built from constants; the words go in as query parameters.
        return queryset.filter(RawSQL(sql, params, output_field=BooleanField()))  # noqa: S611
    # Other databases (the embedded SQLite demo): substring match on a shortened stem, with a
    # doubled vowel undone (schoonmaak -> schoonma, which schoonmaker contains too).
    for term in terms:
        stem = word_base(term)
        condition = Q(search_text__icontains=stem[:-1] if len(stem) >= 5 else stem)
        for token in fact_tokens_for(term):
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
        """{"total": n, facet name: {value: n}}. With nothing chosen, from the board's summary
        (summary.py); a search is counted in one statement, cached until a vacancy changes."""
        if self.filterset.whole_board and not self.filterset.search_key():
            return summary_counts(self.filterset.facets(), self.filterset.day, self.facet_counts)
        key = self.cache_key()
        counts = cache.get(key)
        if counts is None:
            counts = self.facet_counts()
            cache.set(key, counts, FACET_CACHE_SECONDS)
        return counts

    def facet_counts(self):
        """The total and every option's count, in one statement: COUNT(*) FILTER (WHERE ...)
        per option, over what the filters that are not facets keep (text, distance).

        The statement has some seventy counts. Each option's condition is the same SQL on
        every request, so it is compiled once per process (condition_sql) and the statement is
        put together from those pieces: building it through the ORM took longer than
        PostgreSQL takes to run it."""
        facets = self.filterset.facets()
        values = self.filterset.values()
        chosen = {name: values[name] for name in facets if is_chosen(values.get(name))}

        def all_but(skipped):
            """The choices, as (facet name, value), without the one of facet `skipped`."""
            return [(name, value) for name, value in chosen.items() if name != skipped]

        def meets(choices):
            return reduce(operator.and_, (facets[name].condition(value) for name, value in choices))

        counted = [("total", all_but(None))]
        labels = {}
        for facet_number, (name, facet) in enumerate(facets.items()):
            others = all_but(name)
            for option_number, (value, _label) in enumerate(facet.options()):
                alias = f"f{facet_number}_{option_number}"
                labels[alias] = (name, value)
                counted.append((alias, [*others, (name, value)]))
        vacancies = self.filterset.filtered(skip=facets).order_by()
        if len(chosen) > 1:
            # Only a vacancy that meets all choices but at most one can count anywhere: leave
            # the others out before the many FILTER clauses are tried on each row.
            vacancies = vacancies.filter(
                reduce(operator.or_, (meets(all_but(name)) for name in chosen))
            )
        row = _count_each(vacancies, facets, counted)
        counts = {"total": row["total"]}
        for alias, (name, value) in labels.items():
            counts.setdefault(name, {})[str(value)] = row[alias]
        return counts

    def cache_key(self):
        state = {"search": self.filterset.search_key(), "facets": list(self.filterset.facets())}
        search = json.dumps(state, sort_keys=True)
        return versioned_key("vacancies:counts", search, depends_on=BOARD_SHOWS, daily=True)


def for_cards(vacancies):
    """What a card shows, in the same query: the place, and the text in the reader's language
    (a vacancy has at most one translation per language: it is joined on, not prefetched).
    presentation.reader_text reads it."""
    language = get_language()
    return vacancies.select_related("place").annotate(
        reader_translation=FilteredRelation(
            "translations", condition=Q(translations__language=language)
        ),
        reader_language=Value(language),
        reader_translation_id=F("reader_translation__id"),
        reader_title=F("reader_translation__title"),
        reader_description=F("reader_translation__description"),
        reader_quality=F("reader_translation__quality"),
    )


def _count_each(vacancies, facets, counted):
    """{alias: how many of `vacancies` meet all of `choices`} for each (alias, choices) in
    `counted`, a choice being (facet name, value), in one statement over `vacancies` (a
    queryset of Vacancy without joins that rename its table)."""
    database = connections[vacancies.db]
    inner, inner_params = vacancies.query.sql_with_params()
    filter_clause = database.features.supports_aggregate_filter_clause
    columns, params = [], []
    for alias, choices in counted:
        if not choices:
            columns.append(f'COUNT(*) AS "{alias}"')
            continue
        parts = [condition_sql(database, facets[name], name, value) for name, value in choices]
        where = " AND ".join(f"({sql})" for sql, _params in parts)
        for _sql, condition_params in parts:
            params.extend(condition_params)
        if filter_clause:
            columns.append(f'COUNT(*) FILTER (WHERE {where}) AS "{alias}"')
        else:
            columns.append(f'COUNT(CASE WHEN {where} THEN 1 END) AS "{alias}"')
    # The conditions name the table's columns ("vacancies_vacancy"."sector"): the narrowed set
    # goes by the table's name. The aliases and the SQL are made here, the values are params.
    table = database.ops.quote_name(Vacancy._meta.db_table)
    sql = f"SELECT {', '.join(columns)} FROM ({inner}) AS {table}"  # noqa: S608
    with database.cursor() as cursor:
        cursor.execute(sql, [*params, *inner_params])
        row = cursor.fetchone()
    return {alias: number for (alias, _choices), number in zip(counted, row, strict=True)}


# The SQL of each facet option's condition: the same on every request.
_compiled_conditions = {}
MAX_COMPILED_CONDITIONS = 10_000


def condition_sql(database, facet, name, value):
    """(sql, params) of facet `name`'s condition for `value` (a Q on Vacancy's own columns),
    compiled once per process and database (a connection)."""
    key = (database.alias, database.vendor, name, repr(value))
    compiled = _compiled_conditions.get(key)
    if compiled is None:
        query = Vacancy.objects.filter(facet.condition(value)).query
        sql, params = query.get_compiler(connection=database).compile(query.where)
        compiled = (sql, tuple(params))
        if len(_compiled_conditions) >= MAX_COMPILED_CONDITIONS:
            _compiled_conditions.clear()
        _compiled_conditions[key] = compiled
    return compiled


# The board's version moves on when a vacancy or its translation changes in public
# (vacancies/cache.py), SHARED when a place does (core/invalidation.py); cached counts and
# places carry both in their key.
BOARD = versions.BOARD
BOARD_SHOWS = (versions.SHARED, BOARD)


def board_version():
    return versions.current(BOARD)


def board_changed(**kwargs):
    versions.changed(BOARD)
