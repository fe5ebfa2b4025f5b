"""Hostile query strings, path segments and headers against every public URL of the demo."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from django.contrib.auth import get_user_model
from django.test import Client

from demo.employers import DEMO_EMPLOYER
from tests.fuzz import hostile
from tests.fuzz.urls import employer_targets, public_targets

FUZZ = settings.get_profile("werkroute-fuzz")
SWEEP_HEADERS = {
    "HTTP_ACCEPT_LANGUAGE": "xx;q=abc, *;q=9e999, " + "nl-NL," * 300,
    "HTTP_REFERER": '"><img src=x onerror=alert(1)>',
    "HTTP_USER_AGENT": "<script>alert(1)</script>" * 200,
    "HTTP_COOKIE": "sessionid=' OR '1'='1; csrftoken=<script>; django_language=../../etc",
}


def sweep_query(target):
    """Every parameter the view reads, and one it does not, with markup and a NUL byte."""
    names = [*target.params, "junk"]
    return "&".join(
        f"{name}={payload}"
        for name in names
        for payload in ("%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "a%00b", "-1")
    )


def employer():
    return get_user_model().objects.get(username=DEMO_EMPLOYER[0])


@pytest.fixture
def targets(db):
    return public_targets()


@pytest.fixture
def logged_in_targets(db):
    return employer_targets()


def test_every_public_url_survives_a_hostile_request(targets):
    """Each URL once, with every parameter it reads set to markup, NUL and -1, and junk
    headers; all failures are reported together."""
    assert len(targets) > 100  # pages in six languages, the board's sub-URLs, employers' pages
    failures = []
    for target in targets:
        url = f"{target.url}?{sweep_query(target)}"
        try:
            with hostile.fresh_state():
                hostile.check_response(Client().get(url, **SWEEP_HEADERS), url)
        except Exception as error:  # noqa: BLE001 - a view's exception is its 500
            failures.append(f"{url}: {error!r}"[:400])
    assert not failures, "\n".join(failures)


def test_every_employer_url_survives_a_hostile_request(logged_in_targets):
    failures = []
    user = employer()
    for target in logged_in_targets:
        url = f"{target.url}?{sweep_query(target)}"
        try:
            with hostile.fresh_state():
                client = Client()
                client.force_login(user)
                response = client.get(
                    url, HTTP_ACCEPT_LANGUAGE=SWEEP_HEADERS["HTTP_ACCEPT_LANGUAGE"]
                )
                assert response.status_code == 200, f"status {response.status_code}"
                hostile.check_response(response, url)
        except Exception as error:  # noqa: BLE001
            failures.append(f"{url}: {error!r}"[:400])
    assert not failures, "\n".join(failures)


@FUZZ
@given(data=st.data())
def test_random_query_strings_and_headers(targets, data):
    target = data.draw(st.sampled_from(targets), label="target")
    query = data.draw(hostile.query_string(target.params or ["page"]), label="query")
    extra = data.draw(hostile.headers, label="headers")
    with hostile.fresh_state():
        response = Client().get(f"{target.url}?{query}", **extra)
        hostile.check_response(response, target.url)


@FUZZ
@given(data=st.data())
def test_random_path_segments(targets, data):
    target = data.draw(st.sampled_from(targets), label="target")
    segment = data.draw(hostile.path_segment(), label="segment")
    base = target.url if target.url.endswith("/") else target.url + "/"
    where = data.draw(st.sampled_from(["append", "replace_last", "after_language"]))
    if where == "append":
        url = f"{base}{segment}/"
    elif where == "replace_last":
        url = base.rstrip("/").rsplit("/", 1)[0] + f"/{segment}/"
    else:
        url = base[:4] + segment + "/" + base[4:]
    with hostile.fresh_state():
        hostile.check_response(Client().get(url), url)


@FUZZ
@given(data=st.data())
def test_junk_cookies_and_headers(targets, data):
    target = data.draw(st.sampled_from(targets), label="target")
    extra = data.draw(hostile.headers, label="headers")
    extra["HTTP_COOKIE"] = data.draw(hostile.cookie_header, label="cookies")
    with hostile.fresh_state():
        hostile.check_response(Client().get(target.url, **extra), target.url)


@FUZZ
@given(data=st.data())
def test_logged_in_employer_pages_with_random_queries(logged_in_targets, data):
    target = data.draw(st.sampled_from(logged_in_targets), label="target")
    query = data.draw(hostile.query_string(target.params or ["page"]), label="query")
    extra = data.draw(hostile.headers, label="headers")
    with hostile.fresh_state():
        client = Client()
        client.force_login(employer())
        response = client.get(f"{target.url}?{query}", **extra)
        hostile.check_response(response, target.url)


@FUZZ
@given(data=st.data())
def test_search_words(targets, data):
    """Only the words typed: the site search, its suggestions and the board's search box."""
    searches = [target for target in targets if "q" in target.params]
    target = data.draw(st.sampled_from(searches), label="target")
    words = data.draw(hostile.values, label="q")
    with hostile.fresh_state():
        response = Client().get(target.url, {"q": words})
        hostile.check_response(response, target.url)
