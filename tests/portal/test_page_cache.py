"""The page cache: anonymous pages come from the cache until content changes or a day passes."""

import datetime

import pytest

from django.test import Client
from django.utils import timezone

from home.models import HomePage
from tests.factories import VacancyFactory
from vacancies.models import Vacancy

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 60


def test_an_anonymous_page_is_served_from_the_cache(client, django_assert_num_queries):
    first = client.get("/nl/vacatures/")
    assert first["Cache-Control"] == "max-age=60"
    with django_assert_num_queries(0):
        second = client.get("/nl/vacatures/")
    assert second.content == first.content
    assert not second.cookies


def test_a_content_change_empties_the_cache(client):
    client.get("/nl/")
    home = HomePage.objects.get(locale__language_code="nl")
    home.intro = "Een nieuwe inleiding voor de test."
    home.save_revision().publish()
    assert "Een nieuwe inleiding voor de test." in client.get("/nl/").content.decode()


def test_a_new_vacancy_shows_at_once(client):
    client.get("/nl/vacatures/")
    vacancy = VacancyFactory(title="Nieuwe vacature voor de cachetest")
    assert vacancy.title in client.get("/nl/vacatures/").content.decode()


def test_a_new_day_closes_cached_vacancies(client, monkeypatch):
    vacancy = Vacancy.objects.visible().order_by("closing_date").first()
    closing_day = vacancy.closing_date
    last_second = timezone.make_aware(
        datetime.datetime.combine(closing_day, datetime.time(23, 59, 59))
    )
    monkeypatch.setattr(timezone, "now", lambda: last_second)
    assert vacancy.reference_code in client.get("/nl/vacatures/?order=closing").content.decode()
    next_day = last_second + datetime.timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: next_day)
    page = client.get("/nl/vacatures/?order=closing").content.decode()
    assert vacancy.reference_code not in page


def test_visitors_with_a_session_always_get_a_fresh_page(client, django_user_model):
    anonymous = Client()
    anonymous.get("/nl/")
    # A change behind the application's back (no signal) leaves the cached page as it was ...
    HomePage.objects.filter(locale__language_code="nl").update(intro="Stil veranderd.")
    assert "Stil veranderd." not in anonymous.get("/nl/").content.decode()
    # ... but an editor's request never comes from the cache.
    client.force_login(django_user_model.objects.get(username="admin"))
    assert "Stil veranderd." in client.get("/nl/").content.decode()


@pytest.mark.parametrize("path", ["/nl/bestaat-niet/", "/admin/login/"])
def test_errors_and_the_admin_are_not_cached(client, path):
    client.get(path)
    response = client.get(path)
    assert "max-age=60" not in response.get("Cache-Control", "")


def test_a_gone_vacancy_is_not_cached(client):
    vacancy = VacancyFactory()
    Vacancy.objects.filter(pk=vacancy.pk).update(
        closing_date=timezone.localdate() - datetime.timedelta(days=40)
    )
    assert client.get(f"/nl/vacatures/{vacancy.reference_code}/").status_code == 410
    assert "max-age" not in client.get(f"/nl/vacatures/{vacancy.reference_code}/").get(
        "Cache-Control", ""
    )
