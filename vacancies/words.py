"""Words of a search, and the Dutch derivations a stemmer leaves apart.

PostgreSQL's Dutch stemmer makes werkgevers -> werkgever but keeps schoonmaker and schoonmaak
apart. `word_base` strips the common suffixes and undoes a doubled vowel, so both become
"schoonmak": the board's own search and the site search index use it. Arabic writes the article
into the word (التنظيف, "the cleaning"); the base drops it, so تنظيف finds it and the reverse.
"""

import re

MAX_TERMS = 8
DUTCH_SUFFIXES = ("sters", "ster", "ingen", "ing", "ers", "er", "en", "s")
# The Arabic article, alone or after "and" (و); only stripped from words long enough to keep
# a stem of three letters.
ARABIC_ARTICLES = ("وال", "ال")
ARABIC_LETTERS = re.compile(r"[\u0621-\u064a]")


def fold(text):
    """Lower case as the database's text search does it: Turkish İ becomes i, not i + a dot."""
    return (text or "").lower().replace("i\u0307", "i")


def words(text):
    return re.findall(r"\w+", fold(text))


def search_terms(text):
    """Words of a query, any script; punctuation and operators are dropped, not interpreted."""
    return words(text)[:MAX_TERMS]


def term_stem(term):
    for suffix in DUTCH_SUFFIXES:
        if term.endswith(suffix) and len(term) - len(suffix) >= 4:
            return term[: -len(suffix)]
    return term


def word_base(term):
    if ARABIC_LETTERS.match(term):
        for article in ARABIC_ARTICLES:
            if term.startswith(article) and len(term) - len(article) >= 3:
                return term[len(article) :]
        return term
    return re.sub(r"([aeou])\1([^aeiou])$", r"\1\2", term_stem(term))


def bases_of(text):
    """The bases of the words in `text` that differ from the word: extra words for an index."""
    return " ".join(sorted({word_base(word) for word in words(text)} - set(words(text))))
