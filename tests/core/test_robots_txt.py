"""/robots.txt: the public site open, the admin and everyone's own pages closed, the sitemap
named; plain text, cacheable, no cookie, no database."""

import uuid

import pytest

from django.urls import reverse
from django.utils.translation import override

from vacancies.models import VacancyIndexPage

pytestmark = [pytest.mark.django_db, pytest.mark.skeleton]

LANGUAGES = ["nl", "en", "ar", "fa", "ti", "tr"]


def rules(response):
    """(field, value) per line, comments and blank lines left out."""
    lines = response.content.decode().splitlines()
    return [
        tuple(part.strip() for part in line.split(":", 1))
        for line in lines
        if line.strip() and not line.startswith("#")
    ]


def disallowed(response):
    return [value for field, value in rules(response) if field == "Disallow"]


def is_disallowed(path, prefixes):
    return any(path.startswith(prefix) for prefix in prefixes)


def url(name, language, *args):
    with override(language):
        return reverse(name, args=args)


def test_robots_txt_is_plain_text_for_everyone_and_may_be_cached(client, settings):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert "public" in cache_control
    assert int(next(p for p in cache_control if p.startswith("max-age="))[8:]) >= 3600
    assert not response.cookies
    assert rules(response)[0] == ("User-agent", "*")


def test_robots_txt_needs_no_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert client.get("/robots.txt").status_code == 200


def test_robots_txt_is_not_under_a_language(client):
    assert client.get("/robots.txt", HTTP_ACCEPT_LANGUAGE="ar").status_code == 200
    assert client.get("/nl/robots.txt").status_code == 404


def test_robots_txt_names_the_absolute_sitemap_that_exists(client):
    sitemaps = [value for field, value in rules(client.get("/robots.txt")) if field == "Sitemap"]
    assert sitemaps == ["http://testserver/sitemap.xml"]
    assert client.get("/sitemap.xml").status_code == 200


def test_robots_txt_only_answers_reading(client):
    assert client.post("/robots.txt").status_code == 405
    assert client.head("/robots.txt").status_code == 200


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_admin_and_everyones_own_pages_are_closed_to_crawlers(client, language):
    closed = disallowed(client.get("/robots.txt"))
    token = "abc123-token"
    private = [
        "/admin/",
        "/admin/pages/",
        url("employers:dashboard", language),
        url("employers:vacancy_create", language),
        url("employers:organisation", language),
        url("employers:login", language),
        url("employers:password_reset", language),
        url("employers:password_reset_confirm", language, "MQ", token),
        url("employers:confirm", language, "MQ", token),
        url("bookings:confirmation", language, token),
        url("bookings:cancel", language, token),
        url("search:results", language),
    ]
    for path in private:
        assert is_disallowed(path, closed), path


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_public_site_stays_open_to_crawlers(client, language):
    closed = disallowed(client.get("/robots.txt"))
    board = VacancyIndexPage.objects.get(locale__language_code=language).url
    public = [
        f"/{language}/",
        board,
        f"{board}K7M4TX/",
        f"{board}feed/",
        url("employers:signup", language),
        url("employers:profile", language, "glans-bv"),
        url("bookings:desk", language, uuid.uuid4()),
        "/sitemap.xml",
        "/documents/1/flyer.pdf",
    ]
    for path in public:
        assert not is_disallowed(path, closed), path
