"""A production-like server for the benchmarks that go over HTTP (load.py, page_weight.py).

`production_server()` makes a throwaway PostgreSQL database next to the one DATABASE_URL names
(harness.throwaway_database: migrated), loads the demo, seeds vacancies in bulk
(vacancy_search.seed) and indexes them for site search, collects the static files into a
temporary directory, empties a Redis database for the cache, and starts gunicorn with
gunicorn.conf.py and production settings (bench/load_settings.py) on a free loopback port,
with /media/ answered from disk in front of Django as the TLS proxy does (bench/load_wsgi.py).
On the way out - normally, on an error or on Ctrl+C - it stops gunicorn, empties the Redis
database again and drops the database.
"""

import http.client
import io
import os
import random
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import redis
from harness import ROOT, throwaway_database
from vacancy_search import seed

from django.core.management import call_command
from django.db import connection
from django.test.utils import override_settings

from vacancies.models import Place, Vacancy

HOST = "127.0.0.1"
DEFAULT_REDIS_DB = 13
READY_SECONDS = 90


@dataclass
class Server:
    url: str
    detail_codes: list
    log_path: str
    workers: str
    pid: int  # gunicorn's master process; its children are the workers


def stop_on_sigterm():
    """Let `kill <pid>` unwind like Ctrl+C, so the cleanup below still runs."""

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)


def require_postgresql():
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        sys.exit("Set DATABASE_URL to a PostgreSQL database, e.g. postgres://postgres@127.0.0.1/x")
    return url


def database_url_for(url, name):
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def free_port():
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def healthy(bind):
    host, port = bind.split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=5)
    try:
        connection.request("GET", "/healthz")
        return connection.getresponse().status == 200
    except OSError:
        return False
    finally:
        connection.close()


def wait_until_ready(bind, process, log_path):
    deadline = time.monotonic() + READY_SECONDS
    while time.monotonic() < deadline and process.poll() is None:
        if healthy(bind):
            return
        time.sleep(0.3)
    with open(log_path) as log:
        tail = log.read()[-3000:]
    raise RuntimeError(f"gunicorn did not become ready at {bind}:\n{tail}")


def stop(process):
    if process.poll() is not None:
        return
    # gunicorn runs in its own session (start_new_session): its group is just it and its workers.
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=35)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def seed_content(vacancies, rng):
    call_command("load_demo", stdout=io.StringIO())
    places = list(Place.objects.all())
    codes = set(Vacancy.objects.values_list("reference_code", flat=True))
    have = Vacancy.objects.count()
    if vacancies:
        seed(have + vacancies, have, places, codes, rng)
        sys.stderr.write("  indexing vacancies for site search ...\n")
        call_command("reindex_vacancies", quiet=True, stdout=io.StringIO())
    visible = Vacancy.objects.visible().order_by("pk")
    step = max(visible.count() // 20, 1)
    return [vacancy.reference_code for vacancy in visible[::step][:20]]


@contextmanager
def production_server(
    vacancies=10_000, redis_db=DEFAULT_REDIS_DB, seed_number=42, port=None, workers=None
):
    """Yield a Server running gunicorn on a throwaway database with `vacancies` extra rows, on
    `port` (a free one when None), with `workers` worker processes (None: gunicorn.conf.py's
    GUNICORN_WORKERS or its default)."""
    database_url = require_postgresql()
    redis_url = f"redis://{HOST}:6379/{redis_db}"
    cache = redis.Redis.from_url(redis_url)
    with tempfile.TemporaryDirectory(prefix="werkroute-bench-") as scratch:
        media_root = os.path.join(scratch, "media")
        static_root = os.path.join(scratch, "static")
        log_path = os.path.join(scratch, "gunicorn.log")
        # load_demo writes its images under MEDIA_ROOT; load_wsgi serves them from the same place.
        with override_settings(MEDIA_ROOT=media_root), throwaway_database():
            sys.stderr.write(f"  database {connection.settings_dict['NAME']}: demo content ...\n")
            detail_codes = seed_content(vacancies, random.Random(seed_number))
            env = {
                **os.environ,
                "DJANGO_SETTINGS_MODULE": "bench.load_settings",
                "PYTHONPATH": str(ROOT),
                "SECRET_KEY": secrets.token_urlsafe(50),
                "ALLOWED_HOSTS": HOST,
                "SECURE_SSL_REDIRECT": "0",
                "DATABASE_URL": database_url_for(database_url, connection.settings_dict["NAME"]),
                "REDIS_URL": redis_url,
                "MEDIA_ROOT": media_root,
                "BENCH_STATIC_ROOT": static_root,
                "CONN_MAX_AGE": os.environ.get("CONN_MAX_AGE", "60"),
                "GUNICORN_BIND": f"{HOST}:{port or free_port()}",
            }
            if workers:
                env["GUNICORN_WORKERS"] = str(workers)
            sys.stderr.write("  collectstatic ...\n")
            subprocess.run(
                [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
                cwd=ROOT,
                env=env,
                check=True,
            )
            # The page cache and the content versions live here; start from nothing.
            cache.flushdb()
            with open(log_path, "w") as log:
                process = subprocess.Popen(
                    [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "bench.load_wsgi"],
                    cwd=ROOT,
                    env=env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            try:
                wait_until_ready(env["GUNICORN_BIND"], process, log_path)
                count = env.get("GUNICORN_WORKERS", f"2 x {os.cpu_count()} cores + 1")
                yield Server(
                    f"http://{env['GUNICORN_BIND']}", detail_codes, log_path, count, process.pid
                )
            finally:
                stop(process)
                cache.flushdb()
