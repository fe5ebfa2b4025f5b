"""A resident on a phone with little data: the first view of a page stays light (issue 20).

Targets per first view: 30 KB in every language on a phone that has its own Noto fonts for
Arabic and Ge'ez script (most Android phones: the @font-face rules take local() first); on a
phone without them the web font comes on top, 70 KB for an Arabic page and 90 KB for a Tigrinya
one, while a Dutch page still needs no font at all - not even for the language names in Arabic
and Ge'ez letters in its switcher. The HTML alone stays under 30 KB.

The live test server sends static files uncompressed (Django's static files handler), unlike
production, where whitenoise sends their brotli copies to a browser that accepts them (every
phone over HTTPS; the gzip copies otherwise) and Django gzips pages (docs/serving.md). So each
response body, as Playwright reads it, is compressed here the way production sends it: a page
with gzip at level 6 (GZipMiddleware), a style sheet or script with brotli (whitenoise), fonts
and images as they are. Headers are not counted, and only 200 responses are.
bench/page_weight.py measures every page type in every language over the wire from a
production-like gunicorn, headers included.
"""

import gzip

import brotli
import pytest

from tests.browser.loading import fonts_settled

# django_db: the live server reads the test database, so pytest-django must create it.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

KB = 1024
MAX_HTML = 30 * KB
WITH_OWN_FONTS = 30 * KB
WITHOUT_OWN_FONTS = {"nl": 30 * KB, "ar": 70 * KB, "ti": 90 * KB}


def sent_size(kind, body):
    if kind == "document":
        return len(gzip.compress(body, compresslevel=6))
    if kind in {"stylesheet", "script"}:
        return len(brotli.compress(body))
    return len(body)


def first_view(page, url):
    """(resource type, url, body bytes, bytes as production sends them) of every response of a
    fresh load."""
    responses = []
    page.on("response", lambda answer: responses.append(answer))
    response = page.goto(url)
    assert response.status == 200
    fonts_settled(page)
    sizes = []
    for answer in responses:
        if answer.status != 200:
            continue
        body = answer.body()
        kind = answer.request.resource_type
        sizes.append((kind, answer.url, len(body), sent_size(kind, body)))
    return sizes


def assert_within(sizes, budget):
    html = sum(sent for kind, _url, _raw, sent in sizes if kind == "document")
    total = sum(sent for _kind, _url, _raw, sent in sizes)
    listing = "\n".join(f"{kind} {sent} B (raw {raw} B) {url}" for kind, url, raw, sent in sizes)
    assert 0 < html < MAX_HTML, listing
    assert total <= budget, f"{total} B > {budget} B:\n{listing}"


@pytest.mark.parametrize("language", ["nl", "ar", "ti"])
@pytest.mark.parametrize("path", ["", "vacatures/"])
def test_first_view_on_a_phone_without_the_script_fonts_stays_within_budget(
    page_without_script_fonts, portal_url, language, path
):
    sizes = first_view(page_without_script_fonts, f"{portal_url}/{language}/{path}")
    assert_within(sizes, WITHOUT_OWN_FONTS[language])


@pytest.mark.parametrize("language", ["ar", "ti"])
def test_first_view_on_a_phone_with_its_own_fonts_stays_within_budget(page, portal_url, language):
    sizes = first_view(page, f"{portal_url}/{language}/")
    assert not [url for kind, url, *_rest in sizes if kind == "font"]
    assert_within(sizes, WITH_OWN_FONTS)


def test_the_budget_counts_every_kind_of_resource(page_without_script_fonts, portal_url):
    # An Arabic page on a phone without the font needs the self-hosted Arabic font: a count that
    # missed fonts or styles would pass the budget tests above without measuring what a phone
    # downloads.
    kinds = {kind for kind, *_rest in first_view(page_without_script_fonts, f"{portal_url}/ar/")}
    assert {"document", "stylesheet", "font"} <= kinds
