"""Server time of the vacancy board at 1,000, 10,000 and 100,000 vacancies.

Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/werkroute \
     .venv/bin/python bench/vacancy_search.py
(an optional argument limits the sizes, e.g. `bench/vacancy_search.py 1000 10000`).

A quarter of the seeded vacancies are closed (as on a real board), a tenth have an Arabic
translation. (c) is measured with the counts cache warm (the same search repeated, as when
many residents open a shared link), uncached (the board's cached counts out of date before
every request, as after a vacancy changed; the rest of the page cached) and cold (the whole
cache emptied before every request, menus and all, with the text varying). (e), the list with
nothing chosen, takes its counts from the board's summary table (vacancies/summary.py): with
the board's cache out of date, with no cache at all, and with that summary out of date too, as
for the first visitor after a vacancy changed. A second table gives (b), (c) and (d) as
anonymous visitors get them in production, through the page cache.
The SQL column counts the queries of one request; it must not grow with the board.
"""

import io
import random
import sys
import time
from datetime import timedelta
from types import SimpleNamespace

from harness import report, throwaway_database

from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import override_settings
from django.utils import timezone

from core import versions
from vacancies.choices import Contract, Kind, Sector
from vacancies.models import BoardSummary, Place, Vacancy, VacancyTranslation
from vacancies.models.vacancy import REFERENCE_ALPHABET
from vacancies.search_text import search_text_of

SIZES = [1_000, 10_000, 100_000]
BATCH = 2_000
JOBS = [
    ("Schoonmaker kantoren", "Schoonmaakwerk in kantoren en gangen.", "عامل تنظيف مكاتب"),
    ("Medewerker magazijn", "Orders verzamelen en inpakken in ons magazijn.", "عامل مستودع"),
    ("Kok", "Koken in een drukke keuken met een vast team.", "طباخ"),
    (
        "Oogstmedewerker kas",
        "Tomaten oogsten en sorteren in de kas.",
        "عامل حصاد في البيوت البلاستيكية",
    ),
    ("Productiemedewerker", "Werken aan de lopende band in de fabriek.", "عامل إنتاج"),
    ("Chauffeur bestelbus", "Pakketten bezorgen in de regio.", "سائق شاحنة توصيل"),
    ("Verzorgende", "Ouderen helpen bij het dagelijks leven.", "مقدّم رعاية"),
    ("Hovenier", "Tuinen en parken onderhouden.", "بستاني"),
]


def progress(done, total, started):
    rate = done / max(time.perf_counter() - started, 1e-6)
    bar = "#" * int(30 * done / total)
    sys.stderr.write(f"\r  seeding [{bar:<30}] {done:>7,}/{total:,} ({rate:,.0f}/s)")
    if done == total:
        sys.stderr.write("\n")


def seed(total, already, places, codes, rng):
    """Add vacancies until there are `total`, in bulk (no per-row signals or revisions)."""
    now, today = timezone.now(), timezone.localdate()
    started = time.perf_counter()
    sectors, kinds, contracts = list(Sector.values), list(Kind.values), list(Contract.values)
    done = already
    while done < total:
        batch = []
        for _ in range(min(BATCH, total - done)):
            title, description, _arabic = rng.choice(JOBS)
            place = rng.choice(places)
            code = ""
            while not code or code in codes:
                code = "".join(rng.choice(REFERENCE_ALPHABET) for _ in range(6))
            codes.add(code)
            hours_min = rng.choice([8, 12, 16, 24, 32])
            posted = now - timedelta(days=rng.randint(0, 120), minutes=rng.randint(0, 1440))
            closed = rng.random() < 0.25
            batch.append(
                Vacancy(
                    title=title,
                    description=description,
                    employer_name=f"Bedrijf {rng.randint(1, 500)}",
                    sector=rng.choice(sectors),
                    kind=rng.choice(kinds),
                    contract=rng.choice(contracts),
                    hours_min=hours_min,
                    hours_max=hours_min + rng.choice([0, 8, 16]),
                    shift_evening=rng.random() < 0.3,
                    shift_night=rng.random() < 0.1,
                    shift_weekend=rng.random() < 0.3,
                    place=place,
                    dutch_level=rng.choice([0, 1, 2]),
                    english_enough=rng.random() < 0.3,
                    training_given=rng.random() < 0.5,
                    no_diploma_needed=rng.random() < 0.5,
                    workplace_tour=rng.random() < 0.3,
                    jobcoach_or_buddy=rng.random() < 0.3,
                    closing_date=today
                    + timedelta(days=rng.randint(-60, -1) if closed else rng.randint(0, 90)),
                    reference_code=code,
                    live=True,
                    first_published_at=posted,
                    last_published_at=posted,
                )
            )
        # Which rows get an Arabic translation (drawn in the same order as always), so the
        # search text can be made before the insert, as saving a vacancy makes it
        # (vacancies/search_text.py): no second write, no dead rows in the measured table.
        arabic_texts = [
            next(job[2] for job in JOBS if job[0] == vacancy.title) if rng.random() < 0.1 else None
            for vacancy in batch
        ]
        for vacancy, arabic in zip(batch, arabic_texts, strict=True):
            translations = [SimpleNamespace(title=arabic, description=arabic)] if arabic else []
            vacancy.search_text = search_text_of(vacancy, vacancy.place, translations)
        created = Vacancy.objects.bulk_create(batch)
        VacancyTranslation.objects.bulk_create(
            VacancyTranslation(
                vacancy=vacancy, language="ar", title=arabic, description=arabic, quality="machine"
            )
            for vacancy, arabic in zip(created, arabic_texts, strict=True)
            if arabic
        )
        done += len(batch)
        progress(done, total, started)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ANALYZE")


def board_changed():
    """What the cache holds for the board is out of date, as after any vacancy changed (its
    version moves on, core/versions.py): counts and places are made again; the menus and
    the rest of the page stay cached."""
    versions.bump(versions.BOARD)


def without_cache_or_summary():
    """The first visit after a vacancy changed: the cache emptied and the board's summary
    (vacancies/summary.py) out of date, so the unfiltered counts are counted again."""
    cache.clear()
    BoardSummary.objects.all().delete()


def main():
    sizes = [int(size) for size in sys.argv[1:]] or SIZES
    rng = random.Random(42)
    with throwaway_database():
        call_command("load_demo", stdout=io.StringIO())
        places = list(Place.objects.all())
        codes = set(Vacancy.objects.values_list("reference_code", flat=True))
        Vacancy.objects.all().delete()
        detail_code = None
        have = 0
        for size in sizes:
            seed(size, have, places, codes, rng)
            have = size
            cache.clear()
            detail_code = (
                detail_code or Vacancy.objects.visible().order_by("pk").first().reference_code
            )
            searches = [
                f"/nl/vacatures/?q={word}&sector={sector}&dutch=1&hours=16"
                for word in ("schoonmaak", "magazijn", "kok", "oogst", "productie", "chauffeur")
                for sector in ("schoonmaak", "logistiek", "horeca", "agrarisch")
            ]
            open_count = Vacancy.objects.visible().count()
            report(
                f"Vacancy board with {size:,} vacancies ({open_count:,} open)",
                [
                    ("(b) list page, newest first", "/nl/vacatures/"),
                    ("(c) text + 3 filters, counts cached", searches[0]),
                    ("(c) text + 3 filters, counts uncached", searches, board_changed),
                    ("(c) text + 3 filters, counts cold", searches, cache.clear),
                    (
                        "(c) Arabic text + filter, counts cold",
                        "/ar/vacatures/?q=تنظيف&training_given=on",
                        cache.clear,
                    ),
                    ("(e) list, counts uncached (summary)", "/nl/vacatures/", board_changed),
                    ("(e) list, no cache (counts: summary)", "/nl/vacatures/", cache.clear),
                    (
                        "(e) list, no cache, summary stale",
                        "/nl/vacatures/",
                        without_cache_or_summary,
                    ),
                    ("(d) detail page", f"/nl/vacatures/{detail_code}/"),
                ],
                repeat=100,
            )
            # The same requests as an anonymous visitor gets them in production: from the page
            # cache (core/page_cache.py) until the board changes.
            with override_settings(PAGE_CACHE_SECONDS=60):
                report(
                    f"... the same {size:,} vacancies through the page cache",
                    [
                        ("(b) list page, page cache", "/nl/vacatures/"),
                        ("(c) text + 3 filters, page cache", searches[0]),
                        ("(d) detail page, page cache", f"/nl/vacatures/{detail_code}/"),
                    ],
                    repeat=100,
                )


if __name__ == "__main__":
    main()
