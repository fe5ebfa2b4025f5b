"""Requests per second and latency of gunicorn under 50 concurrent clients, on loopback.

Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/werkroute_load \
     .venv/bin/python bench/load.py            # 60 s, 50 clients, a vacancy published every 10 s
     .venv/bin/python bench/load.py --churn-seconds 0   # no publishing during the load
     .venv/bin/python bench/load.py --seconds 10 --clients 20   # a smoke run

The server is production-like (bench/production_server.py): gunicorn with gunicorn.conf.py,
portal.settings.production, Redis as cache and page cache, the demo content plus 10,000
vacancies on a throwaway PostgreSQL database. The clients are threads in this process, each
with one keep-alive connection (http.client); they share the machine's cores with the server,
so the figures are a floor for a server with the cores to itself.

Phase 1 sends a mix of what residents request (home page in Dutch and Arabic, the board with
filters, vacancy pages, site search, the Atom feed), chosen at random per request. Each URL is
requested once beforehand (the first table: each URL rendered with the page cache empty), so
the measured requests come from the page cache, as on the live site between two content changes
and site search from its results cache (search/views.py: the search log counts every search,
cached or not). Meanwhile one new vacancy is published every --churn-seconds (default 10), as
employers' postings being approved all day: each publication makes the board, the feed, the
home page and site search render again, while other vacancies' pages and the editorial pages
stay cached (core/page_cache.py). Phase 2 compares a page from the page cache with a bare
Django view (the whole middleware stack, a view that does nothing) under the same load.

A request counts as an error when it answers other than 2xx/3xx or raises. When the server
closes a keep-alive connection (a worker replaced after max_requests), the client opens a new
one and sends the request again once, as browsers do; those retries are counted separately.
Each phase stops at its time limit or after --max-requests requests, whichever comes first.
"""

import argparse
import http.client
import itertools
import os
import random
import statistics
import sys
import threading
import time
from urllib.parse import quote, urlsplit

from production_server import DEFAULT_REDIS_DB, HOST, production_server, stop_on_sigterm

from django.db import connection
from django.test.utils import override_settings

from portal.settings.base import redis_cache_settings
from vacancies.models import Vacancy

# Filters of vacancies/filters.py with values the seeded vacancies have.
LIST_FILTERS = [
    "",
    "?sector=schoonmaak",
    "?sector=horeca&dutch=0",
    "?sector=logistiek&hours=16",
    "?kind=job&contract=temporary",
    "?shift=evening&training_given=on",
    "?sector=agrarisch&no_diploma_needed=on&order=closing",
    "?q=magazijn&sector=logistiek",
    "?q=schoonmaak&dutch=1&hours=16",
    "?contract=permanent&english_enough=on",
]
SEARCH_WORDS = ["werkgevers", "schoonmaak", "reba", "kok", "magazijn", "bsn", "twv", "طباخ"]
FEED_FILTERS = ["", "?sector=horeca", "?sector=logistiek&hours=16"]
# Share of each kind in the mix: mostly the board, as on a vacancy site.
WEIGHTS = {"home": 20, "list": 35, "detail": 25, "search": 10, "feed": 10}
# How Django's (" ERROR ") and gunicorn's ("[ERROR]") log lines mark errors.
ERROR_MARKS = (" ERROR ", '"level": "ERROR"', "[ERROR]", "Traceback")
RETRYABLE = (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError)


def url_mix(detail_codes):
    return {
        "home": ["/nl/", "/ar/"],
        "list": [f"/{lang}/vacatures/{query}" for lang in ("nl", "ar") for query in LIST_FILTERS],
        "detail": [f"/{lang}/vacatures/{code}/" for lang in ("nl", "ar") for code in detail_codes],
        "search": [f"/nl/zoeken/?q={quote(word)}" for word in SEARCH_WORDS],
        "feed": [f"/nl/vacatures/feed/{query}" for query in FEED_FILTERS],
    }


class Client(threading.Thread):
    def __init__(self, number, address, choose, deadline, budget):
        super().__init__(daemon=True)
        self.address, self.choose, self.deadline, self.budget = address, choose, deadline, budget
        self.rng = random.Random(number)
        self.results = []  # (kind, seconds, ok)
        self.retries = 0
        self.connection = None

    def connect(self):
        if self.connection:
            self.connection.close()
        self.connection = http.client.HTTPConnection(*self.address, timeout=30)

    def get(self, path):
        self.connection.request("GET", path, headers={"Accept-Encoding": "gzip, br"})
        response = self.connection.getresponse()
        response.read()
        return response.status

    def run(self):
        self.connect()
        while time.monotonic() < self.deadline and next(self.budget, None) is not None:
            kind, path = self.choose(self.rng)
            started = time.perf_counter()
            try:
                try:
                    status = self.get(path)
                except RETRYABLE:
                    self.retries += 1
                    self.connect()
                    status = self.get(path)
                ok = 200 <= status < 400
            except (OSError, http.client.HTTPException):
                ok = False
                self.connect()
            self.results.append((kind, time.perf_counter() - started, ok))
        self.connection.close()


class Churn(threading.Thread):
    """Publishes a new vacancy (a copy of a visible one) every `every` seconds until stopped,
    through Wagtail's revisions like an approved posting, so the server's page cache sees the
    same signals (its versions live in the same Redis database)."""

    def __init__(self, every):
        super().__init__(daemon=True)
        self.every = every
        self.stopped = threading.Event()
        self.published, self.failed = 0, 0

    def run(self):
        rng = random.Random(7)
        try:
            while not self.stopped.wait(self.every):
                try:
                    publish_copy(rng)
                    self.published += 1
                except Exception as error:  # noqa: BLE001 - reported, the load goes on
                    self.failed += 1
                    sys.stderr.write(f"  churn: {error!r}\n")
        finally:
            connection.close()

    def stop(self):
        self.stopped.set()
        self.join()


def publish_copy(rng):
    visible = Vacancy.objects.visible()
    source = visible.order_by("pk")[rng.randrange(min(visible.count(), 1000))]
    copy = Vacancy.objects.get(pk=source.pk)
    copy.pk = copy.id = None
    copy.reference_code = ""
    copy.live, copy.has_unpublished_changes = False, True
    copy.latest_revision = copy.live_revision = None
    copy.first_published_at = copy.last_published_at = None
    copy.title = f"{source.title} ({time.strftime('%H:%M:%S')})"
    copy.save()
    copy.save_revision().publish()


def run_phase(address, choose, clients, seconds, max_requests):
    budget = iter(range(max_requests))
    deadline = time.monotonic() + seconds
    threads = [Client(number, address, choose, deadline, budget) for number in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    results = list(itertools.chain.from_iterable(thread.results for thread in threads))
    return results, elapsed, sum(thread.retries for thread in threads)


def figures(results, elapsed):
    times = sorted(seconds * 1000 for _kind, seconds, _ok in results)
    if len(times) < 2:
        return {"requests": len(times), "rps": 0, "p50": 0, "p95": 0, "p99": 0, "errors": 0}
    cuts = statistics.quantiles(times, n=100, method="inclusive")
    return {
        "requests": len(times),
        "rps": len(times) / elapsed,
        "p50": statistics.median(times),
        "p95": cuts[94],
        "p99": cuts[98],
        "errors": sum(1 for *_rest, ok in results if not ok),
    }


HEADER = (
    f"{'':<22}{'requests':>10}{'req/s':>10}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'errors':>8}"
)


def row(label, numbers):
    return (
        f"{label:<22}{numbers['requests']:>10,}{numbers['rps']:>10.1f}{numbers['p50']:>9.1f}"
        f"{numbers['p95']:>9.1f}{numbers['p99']:>9.1f}{numbers['errors']:>8,}"
    )


def first_requests(address, urls):
    """Each URL once, one after the other, with the page cache empty: the cost of a miss."""
    client = Client(0, address, None, 0, None)
    client.connect()
    for kind, paths in urls.items():
        for path in paths:
            started = time.perf_counter()
            status = client.get(path)
            client.results.append((kind, time.perf_counter() - started, 200 <= status < 400))
    client.connection.close()
    return client.results


def load_average():
    return "load average " + " ".join(f"{value:.1f}" for value in os.getloadavg())


def mix_phase(server, address, args):
    urls = url_mix(server.detail_codes)
    kinds, weights = list(WEIGHTS), list(WEIGHTS.values())

    def choose(rng):
        kind = rng.choices(kinds, weights)[0]
        return kind, rng.choice(urls[kind])

    misses = first_requests(address, urls)
    print(f"\nFirst request of each URL, page cache empty, one at a time ({load_average()})")
    print(HEADER)
    for kind in WEIGHTS:
        share = [result for result in misses if result[0] == kind]
        print(row(f"  {kind}", figures(share, sum(seconds for _k, seconds, _ok in share))))
    # Every worker has loaded the application before anything is measured.
    run_phase(address, choose, args.clients, min(args.seconds, 3), args.max_requests)

    churn = f", a vacancy published every {args.churn_seconds:g} s" if args.churn_seconds else ""
    print(f"\nPhase 1: URL mix, {args.clients} clients{churn} ({load_average()})")
    publisher = Churn(args.churn_seconds) if args.churn_seconds else None
    if publisher:
        publisher.start()
    try:
        results, elapsed, retries = run_phase(
            address, choose, args.clients, args.seconds, args.max_requests
        )
    finally:
        if publisher:
            publisher.stop()
    print(f"{elapsed:.1f} s, {retries} keep-alive retries, {load_average()} at the end")
    if publisher:
        print(f"{publisher.published} vacancies published, {publisher.failed} failed")
    print(HEADER)
    print(row("total", figures(results, elapsed)))
    for kind in WEIGHTS:
        share = [result for result in results if result[0] == kind]
        print(row(f"  {kind}", figures(share, elapsed)))


def comparison_phase(address, args):
    seconds = args.compare_seconds
    cached_url = "/nl/vacatures/"
    measured = {}
    for label, path in (("(a) bare view", "/bench/bare"), ("(b) cached page", cached_url)):
        results, elapsed, _retries = run_phase(
            address, lambda rng, path=path: ("", path), args.clients, seconds, args.max_requests
        )
        measured[label] = figures(results, elapsed)
    print(
        f"\nPhase 2: cached page ({cached_url}) vs bare Django view, {args.clients} clients, "
        f"{seconds:.0f} s each ({load_average()} at the end)"
    )
    print(HEADER)
    for label, numbers in measured.items():
        print(row(label, numbers))
    bare, cached = measured.values()
    print(
        f"{'(b) / (a)':<22}{'':>10}{cached['rps'] / bare['rps']:>10.2f}"
        f"{cached['p50'] / bare['p50']:>9.2f}{cached['p95'] / bare['p95']:>9.2f}"
        f"{cached['p99'] / bare['p99']:>9.2f}"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=float(os.environ.get("LOAD_SECONDS", 60)))
    parser.add_argument("--compare-seconds", type=float, default=None, help="phase 2, each")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--max-requests", type=int, default=200_000, help="cap per phase")
    parser.add_argument("--vacancies", type=int, default=10_000, help="seeded besides the demo")
    parser.add_argument("--redis-db", type=int, default=DEFAULT_REDIS_DB)
    parser.add_argument(
        "--churn-seconds", type=float, default=10, help="publish a vacancy this often; 0: never"
    )
    args = parser.parse_args()
    args.compare_seconds = args.compare_seconds or min(args.seconds, 30)
    stop_on_sigterm()
    # This process publishes the churn's vacancies: its versions must reach the server's Redis.
    server_cache = redis_cache_settings(f"redis://{HOST}:6379/{args.redis_db}")
    with (
        production_server(vacancies=args.vacancies, redis_db=args.redis_db) as server,
        override_settings(CACHES=server_cache),
    ):
        address = (urlsplit(server.url).hostname, urlsplit(server.url).port)
        print(
            f"gunicorn at {server.url} (gunicorn.conf.py, workers: {server.workers}), "
            f"demo content + {args.vacancies:,} vacancies, Redis db {args.redis_db}"
        )
        mix_phase(server, address, args)
        comparison_phase(address, args)
        with open(server.log_path) as log:
            problems = [line for line in log if any(mark in line for mark in ERROR_MARKS)]
        if problems:
            print(f"\ngunicorn logged {len(problems)} errors; the first:\n{problems[0]}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
