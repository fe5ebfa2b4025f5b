"""A short passage of a result's text around the first word searched for, with the matches
marked. Everything is escaped first: the text comes from editors and employers."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

PASSAGE = 220


def _pattern(terms):
    # A match starts with the term, or with its first letters when the term is long enough to
    # carry an ending (werkgevers finds werkgever).
    stems = sorted({term[: max(4, len(term) - 2)] for term in terms if term}, key=len, reverse=True)
    if not stems:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(stem) for stem in stems) + r")\w*", re.I)


def passage(text, terms, length=PASSAGE):
    text = " ".join((text or "").split())
    pattern = _pattern(terms)
    first = pattern.search(text) if pattern else None
    if first is None:
        start = 0
    else:
        start = max(0, first.start() - length // 3)
        while start > 0 and not text[start - 1].isspace():
            start -= 1
    end = min(len(text), start + length)
    while end < len(text) and not text[end].isspace():
        end += 1
    window = text[start:end]
    parts = []
    position = 0
    for match in pattern.finditer(window) if pattern else ():
        parts.append(escape(window[position : match.start()]))
        parts.append(f"<mark>{escape(match.group(0))}</mark>")
        position = match.end()
    parts.append(escape(window[position:]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(parts) + suffix)  # noqa: S308 - every part is escaped
