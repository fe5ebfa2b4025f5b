"""A resident on a phone with little data: the first view of the home page and of the vacancy
board stays light (HTML under 30 KB, everything together at most 100 KB).

The live test server sends static files uncompressed (Django's static files handler), unlike
production, where whitenoise sends their gzip copies; pages are gzipped by GZipMiddleware in
both (docs/serving.md). Uncompressed, the three style sheets alone are
about 72 KB and an Arabic page with its font 136-156 KB (bench/page_weight.py), which is not
what a phone downloads. So each response body, as Playwright reads it, is compressed here with
gzip.compress at level 6 unless it is already compressed media (WOFF2 fonts, images): that is
what a phone receives in production, give or take the compressor's settings. Only 200
responses count (Chromium's own probe for /favicon.ico is redirected and answered 404).
bench/page_weight.py measures the same pages over the wire from a production-like gunicorn.
"""

import gzip

import pytest

# django_db: the live server reads the test database, so pytest-django must create it.
pytestmark = [pytest.mark.browser, pytest.mark.django_db]

TEXT_TYPES = {"document", "stylesheet", "script"}
MAX_HTML = 30 * 1024
MAX_TOTAL = 100 * 1024


def first_view(page, url):
    """(resource type, url, body bytes, bytes after gzip) of every response of a fresh load."""
    responses = []
    page.on("response", lambda answer: responses.append(answer))
    response = page.goto(url, wait_until="networkidle")
    assert response.status == 200
    sizes = []
    for answer in responses:
        if answer.status != 200:
            continue
        body = answer.body()
        kind = answer.request.resource_type
        sent = len(gzip.compress(body, compresslevel=6)) if kind in TEXT_TYPES else len(body)
        sizes.append((kind, answer.url, len(body), sent))
    return sizes


@pytest.mark.parametrize("language", ["nl", "ar"])
@pytest.mark.parametrize("path", ["", "vacatures/"])
def test_first_view_on_a_phone_stays_within_the_data_budget(page, portal_url, language, path):
    sizes = first_view(page, f"{portal_url}/{language}/{path}")
    html = sum(sent for kind, _url, _raw, sent in sizes if kind == "document")
    total = sum(sent for _kind, _url, _raw, sent in sizes)
    listing = "\n".join(f"{kind} {sent} B (raw {raw} B) {url}" for kind, url, raw, sent in sizes)
    assert 0 < html < MAX_HTML, listing
    assert total <= MAX_TOTAL, listing


def test_the_budget_counts_every_kind_of_resource(page, portal_url):
    # An Arabic page needs the self-hosted Arabic font: a count that missed fonts or styles
    # would pass the budget test above without measuring what a phone downloads.
    kinds = {kind for kind, *_rest in first_view(page, f"{portal_url}/ar/")}
    assert {"document", "stylesheet", "font"} <= kinds
