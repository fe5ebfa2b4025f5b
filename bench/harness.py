"""Shared parts of the benchmarks: a throwaway database, a bare view, timing and the report."""

import os
import statistics
import sys
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

import django  # noqa: E402

django.setup()

from django.conf.urls.i18n import i18n_patterns  # noqa: E402
from django.db import connection  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.template.base import Template  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import (  # noqa: E402
    CaptureQueriesContext,
    override_settings,
    setup_databases,
    setup_test_environment,
    teardown_databases,
)
from django.urls import path  # noqa: E402

from portal.urls import urlpatterns as portal_urlpatterns  # noqa: E402


def bare_view(request):
    return HttpResponse("ok")


# The portal's URLs plus a view that does nothing: the floor every figure is compared with.
urlpatterns = i18n_patterns(path("bench-bare/", bare_view)) + portal_urlpatterns
BARE_URL = "/nl/bench-bare/"


@contextmanager
def throwaway_database():
    # The test environment's template rendering sends a signal per template, and the test
    # client answers each by copying the whole context (to show tests what was rendered).
    # A server does neither, so pages render here the way they render in production.
    production_render = Template._render
    setup_test_environment()
    Template._render = production_render
    old_config = setup_databases(verbosity=0, interactive=False)
    try:
        with override_settings(ROOT_URLCONF=__name__, DEBUG=False):
            yield
    finally:
        teardown_databases(old_config, verbosity=0)


def measure(client, url, repeat, headers=None, before_each=None):
    """Server time of `repeat` GETs after a warm-up; returns (times in ms, queries per request).

    `url` may be a list: the requests then cycle through it. `before_each` runs untimed before
    every request (to clear a cache, say) and before the query count.
    """
    headers = headers or {}
    urls = url if isinstance(url, list) else [url]
    for number in range(5):
        response = client.get(urls[number % len(urls)], **headers)
        assert response.status_code == 200, (urls[number % len(urls)], response.status_code)
    times = []
    for number in range(repeat):
        if before_each:
            before_each()
        start = time.perf_counter()
        client.get(urls[number % len(urls)], **headers)
        times.append((time.perf_counter() - start) * 1000)
    if before_each:
        before_each()
    with CaptureQueriesContext(connection) as queries:
        client.get(urls[0], **headers)
    return times, len(queries)


def p95(times):
    return statistics.quantiles(times, n=20)[-1]


def report(title, urls, repeat=200, targets=None):
    """Measure each (label, url[, before_each]) against the bare view and print one table.

    Each row gets its own client, so a cookie one page sets (a form's CSRF cookie) does not
    follow the visitor to the next. `targets`, when given, is (most SQL queries, most times the
    bare view's median): each row then says whether it meets both, and a last line how many do.
    """
    bare_times, bare_queries = measure(Client(), BARE_URL, repeat)
    bare_median, bare_p95 = statistics.median(bare_times), p95(bare_times)
    # The machine's load average: figures from a busy machine are slower all over.
    load = os.getloadavg()[0]
    print(f"\n{title} ({connection.vendor}, {repeat} requests each, load {load:.1f})")
    print(
        f"{'request':<44}{'median ms':>10}{'p95 ms':>10}{'x bare':>9}{'x bare p95':>12}{'SQL':>6}"
        + (f"  target (<= {targets[0]} SQL, <= {targets[1]}x bare)" if targets else "")
    )
    rows = [("(a) bare Django view", bare_times, bare_queries)]
    for label, url, *before_each in urls:
        times, queries = measure(
            Client(), url, repeat, before_each=before_each[0] if before_each else None
        )
        rows.append((label, times, queries))
    within = 0
    for number, (label, times, queries) in enumerate(rows):
        median, slow = statistics.median(times), p95(times)
        verdict = ""
        if targets and number:
            over = [
                name
                for name, missed in (
                    ("SQL", queries > targets[0]),
                    ("time", median / bare_median > targets[1]),
                )
                if missed
            ]
            within += not over
            verdict = "  OVER: " + " and ".join(over) if over else "  ok"
        print(
            f"{label:<44}{median:>10.2f}{slow:>10.2f}{median / bare_median:>9.1f}"
            f"{slow / bare_p95:>12.1f}{queries:>6}{verdict}"
        )
    if targets:
        print(f"{within} of {len(rows) - 1} requests within both targets")
    return rows
