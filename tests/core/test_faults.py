"""When PostgreSQL goes away, visitors get a friendly 503 in their language; when Redis goes
away, pages render without the cache; the site comes back by itself when either returns.

The real tests run gunicorn in a separate process, connected to the test database and to Redis
through TCP proxies that a test can cut (connections closed and refused, as when a server stops),
stall (connections accepted but nothing relayed, as with a hung server or a dropped network) and
restore. Every fetch during a fault must answer within FAULT_ANSWER_SECONDS.
"""

import contextlib
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from unittest import mock

import pytest
import redis

from django.conf import settings
from django.db import OperationalError, connection
from django.utils.translation import gettext, override

from tests.conftest import html

ROOT = Path(__file__).resolve().parents[2]


def unavailable_title(language):
    with override(language):
        return gettext("Werkroute is not available for a moment")


@pytest.mark.parametrize("language, direction", [("nl", "ltr"), ("ar", "rtl")])
def test_a_database_error_gives_a_friendly_503(demo_site, client, language, direction):
    with mock.patch(
        "wagtail.models.Site.find_for_request", side_effect=OperationalError("server closed")
    ):
        response = client.get(f"/{language}/")
    assert response.status_code == 503
    assert response["Retry-After"].isdigit()
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies
    page = html(response)
    assert page.html["lang"] == language and page.html["dir"] == direction
    assert page.h1.text.strip() == unavailable_title(language)
    assert page.find("a", href=f"/{language}/"), "a link to try the same page again"


def test_other_errors_are_still_500s(demo_site, client):
    client.raise_request_exception = False
    with mock.patch("wagtail.models.Site.find_for_request", side_effect=ValueError("bug")):
        response = client.get("/nl/")
    assert response.status_code == 500


FAULT_ANSWER_SECONDS = 5
REDIS = ("127.0.0.1", 6379)
FAULT_REDIS_DB = 11
# The servers of these tests share Redis database 11: under pytest-xdist (`--dist loadgroup`)
# they run one after the other on one worker.
pytestmark = pytest.mark.xdist_group("redis-db-11")


class CuttableProxy:
    """A TCP proxy to a server. cut() closes every connection and refuses new ones, as a
    stopped server does; stall() keeps connections open and accepts new ones but relays nothing,
    as a hung server does; restore() undoes either."""

    def __init__(self, target_host, target_port):
        self.target = (target_host, target_port)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.sockets = []
        self.listener = None
        self.relaying = threading.Event()
        self.relaying.set()

    def stall(self):
        self.relaying.clear()

    def restore(self):
        self.relaying.set()
        if self.listener is not None and self.listener.fileno() != -1:
            return  # stalled, not cut: still listening
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", self.port))
        self.listener.listen(16)
        threading.Thread(target=self._accept, args=(self.listener,), daemon=True).start()

    def cut(self):
        # shutdown() first: on Linux, close() alone leaves a blocked accept() listening.
        for sock in [self.listener, *self.sockets]:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        self.sockets = []

    def _accept(self, listener):
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            self.sockets += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    def _pump(self, source, sink):
        try:
            while data := source.recv(65536):
                self.relaying.wait()
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.close()


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=20) as response:  # noqa: S310 - loopback
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def fetch_during_fault(url):
    """A fetch while something is down: it must answer, and quickly, or workers pile up."""
    started = time.monotonic()
    status, body = fetch(url)
    seconds = time.monotonic() - started
    assert seconds < FAULT_ANSWER_SECONDS, f"{url} took {seconds:.1f} s"
    return status, body


def wait_for(url, status, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if fetch(url)[0] == status:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise AssertionError(f"{url} did not answer {status} within {seconds} s")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def server_behind_proxies(page_cache_seconds, conn_max_age=0):
    """gunicorn on the test settings, reaching PostgreSQL and Redis only through proxies."""
    if connection.vendor != "postgresql":
        pytest.skip("the fault test needs PostgreSQL (CI sets DATABASE_URL)")
    try:
        socket.create_connection(REDIS, timeout=1).close()
    except OSError:
        pytest.skip("the fault test needs Redis on 127.0.0.1:6379")
    # What an earlier run (or a benchmark on the same Redis database) left is not this run's.
    redis.Redis(*REDIS, db=FAULT_REDIS_DB).flushdb()
    database = connection.settings_dict
    database_proxy = CuttableProxy(database["HOST"] or "127.0.0.1", int(database["PORT"] or 5432))
    redis_proxy = CuttableProxy(*REDIS)
    database_proxy.restore()
    redis_proxy.restore()
    user = database["USER"]
    password = f":{database['PASSWORD']}" if database["PASSWORD"] else ""
    port = free_port()
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": (
            f"postgres://{user}{password}@127.0.0.1:{database_proxy.port}/{database['NAME']}"
        ),
        "TEST_REDIS_URL": f"redis://127.0.0.1:{redis_proxy.port}/{FAULT_REDIS_DB}",
        "TEST_PAGE_CACHE_SECONDS": str(page_cache_seconds),
        "TEST_CONN_MAX_AGE": str(conn_max_age),
        # Production's limits (the test run itself has none: portal/settings/test.py).
        "DB_STATEMENT_TIMEOUT_MS": "5000",
        "DB_LOCK_TIMEOUT_MS": "3000",
    }
    server = subprocess.Popen(  # noqa: S603 - our own command line
        [sys.executable, "-m", "gunicorn", "portal.wsgi:application"]
        + ["--bind", f"127.0.0.1:{port}", "--workers", "1", "--threads", "4", "--timeout", "60"],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(f"http://127.0.0.1:{port}/healthz", 200)
        yield f"http://127.0.0.1:{port}", database_proxy, redis_proxy
    finally:
        server.terminate()
        server.wait(timeout=30)
        database_proxy.cut()
        redis_proxy.cut()


# The server tests need a site in several languages with a board, which the skeleton site has:
# they run in the skeleton session, whose database is filled once when it starts (conftest.py).
# They spend most of their time waiting for timeouts, which the two unit sessions overlap best
# there (the demo session is the longer one). What the server's requests write is committed and
# stays for the session: the board's stored counts (tests/vacancies/conftest.py empties them).
@pytest.fixture(params=[0, 60], ids=["new-connections", "kept-connections"])
def server_behind_proxy(db, request):
    """No page cache: every request of the database tests reaches the database. The server
    connects anew for each request, or keeps its connections as production does (CONN_MAX_AGE):
    then a stall falls under a connection that is already open."""
    with server_behind_proxies(page_cache_seconds=0, conn_max_age=request.param) as server:
        base, database_proxy, _redis_proxy = server
        yield base, database_proxy


@pytest.fixture
def cached_server_behind_proxies(db):
    with server_behind_proxies(page_cache_seconds=60) as server:
        yield server


@pytest.mark.skeleton
@pytest.mark.parametrize("fault", ["cut", "stall"])
def test_the_site_answers_503_quickly_while_the_database_is_away_and_recovers(
    server_behind_proxy, fault
):
    base, proxy = server_behind_proxy
    status, body = fetch(f"{base}/nl/")
    assert status == 200

    getattr(proxy, fault)()
    # Pages nobody asked for yet are made from the database: the friendly 503.
    for language, path in (("nl", "/nl/vacatures/"), ("ar", "/ar/")):
        status, body = fetch_during_fault(f"{base}{path}")
        assert status == 503, path
        assert unavailable_title(language) in body
    # The Dutch home page was made before: its route, chrome and lists are kept in the cache
    # (core/routing.py, core/chrome.py, core/fragments.py), so it is made again without it.
    status, body = fetch_during_fault(f"{base}/nl/")
    assert status == 200
    assert settings.WAGTAIL_SITE_NAME in body
    status, body = fetch_during_fault(f"{base}/healthz")
    assert status == 503 and '"database": "unavailable"' in body

    proxy.restore()
    wait_for(f"{base}/healthz", 200, seconds=30)
    status, body = fetch(f"{base}/nl/")
    assert status == 200
    assert settings.WAGTAIL_SITE_NAME in body


@pytest.mark.skeleton
@pytest.mark.parametrize("fault", ["cut", "stall"])
def test_pages_render_without_redis_and_the_cache_comes_back(cached_server_behind_proxies, fault):
    base, _database_proxy, redis_proxy = cached_server_behind_proxies
    paths = ["/nl/", "/ar/", "/nl/vacatures/"]
    for path in paths:
        assert fetch(f"{base}{path}")[0] == 200  # now in the page cache

    getattr(redis_proxy, fault)()
    for path in [*paths, "/en/", *paths]:
        status, body = fetch_during_fault(f"{base}{path}")
        assert status == 200, path
        assert settings.WAGTAIL_SITE_NAME in body
    status, body = fetch_during_fault(f"{base}/healthz")
    assert status == 503
    assert json.loads(body) == {"database": "ok", "cache": "unavailable"}

    redis_proxy.restore()
    wait_for(f"{base}/healthz", 200, seconds=30)
    assert fetch(f"{base}/nl/")[0] == 200
