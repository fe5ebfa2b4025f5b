"""The whole header set under production settings, on a page, a feed and a static file; caching
headers for anonymous and signed-in visitors; the admin login limit; 404s outside /nl/."""

import gzip
import os
import runpy
from unittest import mock

import csp.middleware
import pytest

from django.conf import settings
from django.core.management import call_command
from django.test import Client, override_settings
from django.urls import reverse

from core.ratelimit import too_many_attempts_message
from tests.employers.factories import EmployerUserFactory
from vacancies.models import VacancyIndexPage

SECURITY_SETTINGS = [
    "SECURE_SSL_REDIRECT",
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "STORAGES",
]


@pytest.fixture(scope="module")
def production():
    """The security settings exactly as portal/settings/production.py makes them."""
    environment = {
        "SECRET_KEY": "x" * 60,
        "ALLOWED_HOSTS": "testserver",
        "DATABASE_URL": "postgres://nobody@127.0.0.1:1/none",
    }
    with mock.patch.dict(os.environ, environment):
        values = runpy.run_module("portal.settings.production")
    return {name: values[name] for name in SECURITY_SETTINGS}


def policy(response):
    directives = {}
    for directive in response["Content-Security-Policy"].split(";"):
        name, *sources = directive.split()
        directives[name] = set(sources)
    return directives


def assert_security_headers(response, production):
    assert response["Strict-Transport-Security"] == (
        f"max-age={production['SECURE_HSTS_SECONDS']}; includeSubDomains; preload"
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    denied = dict(item.strip().split("=") for item in response["Permissions-Policy"].split(","))
    assert {"camera", "microphone", "geolocation", "payment"} <= set(denied)
    assert set(denied.values()) == {"()"}
    directives = policy(response)
    assert directives["script-src"] == {"'self'"}
    assert directives["style-src"] == {"'self'"}
    assert directives["default-src"] == {"'self'"}
    assert directives["frame-ancestors"] == {"'none'"}
    assert directives["object-src"] == {"'none'"}
    assert not any("unsafe" in source for sources in directives.values() for source in sources)


@pytest.fixture
def secure_client(production):
    with override_settings(**{k: v for k, v in production.items() if k != "STORAGES"}):
        yield Client(HTTP_X_FORWARDED_PROTO="https")


@override_settings(PAGE_CACHE_SECONDS=60)
def test_a_page_has_the_whole_header_set(demo_site, secure_client, production):
    response = secure_client.get("/nl/")
    assert response.status_code == 200
    assert_security_headers(response, production)
    assert response["X-Frame-Options"] == "DENY"
    assert "max-age=60" in response["Cache-Control"], "kept briefly by browsers and a CDN"
    assert "private" not in response["Cache-Control"]
    assert not response.cookies


def test_a_feed_has_the_whole_header_set(demo_site, secure_client, production):
    board = VacancyIndexPage.objects.get(locale__language_code="nl")
    response = secure_client.get(f"{board.url}feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    assert_security_headers(response, production)
    assert "public" in response["Cache-Control"]
    assert not response.cookies


@pytest.fixture(scope="module")
def collected_static(tmp_path_factory, production):
    """collectstatic as a deployment runs it: hashed and compressed names (whitenoise)."""
    root = tmp_path_factory.mktemp("static")
    with override_settings(STATIC_ROOT=root, STORAGES=production["STORAGES"]):
        call_command("collectstatic", "--noinput", "-v0", "--ignore=wagtail*", "--ignore=admin")
    return root


def test_a_static_file_is_hashed_compressed_and_kept_for_a_year(
    demo_site, collected_static, production
):
    with override_settings(
        STATIC_ROOT=collected_static,
        STORAGES=production["STORAGES"],
        WHITENOISE_USE_FINDERS=False,
        WHITENOISE_AUTOREFRESH=False,
        **{k: v for k, v in production.items() if k != "STORAGES"},
    ):
        from django.templatetags.static import static

        url = static("css/portal.css")
        assert url != "/static/css/portal.css", "the name carries the content hash"
        client = Client(HTTP_X_FORWARDED_PROTO="https")
        response = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
        assert response.status_code == 200
        assert response["Content-Encoding"] == "gzip"
        cache_control = response["Cache-Control"]
        assert "immutable" in cache_control
        max_age = int(cache_control.split("max-age=")[1].split(",")[0])
        assert max_age >= 365 * 24 * 60 * 60
        assert_security_headers(response, production)
        assert not response.cookies


def test_signed_in_pages_are_private(demo_site, client):
    client.force_login(EmployerUserFactory())
    response = client.get("/nl/")
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_never_cache_views_keep_no_store(demo_site, client):
    response = client.get(reverse("healthz"))
    assert "no-store" in response["Cache-Control"]


def test_admin_uses_its_own_policy(demo_site, client):
    directives = policy(client.get("/admin/login/"))
    assert directives["frame-ancestors"] == {"'self'"}, "Wagtail's preview frame"
    assert "'unsafe-inline'" in directives["script-src"]


@pytest.mark.parametrize("path", ["/admin/does-not-exist/", "/static/nothing.css", "/healthzz"])
def test_a_miss_outside_the_language_prefix_is_a_plain_404(demo_site, admin_client, path):
    response = admin_client.get(path)
    assert response.status_code == 404
    assert "Location" not in response


def test_a_missing_public_page_still_goes_to_its_language(demo_site, client):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 302
    assert response["Location"].startswith("/nl/")


@override_settings(RATE_LIMITS={"admin_login": (3, 900)})
def test_admin_login_is_rate_limited(demo_site, client):
    attempt = {"username": "redacteur", "password": "wrong-password"}
    statuses = [client.post("/admin/login/", attempt).status_code for _ in range(3)]
    assert statuses == [200, 200, 200]
    response = client.post("/admin/login/", attempt)
    assert response.status_code == 429
    body = response.content.decode()
    assert too_many_attempts_message().split(";")[0] in body
    assert 'value="redacteur"' in body, "the name typed is kept"


@override_settings(RATE_LIMITS={"admin_login": (2, 900)})
def test_admin_login_limit_holds_even_with_the_right_password(demo_site, client, django_user_model):
    django_user_model.objects.create_superuser("chef", "chef@gemeente.example", "juist-wachtwoord")
    for _ in range(2):
        client.post("/admin/login/", {"username": "chef", "password": "fout"})
    response = client.post("/admin/login/", {"username": "chef", "password": "juist-wachtwoord"})
    assert response.status_code == 429
    assert settings.SESSION_COOKIE_NAME not in response.cookies


@override_settings(PAGE_CACHE_SECONDS=60)
def test_a_missing_page_is_not_kept(demo_site, client):
    response = client.get("/nl/bestaat-niet/")
    assert response.status_code == 404
    assert "max-age" not in response.get("Cache-Control", "")


def test_pages_go_out_compressed_to_browsers_that_accept_it(demo_site, client):
    plain = client.get("/nl/vacatures/")
    compressed = client.get("/nl/vacatures/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert compressed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in compressed["Vary"]
    assert gzip.decompress(compressed.content) == plain.content
    assert len(compressed.content) < len(plain.content) / 3
    assert "Content-Encoding" not in plain


@override_settings(PAGE_CACHE_SECONDS=60)
def test_a_page_from_the_page_cache_keeps_its_policy_without_building_it_again(
    demo_site, secure_client, production, monkeypatch
):
    built = []

    def counted_build_policy(*args, **kwargs):
        built.append(args or kwargs)
        return real_build_policy(*args, **kwargs)

    real_build_policy = csp.middleware.build_policy
    monkeypatch.setattr(csp.middleware, "build_policy", counted_build_policy)
    made = secure_client.get("/nl/")
    assert built, "the page made now gets its policy"
    built.clear()
    kept = secure_client.get("/nl/")
    assert not kept.templates, "from the page cache"
    assert kept["Content-Security-Policy"] == made["Content-Security-Policy"]
    assert not built
