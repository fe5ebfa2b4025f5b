"""When PostgreSQL goes away, visitors get a friendly 503 in their language, and the site comes
back by itself when the database returns.

The real test runs gunicorn in a separate process, connected to the test database through a TCP
proxy that this test can cut and restore: the database disappears from under a running server
exactly as it does when PostgreSQL restarts or the network drops.
"""

import contextlib
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


class CuttableProxy:
    """A TCP proxy to PostgreSQL. cut() closes every connection and refuses new ones, as a
    stopped database does; restore() listens again on the same port."""

    def __init__(self, target_host, target_port):
        self.target = (target_host, target_port)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.sockets = []
        self.listener = None

    def restore(self):
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

    @staticmethod
    def _pump(source, sink):
        try:
            while data := source.recv(65536):
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


@pytest.fixture
def server_behind_proxy(demo_site):
    if connection.vendor != "postgresql":
        pytest.skip("the fault test needs PostgreSQL (CI sets DATABASE_URL)")
    database = connection.settings_dict
    proxy = CuttableProxy(database["HOST"] or "127.0.0.1", int(database["PORT"] or 5432))
    proxy.restore()
    user = database["USER"]
    password = f":{database['PASSWORD']}" if database["PASSWORD"] else ""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": f"postgres://{user}{password}@127.0.0.1:{proxy.port}/{database['NAME']}",
    }
    server = subprocess.Popen(  # noqa: S603 - our own command line
        [sys.executable, "-m", "gunicorn", "portal.wsgi:application"]
        + ["--bind", f"127.0.0.1:{port}", "--workers", "1", "--timeout", "60"],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(f"http://127.0.0.1:{port}/healthz", 200)
        yield f"http://127.0.0.1:{port}", proxy
    finally:
        server.terminate()
        server.wait(timeout=30)
        proxy.cut()


def test_the_site_answers_503_while_the_database_is_down_and_recovers(server_behind_proxy):
    base, proxy = server_behind_proxy
    status, body = fetch(f"{base}/nl/")
    assert status == 200

    proxy.cut()
    for language in ("nl", "ar"):
        status, body = fetch(f"{base}/{language}/")
        assert status == 503
        assert unavailable_title(language) in body
    status, body = fetch(f"{base}/healthz")
    assert status == 503 and '"database": "unavailable"' in body

    proxy.restore()
    wait_for(f"{base}/healthz", 200, seconds=30)
    status, body = fetch(f"{base}/nl/")
    assert status == 200
    assert settings.WAGTAIL_SITE_NAME in body
