"""Server time of the site search and its autocomplete, with the demo content plus 10,000 and
100,000 vacancies in the search index.

Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/werkroute \
     .venv/bin/python bench/site_search.py
(an optional argument limits the sizes, e.g. `bench/site_search.py 10000`).

Vacancies are seeded in bulk as in bench/vacancy_search.py, then put in Wagtail's search index
with `manage.py reindex_vacancies` (its progress bar shows). Searches vary their words; the
autocomplete and the site search are measured with their caches warm (the same words again,
as for common questions) and cold (the cache emptied before every request). Targets on
PostgreSQL at 100,000 vacancies: site search p95 under 80 ms, autocomplete p95 under 20 ms
cached and 40 ms cold.
"""

import io
import random
import sys

from harness import report, throwaway_database
from vacancy_search import seed

from django.core.cache import cache
from django.core.management import call_command

from vacancies.models import Place, Vacancy

SIZES = [10_000, 100_000]
SEARCHES = [
    "/nl/zoeken/?q=schoonmaak",
    "/nl/zoeken/?q=werkgevers",
    "/nl/zoeken/?q=magazijn+orders",
    "/nl/zoeken/?q=reba",
    "/ar/zoeken/?q=طباخ",
    "/nl/zoeken/?q=kok&type=vacancies",
]
SUGGEST = "/nl/zoeken/suggesties/?q=scho"
SUGGEST_VARIED = [
    f"/nl/zoeken/suggesties/?q={text}" for text in ("scho", "mag", "kok", "oog", "chau", "werk")
]


def main():
    sizes = [int(size) for size in sys.argv[1:]] or SIZES
    rng = random.Random(7)
    with throwaway_database():
        call_command("load_demo", stdout=io.StringIO())
        places = list(Place.objects.all())
        codes = set(Vacancy.objects.values_list("reference_code", flat=True))
        have = Vacancy.objects.count()
        for size in sizes:
            seed(size, have, places, codes, rng)
            have = size
            call_command("reindex_vacancies", stdout=io.StringIO())
            cache.clear()
            report(
                f"Site search with the demo content and {size:,} vacancies",
                [
                    ("site search, six queries, counts cached", SEARCHES),
                    ("site search, six queries, cold (cache emptied)", SEARCHES, cache.clear),
                    ("autocomplete, cached", SUGGEST),
                    ("autocomplete, cold (cache emptied)", SUGGEST_VARIED, cache.clear),
                ],
                repeat=100,
            )


if __name__ == "__main__":
    main()
