"""The same queries give the same hits on every search engine.

The database backend runs always. Elasticsearch runs when ELASTICSEARCH_URL points at an
Elasticsearch 8 server; otherwise its tests are skipped with a message.
"""

import os

import pytest

from django.core.management import call_command
from django.test import override_settings

from search.backends import search_backends
from search.query import GUIDES, VACANCIES, SiteSearch

pytestmark = [pytest.mark.django_db, pytest.mark.skeleton]

ENGINES = [
    pytest.param({}, id="database"),
    pytest.param(
        {"ELASTICSEARCH_URL": os.environ.get("ELASTICSEARCH_URL", "")},
        id="elasticsearch",
        marks=pytest.mark.skipif(
            not os.environ.get("ELASTICSEARCH_URL"),
            reason="needs ELASTICSEARCH_URL: the address of an Elasticsearch 8 server",
        ),
    ),
]

# (language, query, kind, which fixture's object must be found)
CONTRACT = [
    ("nl", "werkgevers", GUIDES, "dutch_page"),
    ("nl", "werkgever", GUIDES, "dutch_page"),
    ("nl", "aanvraag", GUIDES, "dutch_page"),
    ("nl", "schoonmaker", VACANCIES, "multilingual_vacancy"),
    ("nl", "schoonmaak", VACANCIES, "multilingual_vacancy"),
    ("nl", "kantoor schoonmaken", VACANCIES, "multilingual_vacancy"),
    ("ar", "تنظيف", VACANCIES, "multilingual_vacancy"),
    ("fa", "نظافتچی", VACANCIES, "multilingual_vacancy"),
    ("ti", "ጽሬት", VACANCIES, "multilingual_vacancy"),
    ("tr", "temizlik", VACANCIES, "multilingual_vacancy"),
]
NOTHING = [("nl", "qqqzzzxxx", GUIDES), ("ar", "qqqzzzxxx", VACANCIES)]


@pytest.fixture(params=ENGINES)
def engine(request, dutch_page, multilingual_vacancy):
    backends = search_backends(request.param)
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        if request.param:
            call_command("update_index", stdout=open(os.devnull, "w"))  # noqa: SIM115
        yield {"dutch_page": dutch_page, "multilingual_vacancy": multilingual_vacancy}


@pytest.mark.parametrize(("language", "query", "kind", "expected"), CONTRACT)
def test_same_queries_same_hits(engine, language, query, kind, expected):
    found = {item.pk for item in SiteSearch(query, language).results(kind)}
    assert engine[expected].pk in found


@pytest.mark.parametrize(("language", "query", "kind"), NOTHING)
def test_nonsense_finds_nothing(engine, language, query, kind):
    assert list(SiteSearch(query, language).results(kind)) == []
