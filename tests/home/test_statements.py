"""The privacy statement and the accessibility statement of the demo: what they promise must
match the code and settings, and they are reachable from every page's footer."""

import datetime
import re
import runpy

import pytest

from django.conf import settings
from django.template.defaultfilters import date as date_filter
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale

from core.models import FooterSettings
from search.models import SearchLogEntry
from tests.conftest import html

pytestmark = pytest.mark.django_db


def statement_text(client, kind, language):
    """The visible text of the statement chosen in the footer settings, in `language`."""
    source = getattr(FooterSettings.objects.get(), f"{kind}_page")
    page = source.get_translation(Locale.objects.get(language_code=language))
    article = html(client.get(page.url)).select_one("main article")
    return " ".join(article.get_text(" ").split())


@pytest.mark.parametrize(
    ("language", "retention"),
    [("nl", "verwijderen we deze gegevens na {days} dagen"), ("en", "after {days} days")],
)
def test_privacy_statement_gives_the_search_logs_real_retention(client, language, retention):
    text = statement_text(client, "privacy", language)

    assert retention.format(days=settings.SEARCH_LOG_DAYS) in text


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_search_log_keeps_what_the_privacy_statement_says_and_no_more(client, language):
    # The statement lists day, language, words and two counts: the model must hold nothing else.
    logged = {field.name for field in SearchLogEntry._meta.get_fields()} - {"id"}
    assert logged == {"day", "language", "query", "searches", "without_results"}
    text = statement_text(client, "privacy", language)
    assert ("geen IP-adres" if language == "nl" else "no IP address") in text


def test_the_access_log_holds_what_the_privacy_statement_says(client):
    gunicorn = runpy.run_path(str(settings.BASE_DIR / "gunicorn.conf.py"))
    log_format = gunicorn["access_log_format"]

    # Gunicorn's atoms for the client address, the request line and the query string.
    for atom in ("%(h)s", "%(r)s", "%(q)s", "%({x-forwarded-for}i)s"):
        assert atom not in log_format
    assert "%(U)s" in log_format
    text = statement_text(client, "privacy", "nl")
    assert "Uw IP-adres staat er niet in, en ook niet de woorden waarop u zocht." in text


@pytest.mark.parametrize(
    ("language", "only_personal_data", "complaint"),
    [
        ("nl", "enige persoonsgegevens", "klacht indienen bij de Autoriteit Persoonsgegevens"),
        ("en", "only personal data", "complaint with the Autoriteit Persoonsgegevens"),
    ],
)
def test_privacy_statement_names_accounts_as_the_only_personal_data_and_the_authority(
    client, language, only_personal_data, complaint
):
    page = html(client.get(privacy_in(language).url))
    text = " ".join(page.select_one("main article").get_text(" ").split())

    sentence = next(s for s in re.split(r"(?<=\.) ", text) if only_personal_data in s)
    assert "account" in sentence
    assert complaint in text
    authority = page.select_one('main article a[href^="https://autoriteitpersoonsgegevens.nl"]')
    assert authority is not None
    footer = FooterSettings.objects.get()
    assert page.select_one(f'main article a[href="mailto:{footer.contact_email}"]') is not None


def test_privacy_statement_promises_no_retention_period_for_accounts_that_nothing_enforces(client):
    # No command deletes employer accounts; the statement must not name a term for them.
    text = statement_text(client, "privacy", "nl")
    accounts_part = text.split("Hoe lang", 1)[1].split("Bescherming tegen misbruik", 1)[0]

    assert "zolang u het gebruikt" in accounts_part
    assert not re.search(r"\d", accounts_part)


@pytest.mark.parametrize("name", ["employers:signup", "employers:login", "employers:callback"])
def test_the_forms_to_log_in_or_sign_up_set_only_the_cookie_the_statement_names(client, name):
    # The statement: visitors who do not log in get no cookie, except the form-protection cookie
    # on these forms.
    with translation.override("nl"):
        url = reverse(name)

    response = client.get(url)

    assert set(response.cookies) == {settings.CSRF_COOKIE_NAME}
    text = statement_text(client, "privacy", "nl")
    sentences = re.split(r"(?<=\.) ", text)
    no_cookie = next(s for s in sentences if "plaatsen we geen cookie" in s)
    assert "niet inlogt" in no_cookie and "teruggebeld" in no_cookie
    forms = next(s for s in sentences if "plaatst die tweede cookie ook" in s)
    assert all(form in forms for form in ("in te loggen", "een account te maken", "teruggebeld"))


def test_tigrinya_month_names_are_no_longer_a_known_issue(client):
    # The statement once listed Dutch month names in Tigrinya; core/formats/ti fixed that.
    day = datetime.date(2026, 11, 30)
    with translation.override("nl"):
        dutch = date_filter(day, "F")
    with translation.override("ti"):
        tigrinya = date_filter(day, "F")

    assert tigrinya != dutch
    text = statement_text(client, "accessibility", "nl")
    assert "Tigrinya" not in text


@pytest.mark.parametrize(
    ("language", "status"),
    [
        ("nl", "De status van deze website is: C - eerste maatregelen genomen."),
        ("en", "The status of this website is: C - first measures taken."),
    ],
)
def test_accessibility_statement_names_the_standard_and_the_status(client, language, status):
    text = statement_text(client, "accessibility", language)

    assert "WCAG 2.1" in text
    assert "EN 301 549" in text
    assert "Besluit digitale toegankelijkheid overheid" in text
    assert status in text


def test_statements_are_translated_in_english_and_fall_back_to_dutch_elsewhere():
    footer = FooterSettings.objects.get()
    for source in (footer.privacy_page, footer.accessibility_page):
        english = source.get_translation(Locale.objects.get(language_code="en"))
        arabic = source.get_translation(Locale.objects.get(language_code="ar"))
        assert english.alias_of_id is None
        assert english.title != source.title
        assert arabic.alias_of_id == source.pk


@pytest.mark.parametrize("code", ["nl", "en", "ar"])
def test_both_statements_are_linked_from_the_footer(client, code):
    footer = FooterSettings.objects.get()
    locale = Locale.objects.get(language_code=code)

    page = html(client.get(f"/{code}/"))

    links = {a["href"]: a.get_text(strip=True) for a in page.select("footer a")}
    for statement in (footer.privacy_page, footer.accessibility_page):
        translated = statement.get_translation(locale)
        assert links[translated.url] == translated.title
        assert client.get(translated.url).status_code == 200


def privacy_in(language):
    source = FooterSettings.objects.get().privacy_page
    return source.get_translation(Locale.objects.get(language_code=language))
