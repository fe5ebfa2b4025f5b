"""The vacancies' listing in the admin reads its rows' places with the rows: a page of
vacancies costs the same few queries however many rows it shows."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.vacancies.factories import PlaceFactory, VacancyFactory

pytestmark = [pytest.mark.django_db, pytest.mark.skeleton]

LISTING = reverse("wagtailsnippets_vacancies_vacancy:list")


def make_vacancies(count):
    for number in range(count):
        VacancyFactory(title=f"Lijsttest {number}", place=PlaceFactory())


def test_the_vacancy_listing_does_not_query_per_row(admin_client, django_assert_max_num_queries):
    make_vacancies(2)
    admin_client.get(LISTING)  # warm the per-process caches (content types, site)
    with CaptureQueriesContext(connection) as two_rows:
        assert admin_client.get(LISTING).status_code == 200
    make_vacancies(4)
    with django_assert_max_num_queries(len(two_rows)):
        page = admin_client.get(LISTING)
    assert page.content.decode().count("Lijsttest") >= 6
