"""Hostile inputs, and the checks every response to them must pass."""

import json
import re
from contextlib import contextmanager
from urllib.parse import quote

from hypothesis import strategies as st

from django.core.cache import cache
from django.db import transaction
from django.utils.html import escape

# Each carries markup that must never come back as markup.
MARKUP_PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    "</textarea><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "<a href=javascript:alert(1)>x</a>",
]
# What those payloads look like when a page gives them back unescaped.
RAW_MARKERS = ["<script>alert(", "<img src=x onerror=", "<svg onload=", "<a href=javascript:"]
# In a real attribute only: escaped text has &quot; where an attribute has its quote.
JAVASCRIPT_URL = re.compile(r"""\b(?:href|src|action)\s*=\s*["']\s*javascript:""", re.IGNORECASE)

HOSTILE_STRINGS = [
    *MARKUP_PAYLOADS,
    "javascript:alert(1)",
    "\x00",
    "a\x00b",
    "\u202eevil\u202c.exe",
    "\u200f\u200e",
    "\ufeff",
    "%00",
    "%",
    "%zz",
    "%%41",
    "%C0%AE%C0%AE%2F",
    "%2e%2e%2f",
    "' OR '1'='1",
    "'; DROP TABLE vacancies_vacancy; --",
    '"',
    "\\",
    "../../../../etc/passwd",
    "..\\..\\windows",
    "{{ 7*7 }}",
    "{% debug %}",
    "${7*7}",
    "-1",
    "0",
    "99999999999999999999999",
    "-99999999999999999999999",
    "2147483648",
    "1e309",
    "NaN",
    "inf",
    "1.5",
    "0x10",
    " 1 ",
    "",
    " ",
    "\r\nSet-Cookie: injected=1",
    "null",
    "[]",
    "{}",
    # Search syntax of PostgreSQL and Elasticsearch, which must stay plain words.
    "a:*",
    "!",
    "a & !b | c",
    "<->",
    "(",
    "''",
    "\\:",
    "AND OR NOT",
    "title:x*",
    "~1",
    # Dates and numbers at the edges of what the fields and date arithmetic hold.
    "0001-01-01",
    "9999-12-31",
    "2025-02-30",
    "10000-01-01",
    "99999999999.99",
    "0.001",
    "-0",
    "\U0001f600",
    "اسم الوظيفة",
    "ሰራሕተኛ",
    "A" * 5000,
    "ع" * 2000,
]

hostile_text = st.sampled_from(HOSTILE_STRINGS)
random_text = st.text(max_size=60)
out_of_range = st.integers(min_value=-(2**70), max_value=2**70).map(str)
values = st.one_of(
    hostile_text,
    random_text,
    out_of_range,
    st.tuples(hostile_text, random_text).map("".join),
)

# Header values as a real server hands them over: latin-1, no control characters.
HEADER_ALPHABET = st.characters(min_codepoint=0x20, max_codepoint=0xFF, exclude_characters="\x7f")
header_text = st.one_of(
    st.text(HEADER_ALPHABET, max_size=80),
    st.sampled_from(
        [
            value
            for value in HOSTILE_STRINGS
            if all(0x20 <= ord(ch) <= 0xFF and ord(ch) != 0x7F for ch in value)
        ]
    ),
    st.integers(min_value=1000, max_value=20000).map(lambda n: "x" * n),
)
accept_language = st.one_of(
    header_text,
    st.lists(
        st.tuples(
            st.sampled_from(["nl", "ar", "fa", "ti", "tr", "en", "*", "xx-YY", "zh-Hant-TW", ""]),
            st.sampled_from(["", ";q=0.5", ";q=", ";q=abc", ";q=-1", ";q=9e999", ";;", ";q=1.0"]),
        ).map("".join),
        max_size=8,
    ).map(", ".join),
    st.just("nl-NL," * 2000),
)
cookie_header = st.fixed_dictionaries(
    {},
    optional={
        "sessionid": header_text,
        "csrftoken": header_text,
        "django_language": header_text,
        "messages": header_text,
    },
).map(lambda cookies: "; ".join(f"{name}={value}" for name, value in cookies.items()))
headers = st.fixed_dictionaries(
    {},
    optional={
        "HTTP_ACCEPT_LANGUAGE": accept_language,
        "HTTP_REFERER": header_text,
        "HTTP_USER_AGENT": header_text,
        "HTTP_ACCEPT": header_text,
        "HTTP_ACCEPT_ENCODING": header_text,
        "HTTP_IF_NONE_MATCH": header_text,
        "HTTP_IF_MODIFIED_SINCE": header_text,
        "HTTP_RANGE": header_text,
        "HTTP_X_FORWARDED_FOR": header_text,
        "HTTP_X_REQUESTED_WITH": header_text,
    },
)

# Parameter names no view reads, besides each view's own.
random_names = st.one_of(
    st.sampled_from(["page", "q", "next", "lang", "format", "callback", "__proto__", "a[]"]),
    st.text(min_size=1, max_size=12),
)


def query_string(names):
    """A raw query string: the view's real parameter names and random ones, hostile values,
    sometimes encoded wrongly on purpose."""
    pair = st.tuples(st.one_of(st.sampled_from(names), random_names), values)
    encoded = st.lists(pair, max_size=8).map(
        lambda pairs: "&".join(
            f"{quote(name, safe='')}={quote(value, safe='')}" for name, value in pairs
        )
    )
    junk = st.sampled_from(["%", "%zz", "&&=&", "=", "a=%FF%FE", "q=%00", "page=%C0%80", ";;"])
    return st.one_of(encoded, st.tuples(encoded, junk).map("&".join))


def path_segment():
    return st.one_of(
        values.filter(bool).map(lambda value: quote(value, safe="")),
        st.sampled_from(["..", "../..", "%2e%2e", "%2F", "%00", "%ZZ", "//", ".", "~", ";x=1"]),
    )


@contextmanager
def fresh_state():
    """One example's database changes are undone, and its rate-limit counters forgotten."""
    cache.clear()
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


def body_of(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode("utf-8", "replace")
    return response.content.decode("utf-8", "replace")


def check_response(response, what=""):
    """Never a server error, never markup echoed, JSON that parses."""
    assert response.status_code < 500, f"{what}: status {response.status_code}"
    content_type = response.get("Content-Type", "")
    body = body_of(response)
    if content_type.startswith("application/json"):
        json.loads(body)
        return body
    for marker in RAW_MARKERS:
        assert marker not in body, f"{what}: {marker!r} came back unescaped"
    assert not JAVASCRIPT_URL.search(body), f"{what}: a javascript: URL came back"
    return body


def text_fields(form):
    """Names of the fields a person types into (not passwords, not disabled ones)."""
    names = []
    for name, field in form.fields.items():
        widget = field.widget
        kind = getattr(widget, "input_type", None) or widget.__class__.__name__
        if kind in ("text", "email", "url", "Textarea") and not field.disabled:
            names.append(name)
    return names


def check_typed_values_kept(body, names, data, what=""):
    """A form that did not validate shows what was typed in its text fields, escaped."""
    for name in names:
        typed = data.get(name)
        if not isinstance(typed, str) or not typed.strip():
            continue
        assert escape(typed) in body, f"{what}: {name}={typed!r} is not shown again"
