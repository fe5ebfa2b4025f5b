"""Rebuild the search text and the search index of every vacancy, in chunks, with a progress bar.

The stored search text (what the board matches: vacancies/search_text.py) is rebuilt first, so
a release that adds words to it (new fact labels, new translations of them) reaches old rows.

It writes each chunk into the live index (an upsert), so the site keeps serving and searching
while it runs; vacancies published or unpublished meanwhile are indexed as usual
(vacancies/search_index.py). For a complete rebuild of an Elasticsearch index under a new name,
swapped in at the end, use `manage.py update_index` (ATOMIC_REBUILD is on; see README).
"""

import time

from django.core.management.base import BaseCommand
from django.db import connection

from wagtail.search.backends import get_search_backend

from vacancies.models import Vacancy
from vacancies.query import board_changed
from vacancies.search_text import refresh_in_chunks

CHUNK = 1000


class Command(BaseCommand):
    help = "Index all vacancies again for site search, in chunks, while the site serves."

    def add_arguments(self, parser):
        parser.add_argument("--chunk", type=int, default=CHUNK, help="vacancies per write")
        parser.add_argument("--quiet", action="store_true", help="no progress bar")

    def handle(self, *args, chunk, quiet, **options):
        backend = get_search_backend()
        index = backend.get_index_for_model(Vacancy)
        total = Vacancy.objects.count()
        started = time.perf_counter()
        done = 0
        for batch, _changed in refresh_in_chunks(Vacancy.objects.all(), chunk):
            index.add_items(Vacancy, batch)
            done += len(batch)
            if not quiet:
                self.progress(done, total, started)
        if not quiet and total:
            self.stderr.write("")
        board_changed()  # counts cached before the texts changed are not read again
        if connection.vendor == "postgresql":
            # Fresh statistics, so the planner uses the text index for the new entries.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE wagtailsearch_indexentry")
        self.stdout.write(f"Indexed {done:,} vacancies in {time.perf_counter() - started:.1f} s.")

    def progress(self, done, total, started):
        rate = done / max(time.perf_counter() - started, 1e-6)
        bar = "#" * int(30 * done / max(total, 1))
        self.stderr.write(
            f"\r  indexing [{bar:<30}] {done:>7,}/{total:,} ({rate:,.0f}/s)", ending=""
        )
