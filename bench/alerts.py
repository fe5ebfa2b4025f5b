"""send_job_alerts at 10,000 alerts over 10,000 and 100,000 vacancies: time and SQL per alert.

Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/wr_alerts_bench \
     .venv/bin/python bench/alerts.py
(optional arguments: the vacancy sizes, e.g. `bench/alerts.py 10000 100000`; `--alerts 1000,10000`
sets the numbers of alerts measured at each size).

Vacancies are seeded in bulk as in bench/vacancy_search.py (posted over the last 120 days, a
quarter closed, a tenth with an Arabic translation) on the skeleton site. Alerts follow a pool of
searches as residents make them (a sector, often with hours, Dutch level, a support fact, an azc
or a word), in the six languages, 70% daily and 30% weekly, all due. Each run sends every due
alert through the real sending code (alerts/sending.py) into the test e-mail backend (local
memory: rendering and MIME building are counted, SMTP is not), then the alerts are made due
again (the same alerts at each size). The figures: seconds, e-mails, searches run (groups of equal
search and language), SQL statements in all and per alert, per search run (the vacancies and
their texts in the alert's language: 2, whatever the number of vacancies) and UPDATEs per alert
(one per e-mail sent, one per search with nothing new).
"""

import argparse
import random
import re
import secrets
import statistics
import sys
import time
from datetime import timedelta
from decimal import Decimal

from harness import throwaway_database
from vacancy_search import seed

from django.core import mail
from django.core.cache import cache
from django.db import connection
from django.utils import timezone

from alerts.models import Alert, Frequency, token_hash
from alerts.sending import send_due_alerts
from tests.home.factories import build_site
from vacancies.choices import SUPPORT_FACTS, Sector
from vacancies.models import Place, Vacancy

SIZES = [10_000, 100_000]
ALERTS = [1_000, 10_000]
VACANCY_LINK = re.compile(r"/vacatures/[A-Z0-9]{6}/")
LANGUAGES = ["nl", "ar", "ti", "fa", "en", "tr"]
LANGUAGE_WEIGHTS = [30, 25, 20, 10, 10, 5]
WORDS = ["schoonmaak", "magazijn", "kok", "oogst", "productie", "chauffeur"]
PLACES = [
    ("Ter Apel", "Vlagtwedde", "53.00000", "7.06000", "azc Ter Apel"),
    ("Assen", "Assen", "52.99250", "6.56490", "azc Assen"),
    ("Emmen", "Emmen", "52.78500", "6.89750", ""),
    ("Zwolle", "Zwolle", "52.51250", "6.09440", "azc Zwolle"),
    ("Budel", "Cranendonck", "51.27200", "5.57500", "azc Budel"),
    ("Eindhoven", "Eindhoven", "51.44160", "5.46970", ""),
    ("Utrecht", "Utrecht", "52.09070", "5.12140", ""),
    ("Amersfoort", "Amersfoort", "52.15610", "5.38780", "azc Amersfoort"),
    ("Groningen", "Groningen", "53.21940", "6.56650", "azc Groningen"),
    ("Den Helder", "Den Helder", "52.95630", "4.76000", "azc Den Helder"),
    ("Rotterdam", "Rotterdam", "51.92250", "4.47920", ""),
    ("Almere", "Almere", "52.35080", "5.26470", ""),
]


def make_places():
    return [
        Place.objects.create(
            name=name,
            municipality=municipality,
            latitude=Decimal(latitude),
            longitude=Decimal(longitude),
            azc_name=azc,
        )
        for name, municipality, latitude, longitude, azc in PLACES
    ]


def search_pool(places, rng, count=300):
    """Distinct normalised searches, as the sign-up form stores them (sorted parameters)."""
    azcs = [place for place in places if place.azc_name]
    searches = {""}
    while len(searches) < count:
        params = {"sector": rng.choice(list(Sector.values))}
        if rng.random() < 0.4:
            params["hours"] = rng.choice(["16", "24", "32"])
        if rng.random() < 0.4:
            params["dutch"] = rng.choice(["0", "1"])
        if rng.random() < 0.3:
            params[rng.choice(list(SUPPORT_FACTS))] = "on"
        if rng.random() < 0.3:
            params["near"] = str(rng.choice(azcs).pk)
            params["km"] = rng.choice(["25", "50"])
        if rng.random() < 0.2:
            params["q"] = rng.choice(WORDS)
        searches.add("&".join(f"{name}={value}" for name, value in sorted(params.items())))
    return sorted(searches)


def make_alerts(count, searches, rng):
    """`count` confirmed alerts, all due now, spread over the searches and languages."""
    now = timezone.now()
    Alert.objects.all().delete()
    alerts = []
    for number in range(count):
        daily = rng.random() < 0.7
        period = timedelta(days=1 if daily else 7)
        alerts.append(
            Alert(
                email=f"bewoner{number}@example.org",
                search=rng.choice(searches),
                language=rng.choices(LANGUAGES, LANGUAGE_WEIGHTS)[0],
                frequency=Frequency.DAILY if daily else Frequency.WEEKLY,
                token_hash=token_hash(secrets.token_urlsafe(16)),
                confirmed_at=now - timedelta(days=30),
                last_sent_at=now - period - timedelta(minutes=rng.randint(1, 30)),
            )
        )
    Alert.objects.bulk_create(alerts, batch_size=2_000)


def progress(done, total):
    bar = "#" * int(30 * done / max(total, 1))
    sys.stderr.write(f"\r  sending [{bar:<30}] {done:>7,}/{total:,}")
    if done == total:
        sys.stderr.write("\n")


def measure(alert_count, searches):
    # The same alerts at every size of the board: only the vacancies differ between sizes.
    make_alerts(alert_count, searches, random.Random(alert_count))
    mail.outbox = []
    cache.clear()
    statements = []

    def record(execute, sql, params, many, context):
        statements.append(sql)
        return execute(sql, params, many, context)

    # Counted as they run (Django's query log keeps only the last 9,000).
    with connection.execute_wrapper(record):
        started = time.perf_counter()
        report = send_due_alerts(progress=progress if sys.stderr.isatty() else None)
        seconds = time.perf_counter() - started
    sizes = [len(message.body) for message in mail.outbox]
    listed = [len(VACANCY_LINK.findall(message.body)) for message in mail.outbox]
    return {
        "search_sql": sum(1 for sql in statements if sql.startswith("SELECT") and "vacanc" in sql),
        "update_sql": sum(1 for sql in statements if sql.startswith('UPDATE "alerts_alert"')),
        "alerts": report.due,
        "groups": report.groups,
        "sent": report.sent,
        "nothing_new": report.nothing_new,
        "seconds": seconds,
        "queries": len(statements),
        "median_listed": statistics.median(listed) if listed else 0,
        "median_kb": statistics.median(sizes) / 1024 if sizes else 0,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=SIZES)
    parser.add_argument("--alerts", default=",".join(map(str, ALERTS)))
    arguments = parser.parse_args()
    alert_counts = [int(count) for count in arguments.alerts.split(",")]
    rng = random.Random(18)
    rows = []
    with throwaway_database():
        build_site()
        places = make_places()
        searches = search_pool(places, rng)
        codes, have = set(), 0
        for size in arguments.sizes:
            seed(size, have, places, codes, rng)
            have = size
            open_count = Vacancy.objects.visible().count()
            for count in alert_counts:
                figures = measure(count, searches)
                rows.append((size, open_count, figures))
                print_row(size, open_count, figures)
    print(
        f"\nsend_job_alerts ({connection.vendor}, {len(searches)} distinct searches, 6 languages)"
    )
    print(
        f"{'vacancies':>10}{'open':>8}{'alerts':>7}{'searches':>9}{'sent':>6}{'none new':>9}"
        f"{'seconds':>8}{'ms/alert':>9}{'SQL':>8}{'SQL/alert':>10}{'SQL/search':>11}"
        f"{'UPDATE/alert':>13}{'listed':>7}{'KB':>5}"
    )
    for size, open_count, figures in rows:
        print_row(size, open_count, figures, table=True)


def print_row(size, open_count, figures, table=False):
    per_alert = figures["queries"] / max(figures["alerts"], 1)
    ms_per_alert = 1000 * figures["seconds"] / max(figures["alerts"], 1)
    if not table:
        print(
            f"  {size:,} vacancies, {figures['alerts']:,} alerts: {figures['seconds']:.1f} s, "
            f"{figures['queries']:,} SQL ({per_alert:.2f} per alert)",
            flush=True,
        )
        return
    per_search = figures["search_sql"] / max(figures["groups"], 1)
    updates = figures["update_sql"] / max(figures["alerts"], 1)
    print(
        f"{size:>10,}{open_count:>8,}{figures['alerts']:>7,}{figures['groups']:>9,}"
        f"{figures['sent']:>6,}{figures['nothing_new']:>9,}{figures['seconds']:>8.1f}"
        f"{ms_per_alert:>9.2f}{figures['queries']:>8,}{per_alert:>10.3f}{per_search:>11.2f}"
        f"{updates:>13.3f}{figures['median_listed']:>7.0f}{figures['median_kb']:>5.1f}"
    )


if __name__ == "__main__":
    main()
