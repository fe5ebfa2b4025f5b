"""Engine selection by environment, and the reindex command."""

import io

import pytest

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command

from search.backends import DATABASE, search_backends
from search.query import SiteSearch
from vacancies.models import Vacancy


def test_the_database_is_the_default_with_the_dutch_configuration():
    assert search_backends({}) == {"default": DATABASE}
    assert DATABASE["SEARCH_CONFIG"] == "dutch"
    if "ELASTICSEARCH_URL" not in __import__("os").environ:
        assert settings.WAGTAILSEARCH_BACKENDS == {"default": DATABASE}


def test_elasticsearch_8_when_its_url_is_set():
    backend = search_backends({"ELASTICSEARCH_URL": "https://es.intern:9200"})["default"]
    assert backend["BACKEND"] == "wagtail.search.backends.elasticsearch8"
    assert backend["URLS"] == ["https://es.intern:9200"]
    analyzer = backend["INDEX_SETTINGS"]["settings"]["index"]["analysis"]["analyzer"]["default"]
    assert "werkroute_dutch_stemmer" in analyzer["filter"]


def test_a_bad_elasticsearch_url_stops_the_start():
    with pytest.raises(ImproperlyConfigured):
        search_backends({"ELASTICSEARCH_URL": "es.intern:9200"})


def test_the_elasticsearch_client_carries_its_dsl():
    import elasticsearch
    from elasticsearch import dsl  # noqa: F401  (the former elasticsearch-dsl)

    assert elasticsearch.__versionstr__.startswith("8.")


@pytest.mark.django_db
def test_reindex_vacancies_rebuilds_a_lost_index(indexed):
    from wagtail.search.backends import get_search_backend
    from wagtail.search.models import IndexEntry

    from tests.vacancies.factories import VacancyFactory

    def in_index(text):
        # Wagtail's index of vacancies serves the suggestions; the site search's vacancies
        # come from the board's own text search (search/query.py).
        return {v.pk for v in get_search_backend().autocomplete(text, Vacancy.objects.all())}

    vacancy = indexed(lambda: VacancyFactory(title="Dakdekker herindexeertest"))
    assert vacancy.pk in in_index("herindexeertest")
    IndexEntry.objects.filter(
        content_type__model="vacancy", content_type__app_label="vacancies"
    ).delete()
    assert in_index("herindexeertest") == set()
    err = io.StringIO()
    out = io.StringIO()
    call_command("reindex_vacancies", stdout=out, stderr=err)
    assert f"Indexed {Vacancy.objects.count():,} vacancies" in out.getvalue()
    assert "indexing [" in err.getvalue()
    assert vacancy.pk in in_index("herindexeertest")


@pytest.mark.django_db
def test_prune_search_log_keeps_recent_days():
    import datetime

    from django.utils import timezone

    from search.models import SearchLogEntry

    today = timezone.localdate()
    SearchLogEntry.objects.create(day=today, language="nl", query="reba", searches=1)
    SearchLogEntry.objects.create(
        day=today - datetime.timedelta(days=91), language="nl", query="oud", searches=1
    )
    out = io.StringIO()
    call_command("prune_search_log", stdout=out)
    assert list(SearchLogEntry.objects.values_list("query", flat=True)) == ["reba"]
    assert "Removed 1" in out.getvalue()


@pytest.mark.django_db
def test_update_index_rebuilds_everything_the_search_needs():
    from wagtail.search.models import IndexEntry

    IndexEntry.objects.all().delete()
    assert SiteSearch("reba", "nl").total == 0
    call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())
    cache.clear()  # counts are cached until content changes; reindexing changes no content
    assert SiteSearch("reba", "nl").total > 0
