"""The search log counts words people look for, not junk (search.models.is_loggable_query).

Every kind of query the log leaves out has a case here, with normal queries in the portal's
languages beside them; and whatever is left out, the search itself still runs for the visitor.
"""

import pytest

from search.models import LOGGED_QUERY_LENGTH, SearchLogEntry, is_loggable_query
from tests.conftest import html

pytestmark = [pytest.mark.django_db, pytest.mark.skeleton]

# kind: queries of that kind, none of them logged
NOT_LOGGED = {
    "too long": ["werk " * 21, "a" * (LOGGED_QUERY_LENGTH + 1)],
    "control characters": ["reba\x00", "werk\x1b[31m", "schoon\x07maker"],
    "markup": ["<script>alert(1)</script>", "<b>werk</b>", "werk > reba", "{{ 7*7 }}", "${7*7}"],
    "addresses": ["https://aanval.example/werk", "www.werk.example", "jan.jansen@mail.example"],
    "injection": [
        "' OR 1=1 --",
        "' or 'a'='a",
        "1; DROP TABLE users",
        "admin'--",
        "UNION SELECT password FROM auth_user",
        "werk /* commentaar */",
        "../../etc/passwd",
    ],
    "no letters": ["0612345678", "123456789", "!!!???", "%%%", "🙂🙂🙂", "''''", "-- --"],
    "more symbols than letters": ["a%$#@!", "x=(y)&&z||"],
    "empty": ["", "   ", "\u200c"],
}

# language: queries people type, all logged (as words, lower-cased, spaces collapsed)
LOGGED = {
    "nl": ["schoonmaker", "TWV-vergunning", "werk 24 uur", "wat is een BSN?", "mbo-2", "B1 niveau"],
    "ar": ["عامل نظافة", "تصريح عمل؟", "وظيفة في المطبخ"],
    "ti": ["ሰራሕተኛ ጽሬት", "ስራሕ።", "ፍቓድ ስራሕ"],
    "fa": ["نظافتچی", "هتل\u200cداری", "کار در آشپزخانه"],
    "tr": ["Ofis temizlik elemanı", "İŞ İZNİ", "aşçı yardımcısı"],
}


def each_query(groups):
    """One test case per query of `groups`, named after its group: "markup-0", "ar-2"."""
    return [
        pytest.param(query, id=f"{group}-{n}")
        for group, queries in groups.items()
        for n, query in enumerate(queries)
    ]


@pytest.mark.parametrize("query", each_query(NOT_LOGGED))
def test_what_is_not_words_is_not_loggable(query):
    assert not is_loggable_query(query)


@pytest.mark.parametrize("query", each_query(LOGGED))
def test_words_in_every_portal_language_are_loggable(query):
    assert is_loggable_query(query)


def test_the_length_limit_is_on_the_collapsed_text():
    assert is_loggable_query("a" * LOGGED_QUERY_LENGTH)
    assert is_loggable_query("  " + "a" * LOGGED_QUERY_LENGTH + "  ")
    assert not is_loggable_query("a" * (LOGGED_QUERY_LENGTH + 1))


def search_page(client, language, query):
    return client.get(f"/{language}/zoeken/", {"q": query})


@pytest.mark.parametrize(
    "query",
    [
        "werk " * 21,
        "reba\x00",
        "<script>alert(1)</script>",
        "https://aanval.example/werk",
        "' OR 1=1 --",
        "0612345678",
        "!!!???",
    ],
)
def test_a_query_that_is_not_logged_is_still_searched(client, query):
    response = search_page(client, "nl", query)
    assert response.status_code == 200
    page = html(response)
    # The visitor gets the results with what they typed (cleaned, escaped), and no log.
    assert page.select_one("#search-summary")
    shown = " ".join(query.replace("\x00", "").split())
    assert page.select_one("#search-q-search-page")["value"] == shown
    assert b"<script>alert(1)</script>" not in response.content
    assert not SearchLogEntry.objects.exists()


@pytest.mark.parametrize(
    ("language", "query"),
    [(language, queries[0]) for language, queries in LOGGED.items()]
    + [("fa", "هتل\u200cداری"), ("tr", "İŞ İZNİ")],
)
def test_words_are_logged_in_their_language(client, language, query):
    response = search_page(client, language, query)
    assert response.status_code == 200
    (entry,) = SearchLogEntry.objects.all()
    assert entry.language == language
    assert entry.searches == 1
    assert len(entry.query) <= LOGGED_QUERY_LENGTH


def test_record_itself_refuses_what_is_not_words():
    SearchLogEntry.objects.record("' OR 1=1 --", "nl", hits=0)
    SearchLogEntry.objects.record("reba", "nl", hits=0, typed="reba\x00")
    assert not SearchLogEntry.objects.exists()
    SearchLogEntry.objects.record("Reba  uitkering", "nl", hits=0, typed="Reba  uitkering")
    assert SearchLogEntry.objects.get().query == "reba uitkering"
