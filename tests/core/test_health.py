"""/healthz answers whether the database and the cache can be reached."""

import pytest

from django.db import OperationalError, connection
from django.test import override_settings

from core import fail_soft_cache, ratelimit
from portal.settings.base import redis_cache_settings

pytestmark = pytest.mark.django_db

UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        # Port 1 on the loopback: nothing listens there, so the connection is refused at once.
        "LOCATION": "redis://127.0.0.1:1/0",
    }
}


def test_healthy(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]
    assert not response.cookies


def test_an_unreachable_cache_is_reported_as_503(client):
    # override_settings gives the cache handler the new setting (Django's setting_changed).
    with override_settings(CACHES=UNREACHABLE_REDIS):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"database": "ok", "cache": "unavailable"}


def test_a_database_that_refuses_queries_is_reported_as_503(client, monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", refuse)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"database": "unavailable", "cache": "ok"}
    assert "refused" not in response.content.decode()


# The cache the settings build from REDIS_URL, pointed at a port where nothing listens.
UNREACHABLE_PORTAL_REDIS = redis_cache_settings("redis://127.0.0.1:1/0")


@pytest.fixture(autouse=True)
def cache_not_known_to_be_down():
    # Each test meets the outage afresh (the backend remembers one for CACHE_RETRY_SECONDS).
    fail_soft_cache._down_until.clear()


@pytest.mark.parametrize("path", ["/nl/", "/ar/", "/en/", "/nl/vacatures/", "/nl/vacatures/feed/"])
def test_public_pages_render_without_the_cache(demo_site, client, path):
    # The page cache on, so its middleware, the content version, the menu and the footer all
    # ask the cache that is not there.
    with override_settings(CACHES=UNREACHABLE_PORTAL_REDIS, PAGE_CACHE_SECONDS=60):
        response = client.get(path)
    assert response.status_code == 200


def test_healthz_names_the_missing_cache_while_pages_still_render(demo_site, client):
    with override_settings(CACHES=UNREACHABLE_PORTAL_REDIS, PAGE_CACHE_SECONDS=60):
        assert client.get("/nl/").status_code == 200
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"database": "ok", "cache": "unavailable"}


def test_rate_limits_fail_open_without_the_cache(caplog):
    attempts = ratelimit.limit_of("login")[0]
    with override_settings(CACHES=UNREACHABLE_PORTAL_REDIS):
        answers = [ratelimit.over_limit("login", "192.0.2.1") for _ in range(attempts + 3)]
    assert answers == [False] * (attempts + 3)
    assert "Cache unavailable" in caplog.text, "the outage is logged"


def test_only_reads_are_allowed(client):
    assert client.post("/healthz").status_code == 405
