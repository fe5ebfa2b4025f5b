"""Words of a search, and the Dutch derivations a stemmer leaves apart.

PostgreSQL's Dutch stemmer makes werkgevers -> werkgever but keeps schoonmaker and schoonmaak
apart. `word_base` strips the common suffixes and undoes a doubled vowel, so both become
"schoonmak": the board's own search and the site search index use it.
"""

import re

MAX_TERMS = 8
DUTCH_SUFFIXES = ("sters", "ster", "ingen", "ing", "ers", "er", "en", "s")


def words(text):
    return re.findall(r"\w+", (text or "").lower())


def search_terms(text):
    """Words of a query, any script; punctuation and operators are dropped, not interpreted."""
    return words(text)[:MAX_TERMS]


def term_stem(term):
    for suffix in DUTCH_SUFFIXES:
        if term.endswith(suffix) and len(term) - len(suffix) >= 4:
            return term[: -len(suffix)]
    return term


def word_base(term):
    return re.sub(r"([aeou])\1([^aeiou])$", r"\1\2", term_stem(term))


def bases_of(text):
    """The bases of the words in `text` that differ from the word: extra words for an index."""
    return " ".join(sorted({word_base(word) for word in words(text)} - set(words(text))))
