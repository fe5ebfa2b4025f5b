"""Requests per second and latency of gunicorn under 50 concurrent clients, on loopback.

Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/werkroute_load \
     .venv/bin/python bench/load.py            # 60 s, 50 clients, a vacancy published every 10 s
     .venv/bin/python bench/load.py --churn-seconds 0   # no publishing during the load
     .venv/bin/python bench/load.py --seconds 10 --clients 20   # a smoke run
     .venv/bin/python bench/load.py --board     # random board filter combinations, 2 workers

The server is production-like (bench/production_server.py): gunicorn with gunicorn.conf.py,
portal.settings.production, Redis as cache and page cache, the demo content plus 10,000
vacancies on a throwaway PostgreSQL database. The clients are keep-alive connections of wrk
(2 threads, a Lua script that sends a list of (kind, path) lines in turn) when it is installed
(Debian's package), else threads in this process, each with one connection (http.client);
--client wrk|python chooses. Either shares the machine's cores with the server, the threads
far more than wrk, so the figures are a floor for a server with the cores to itself. wrk keeps
one latency histogram for a run, so in the mix it gives percentiles and errors of all requests
and of each kind only the requests sent; the threads measure each kind.

Phase 1 sends a mix of what residents request (home page in Dutch and Arabic, the board with
filters, vacancy pages, site search, the Atom feed), drawn at random by weight (20,000 draws,
sent in turn and again). Each URL is requested once beforehand (the first table: each URL
rendered with the page cache empty), so the measured requests come from the page cache, as on
the live site between two content changes and site search from its results cache
(search/views.py: the search log counts every search, cached or not). Meanwhile one new vacancy
is published every --churn-seconds (default 10), as employers' postings being approved all day:
each publication makes the board, the feed, the home page and site search render again, while
other vacancies' pages and the editorial pages stay cached (core/page_cache.py). Phase 2
compares a page from the page cache with a bare Django view (the whole middleware stack, a view
that does nothing) under the same load.

A request counts as an error when it answers other than 2xx/3xx or raises (wrk: by kind,
connect, read, write, status, timeout). When the server closes a keep-alive connection (a
worker replaced after max_requests), a thread opens a new one and sends the request again once,
as browsers do; those retries are counted separately. wrk reconnects without sending again: a
request lost that way counts as a read error. Each phase stops at its time limit or, with the
threads, after --max-requests requests, whichever comes first.

--board runs something else instead, on gunicorn with 2 workers (--workers): the board's long
tail. Each request is a different combination of 1 to 3 of the board's filters, drawn with a
seeded generator from what vacancies/filters.py declares (VacancyFilterSet: its facets'
options, the other filters' choices, a companion such as the distance with the azc it
qualifies), a third of them with a word from the vacancies' titles, on the board of a random
language. No URL repeats until --board-urls have been sent, so the page cache (on, as in
production) misses: every request renders the board with its counts. Meanwhile the workers'
memory is read from /proc every 0.2 s: the peak resident set (VmHWM) of any worker during the
run, including workers replaced after max_requests. Targets (issue 20): at least 150 req/s,
0 errors, every worker under 300 MB.
"""

import argparse
import http.client
import itertools
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from urllib.parse import quote, unquote, urlencode, urlsplit

from production_server import DEFAULT_REDIS_DB, HOST, production_server, stop_on_sigterm

from django.db import connection
from django.http import QueryDict
from django.test.utils import override_settings

from portal.settings.base import redis_cache_settings
from vacancies.filters import TextFilter, VacancyFilterSet
from vacancies.models import Vacancy, VacancyIndexPage

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
# Requests drawn from the mix, sent in turn and again (a minute's worth at a few hundred req/s).
MIX_REQUESTS = 20_000
# How Django's (" ERROR ") and gunicorn's ("[ERROR]") log lines mark errors.
ERROR_MARKS = (" ERROR ", '"level": "ERROR"', "[ERROR]", "Traceback")
RETRYABLE = (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError)
# Issue 20's targets for random board filter combinations on 2 workers.
BOARD_TARGET_RPS = 150
BOARD_TARGET_WORKER_MB = 300
BOARD_WORKERS = 2
# Requests before the measured ones, so each worker has loaded the application.
BOARD_WARM_UP = 40


def mix_requests(urls, count=MIX_REQUESTS):
    """`count` (kind, path) pairs drawn from the mix's `urls` by WEIGHTS, the same every run."""
    rng = random.Random(16)
    kinds = rng.choices(list(WEIGHTS), list(WEIGHTS.values()), k=count)
    return [(kind, rng.choice(urls[kind])) for kind in kinds]


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
# Of each figure in a row: its key, width and format.
COLUMNS = (
    ("requests", 10, ","),
    ("rps", 10, ".1f"),
    ("p50", 9, ".1f"),
    ("p95", 9, ".1f"),
    ("p99", 9, ".1f"),
    ("errors", 8, ","),
)
NOT_MEASURED = {"p50": None, "p95": None, "p99": None, "errors": None}


def row(label, numbers):
    """A line of the table; a figure not measured (None) shows as "-"."""
    return f"{label:<22}" + "".join(
        f"{'-' if numbers[key] is None else format(numbers[key], spec):>{width}}"
        for key, width, spec in COLUMNS
    )


def in_words(problems):
    return ", ".join(f"{kind} {count:,}" for kind, count in problems.items())


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
    misses = first_requests(address, urls)
    print(f"\nFirst request of each URL, page cache empty, one at a time ({load_average()})")
    print(HEADER)
    for kind in WEIGHTS:
        share = [result for result in misses if result[0] == kind]
        print(row(f"  {kind}", figures(share, sum(seconds for _k, seconds, _ok in share))))
    mix = mix_requests(urls)
    # Every worker has loaded the application before anything is measured.
    send_load(server, address, args, mix, min(args.seconds, 3))

    churn = f", a vacancy published every {args.churn_seconds:g} s" if args.churn_seconds else ""
    print(
        f"\nPhase 1: URL mix, {args.clients} clients from {client_name(args)}{churn} "
        f"({load_average()})"
    )
    publisher = Churn(args.churn_seconds) if args.churn_seconds else None
    if publisher:
        publisher.start()
    try:
        numbers, per_kind, elapsed, problems = send_load(server, address, args, mix, args.seconds)
    finally:
        if publisher:
            publisher.stop()
    print(f"{elapsed:.1f} s, {in_words(problems)}; {load_average()} at the end")
    if publisher:
        print(f"{publisher.published} vacancies published, {publisher.failed} failed")
    print(HEADER)
    print(row("total", numbers))
    for kind in WEIGHTS:
        print(row(f"  {kind}", per_kind[kind]))
    if args.use_wrk:
        print("  (of each kind the requests sent: wrk measures latency and errors over all)")


def comparison_phase(server, address, args):
    seconds = args.compare_seconds
    cached_url = "/nl/vacatures/"
    measured, problems = {}, {}
    for label, path in (("(a) bare view", "/bench/bare"), ("(b) cached page", cached_url)):
        measured[label], _per_kind, _elapsed, problems[label] = send_load(
            server, address, args, [("", path)], seconds
        )
    print(
        f"\nPhase 2: cached page ({cached_url}) vs bare Django view, {args.clients} clients "
        f"from {client_name(args)}, {seconds:.0f} s each ({load_average()} at the end)"
    )
    print(HEADER)
    for label, numbers in measured.items():
        print(row(label, numbers))
        print(f"  {in_words(problems[label])}")
    bare, cached = measured.values()
    print(
        f"{'(b) / (a)':<22}{'':>10}{cached['rps'] / bare['rps']:>10.2f}"
        f"{cached['p50'] / bare['p50']:>9.2f}{cached['p95'] / bare['p95']:>9.2f}"
        f"{cached['p99'] / bare['p99']:>9.2f}"
    )


class WorkerMemory(threading.Thread):
    """Reads the resident set of gunicorn's workers (the master's children) every `every`
    seconds while in its `with` block: per worker process its peak so far (VmHWM), in kB.
    Reading often also catches the peak of a worker that max_requests replaces."""

    def __init__(self, master, every=0.2):
        super().__init__(daemon=True)
        self.master, self.every = master, every
        self.stopped = threading.Event()
        self.at_start, self.peak = {}, {}  # pid: kB

    def workers(self):
        try:
            with open(f"/proc/{self.master}/task/{self.master}/children") as children:
                return [int(pid) for pid in children.read().split()]
        except OSError:  # a kernel without CONFIG_PROC_CHILDREN: look for the parent's id
            return [
                int(pid)
                for pid in os.listdir("/proc")
                if pid.isdigit() and parent_of(int(pid)) == self.master
            ]

    def sample(self):
        for pid in self.workers():
            try:
                with open(f"/proc/{pid}/status") as status:
                    fields = dict(line.split(":", 1) for line in status if ":" in line)
            except OSError:  # the worker ended between the listing and the reading
                continue
            self.peak[pid] = max(self.peak.get(pid, 0), int(fields["VmHWM"].split()[0]))

    def run(self):
        while not self.stopped.wait(self.every):
            self.sample()

    def __enter__(self):
        self.sample()
        self.at_start = dict(self.peak)
        self.start()
        return self

    def __exit__(self, *exc_info):
        self.stopped.set()
        self.join()
        self.sample()

    def peak_mb(self):
        return max(self.peak.values(), default=0) / 1024

    def summary(self):
        return (
            f"worker memory: peak RSS {self.peak_mb():.0f} MB (VmHWM, the most of "
            f"{len(self.peak)} worker processes, {len(self.peak) - len(self.at_start)} of them "
            f"started during the run); {max(self.at_start.values(), default=0) / 1024:.0f} MB "
            "after the warm-up"
        )


def parent_of(pid):
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return int(stat.read().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def board_filters():
    """What a visitor can choose on the board, read from its FilterSet (vacancies/filters.py):
    {name: [values]} of each filter that offers a list (a facet's counted options, another
    filter's choices: the azc's, the orderings), {name: {companion: [values]}} for the filters
    that others only qualify (the distance from the chosen azc: chosen only with it), and the
    name of the text filter."""
    filterset = VacancyFilterSet()
    facets = filterset.facets()

    def values(name):
        if name in facets:
            return [str(value) for value, _label in facets[name].options()]
        choices = getattr(filterset.filters[name].field, "choices", ())
        return [str(value) for value, _label in choices if value not in ("", None)]

    companions = {
        name: {companion: values(companion) for companion in filter_.companions}
        for name, filter_ in filterset.filters.items()
        if getattr(filter_, "companions", ())
    }
    qualifiers = {companion for named in companions.values() for companion in named}
    choices = {
        name: values(name) for name in filterset.filters if name not in qualifiers and values(name)
    }
    text = next(
        name for name, filter_ in filterset.filters.items() if isinstance(filter_, TextFilter)
    )
    return choices, companions, text


def title_words():
    """Words of three letters or more from the titles of visible vacancies, sorted."""
    titles = Vacancy.objects.visible().order_by("pk").values_list("title", flat=True)[:2000]
    return sorted({word for title in titles for word in re.findall(r"\w{3,}", title.lower())})


def board_urls(count, rng):
    """`count` different board URLs, each with 1-3 filters and a third of them with a word too,
    on the boards of every language."""
    choices, companions, text = board_filters()
    words = title_words()
    boards = [page.url for page in VacancyIndexPage.objects.live().order_by("locale_id")]
    urls = {}
    for _attempt in range(count * 20):
        if len(urls) == count:
            break
        query = {}
        for name in rng.sample(sorted(choices), rng.randint(1, 3)):
            query[name] = rng.choice(choices[name])
            for companion, values in companions.get(name, {}).items():
                if rng.random() < 0.5:
                    query[companion] = rng.choice(values)
        if words and rng.random() < 1 / 3:
            query[text] = rng.choice(words)
        urls.setdefault(f"{rng.choice(boards)}?{urlencode(query)}", None)
    return list(urls)


def check_understood(urls):
    """Stop when the board would not understand a URL's filters: it would measure a page that
    says so instead of the combination."""
    for url in urls:
        rejected = VacancyFilterSet(QueryDict(urlsplit(url).query)).rejected()
        if rejected:
            sys.exit(f"the board does not understand {', '.join(map(str, rejected))} in {url}")


# Sends the requests of a file (a kind, a tab and a path a line) in turn: of n threads the k-th
# sends lines k, k + n, k + 2n ..., so none repeats before all were sent. Prints its figures in
# one line for run_wrk, then one line per kind with the requests it sent of that kind: wrk keeps
# one latency histogram and one error count for all of them.
WRK_SCRIPT = """
wrk.headers["Accept-Encoding"] = "gzip, br"
local threads = {}
function setup(thread)
  thread:set("offset", #threads)
  table.insert(threads, thread)
end
function init(args)
  kinds, paths, sent = {}, {}, {}
  for line in io.lines(args[1]) do
    local kind, path = line:match("^([^\\t]*)\\t(.*)$")
    kinds[#kinds + 1], paths[#paths + 1] = kind, path
  end
  stride = tonumber(args[2])
  index = offset
end
function request()
  local line = index % #paths + 1
  index = index + stride
  sent[kinds[line]] = (sent[kinds[line]] or 0) + 1
  return wrk.format("GET", paths[line])
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRK %d %d %.0f %.0f %.0f %d %d %d %d %d\\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), e.connect, e.read, e.write, e.status, e.timeout))
  local totals = {}
  for _, thread in ipairs(threads) do
    for kind, count in pairs(thread:get("sent")) do totals[kind] = (totals[kind] or 0) + count end
  end
  for kind, count in pairs(totals) do io.write(string.format("SENT %d %s\\n", count, kind)) end
end
"""
WRK_THREADS = 2
WRK_ERRORS = ("connect", "read", "write", "status", "timeout")


def run_wrk(server_url, requests, clients, seconds):
    """A wrk run over `requests` ((kind, path) pairs): the figures of all requests, its errors
    by kind, the requests it sent of each kind and the seconds it took."""
    threads = min(WRK_THREADS, clients)
    with tempfile.TemporaryDirectory(prefix="werkroute-wrk-") as scratch:
        script, path_file = os.path.join(scratch, "load.lua"), os.path.join(scratch, "paths")
        with open(script, "w") as lua:
            lua.write(WRK_SCRIPT)
        with open(path_file, "w") as listing:
            listing.writelines(f"{kind}\t{path}\n" for kind, path in requests)
        command = [
            shutil.which("wrk"),
            f"-t{threads}",
            f"-c{clients}",
            f"-d{seconds:.0f}s",
            "--timeout",
            "30s",
            "-s",
            script,
            server_url,
            "--",
            path_file,
            str(threads),
        ]
        # Fixed arguments, wrk found on the PATH, files of our own.
        output = subprocess.run(  # noqa: S603
            command, capture_output=True, text=True, check=True
        ).stdout
    lines = output.splitlines()
    line = next(line for line in lines if line.startswith("WRK "))
    answered, microseconds, p50, p95, p99, *errors = (int(n) for n in line.split()[1:])
    elapsed = microseconds / 1e6
    numbers = {
        "requests": answered,
        "rps": answered / elapsed,
        "p50": p50 / 1000,
        "p95": p95 / 1000,
        "p99": p99 / 1000,
        "errors": sum(errors),
    }
    sent = {}
    for line in lines:
        if line.startswith("SENT "):
            _label, count, kind = line.split(" ", 2)
            sent[kind] = int(count)
    return numbers, dict(zip(WRK_ERRORS, errors, strict=True)), sent, elapsed


def client_name(args):
    return f"wrk ({WRK_THREADS} threads)" if args.use_wrk else "Python threads"


def send_load(server, address, args, requests, seconds):
    """Sends `requests` ((kind, path) pairs) in turn, and from the first again after the last,
    from args.clients keep-alive connections for `seconds`: wrk's (args.use_wrk) or this
    process's threads, which stop early after --max-requests. Returns the figures of all
    requests, of each kind, the seconds taken and what went wrong by kind. wrk keeps one
    latency histogram and error count for all requests: of each kind only the requests sent."""
    kinds = dict.fromkeys(kind for kind, _path in requests)
    if args.use_wrk:
        numbers, errors, sent, elapsed = run_wrk(server.url, requests, args.clients, seconds)
        per_kind = {
            kind: dict(NOT_MEASURED, requests=sent.get(kind, 0), rps=sent.get(kind, 0) / elapsed)
            for kind in kinds
        }
        return numbers, per_kind, elapsed, errors
    in_turn = itertools.cycle(requests)
    results, elapsed, retries = run_phase(
        address, lambda rng: next(in_turn), args.clients, seconds, args.max_requests
    )
    per_kind = {
        kind: figures([result for result in results if result[0] == kind], elapsed)
        for kind in kinds
    }
    return figures(results, elapsed), per_kind, elapsed, {"keep-alive retries": retries}


def board_run(server, address, args):
    """Random filter combinations on the board, every one new, with the workers' memory."""
    urls = board_urls(args.board_urls + BOARD_WARM_UP, random.Random(args.seed))
    warm_up, urls = urls[:BOARD_WARM_UP], urls[BOARD_WARM_UP:]
    check_understood(urls[:500])
    # Every worker has loaded the application (and met the board) before anything is measured.
    warm_up = itertools.cycle(warm_up)
    run_phase(address, lambda rng: ("board", next(warm_up)), args.clients, 3, BOARD_WARM_UP * 5)
    print(
        f"\nBoard: random filter combinations (seed {args.seed}), {len(urls):,} different URLs "
        f"in turn, {args.clients} connections for {args.seconds:.0f} s from "
        f"{client_name(args)} ({load_average()}), for example:"
    )
    for url in urls[:3]:
        print(f"  {unquote(url)}")
    with WorkerMemory(server.pid) as memory:
        numbers, _per_kind, _elapsed, problems = send_load(
            server, address, args, [("board", url) for url in urls], args.seconds
        )
    print(HEADER)
    print(row("board", numbers))
    print(f"  {in_words(problems)}")
    if numbers["requests"] > len(urls):
        print(f"  {numbers['requests'] - len(urls):,} requests repeated a URL (--board-urls)")
    print(f"{memory.summary()}; {load_average()} at the end")
    verdicts = [
        (f"req/s >= {BOARD_TARGET_RPS}", numbers["rps"] >= BOARD_TARGET_RPS),
        ("0 errors", numbers["errors"] == 0),
        (f"every worker < {BOARD_TARGET_WORKER_MB} MB", memory.peak_mb() < BOARD_TARGET_WORKER_MB),
    ]
    print("targets: " + "; ".join(f"{name} {'ok' if met else 'MISSED'}" for name, met in verdicts))


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
    parser.add_argument(
        "--board", action="store_true", help="random board filter combinations instead of the mix"
    )
    parser.add_argument(
        "--workers", type=int, default=None, help=f"gunicorn workers (--board: {BOARD_WORKERS})"
    )
    parser.add_argument("--board-urls", type=int, default=20_000, help="different URLs, --board")
    parser.add_argument("--seed", type=int, default=20, help="of the combinations, --board")
    parser.add_argument(
        "--client",
        choices=["auto", "wrk", "python"],
        default="auto",
        help="who sends the load (auto: wrk when installed, else Python threads)",
    )
    args = parser.parse_args()
    if args.board and not args.workers:
        args.workers = BOARD_WORKERS
    if args.client == "wrk" and not shutil.which("wrk"):
        parser.error("wrk is not installed (apt-get install wrk)")
    args.use_wrk = args.client == "wrk" or (args.client == "auto" and bool(shutil.which("wrk")))
    args.compare_seconds = args.compare_seconds or min(args.seconds, 30)
    stop_on_sigterm()
    # This process publishes the churn's vacancies: its versions must reach the server's Redis.
    server_cache = redis_cache_settings(f"redis://{HOST}:6379/{args.redis_db}")
    with (
        production_server(
            vacancies=args.vacancies, redis_db=args.redis_db, workers=args.workers
        ) as server,
        override_settings(CACHES=server_cache),
    ):
        address = (urlsplit(server.url).hostname, urlsplit(server.url).port)
        print(
            f"gunicorn at {server.url} (gunicorn.conf.py, workers: {server.workers}), "
            f"demo content + {args.vacancies:,} vacancies, Redis db {args.redis_db}"
        )
        if args.board:
            board_run(server, address, args)
        else:
            mix_phase(server, address, args)
            comparison_phase(server, address, args)
        with open(server.log_path) as log:
            problems = [line for line in log if any(mark in line for mark in ERROR_MARKS)]
        if problems:
            print(f"\ngunicorn logged {len(problems)} errors; the first:\n{problems[0]}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
