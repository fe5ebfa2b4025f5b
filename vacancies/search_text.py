"""What the board and the site search match a vacancy on: one place builds it.

The employer writes in one language, but the coded facts (sector, kind of work, contract,
shifts) have a name in every portal language. A resident who types the Arabic or Tigrinya
word for cleaning must find every cleaning job, whatever language its employer wrote in.

- The board (vacancies/query.py) keeps its stored text narrow, so its text index and table
  stay small: the text holds one short token per coded fact ("zzsectorschoonmaak"), and each
  word searched for is expanded to the tokens of the facts whose name, in any portal language,
  starts with it (`fact_tokens_for`). The site search lists the vacancies this same text
  search finds (search/query.py).

The stored text is folded to lower case (vacancies.words.fold): PostgreSQL's text search folds
case itself, but SQLite's LIKE (the demo's database) only folds ASCII letters.
"""

from functools import cache, lru_cache

from django.conf import settings
from django.utils import translation

from vacancies.choices import Contract, Kind, Sector, Shift
from vacancies.words import ARABIC_LETTERS, bases_of, fold, word_base, words

FACT_CHOICES = {"sector": Sector, "kind": Kind, "contract": Contract, "shift": Shift}
# A token is a mark per field and the stored value, letters only, so every database and
# text-search parser keeps it whole; short, because every row of the board carries a few.
FACT_MARKS = {"sector": "zzs", "kind": "zzk", "contract": "zzc", "shift": "zzh"}
# A word this short ("و", "ve", "IT", "ቤት") finds a fact only as a whole word of its name,
# not as the start of a longer one.
MIN_PREFIX = 3


def fact_token(field, value):
    return f"{FACT_MARKS[field]}{value}".replace("_", "")


def facts_of(vacancy):
    """(field, value) of each coded fact the vacancy has; shifts are yes/no columns."""
    facts = [
        (field, getattr(vacancy, field))
        for field in ("sector", "kind", "contract")
        if getattr(vacancy, field, "") in FACT_CHOICES[field].values
    ]
    facts += [("shift", shift.value) for shift in Shift if getattr(vacancy, f"shift_{shift.value}")]
    return facts


@cache
def label_in_every_language(field, value):
    """The label of one coded value in each portal language, each once, as one line.

    Cached per process: the labels change only with a new release of the translations."""
    labels = []
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            label = str(FACT_CHOICES[field](value).label)
        if label not in labels:
            labels.append(label)
    return " ".join(labels)


@cache
def label_words():
    """{word of a label in any language: the tokens of the facts it names}."""
    index = {}
    for field, choices in FACT_CHOICES.items():
        for value in choices.values:
            for word in words(label_in_every_language(field, value)):
                index.setdefault(word, set()).add(fact_token(field, value))
    return index


@lru_cache(maxsize=4096)
def fact_tokens_for(term):
    """The tokens of the facts whose name has a word starting with `term` (or with its base:
    schoonmaken -> schoonmaak, تنظيف -> التنظيف), as the text search matches words. The same
    for a term on every request: remembered for the most recent terms."""
    if len(term) < MIN_PREFIX:
        return tuple(sorted(label_words().get(term, ())))
    base = word_base(term)
    tokens = set()
    for word, word_tokens in label_words().items():
        if word.startswith(term) or word_base(word).startswith(base):
            tokens |= word_tokens
    return tuple(sorted(tokens))


def place_text(place):
    if place is None:
        return ""
    parts = dict.fromkeys(part for part in (place.name, place.municipality, place.azc_name) if part)
    return "\n".join(parts)


def search_text_of(vacancy, place, translations):
    """The board's searchable text of a vacancy: its own text and translations, the employer,
    the place and its azc, Arabic words without their article, and a token per coded fact.

    Duck-typed (any object with the vacancy's fields), so the data migration that fills old
    rows uses the same rule as saving a vacancy."""
    parts = [vacancy.title, vacancy.description, vacancy.employer_name, place_text(place)]
    for item in translations:
        parts += [item.title, item.description]
    text = "\n".join(part for part in parts if part)
    tokens = " ".join(fact_token(field, value) for field, value in facts_of(vacancy))
    # التنظيف -> تنظيف: the Arabic article is written into the word, so the word without it
    # is stored too. Dutch derivations (schoonmaker -> schoonmak) need no copy: the board
    # searches them as prefixes of the typed word's base.
    arabic = " ".join(base for base in bases_of(text).split() if ARABIC_LETTERS.match(base))
    return fold("\n".join(part for part in (text, arabic, tokens) if part))


CHUNK = 1000


def refresh_in_chunks(queryset, chunk=CHUNK):
    """Rebuild the stored search text of many vacancies, `chunk` rows at a time; yields each
    chunk (with place and translations loaded) and the vacancies in it whose text changed,
    after saving those.

    Works on the historical model in a migration too. An UPDATE sends no signals: callers
    tell the board's caches themselves."""
    last_pk = 0
    while True:
        batch = list(
            queryset.filter(pk__gt=last_pk)
            .order_by("pk")
            .select_related("place")
            .prefetch_related("translations")[:chunk]
        )
        if not batch:
            return
        changed = []
        for vacancy in batch:
            text = search_text_of(vacancy, vacancy.place, vacancy.translations.all())
            if text != vacancy.search_text:
                vacancy.search_text = text
                changed.append(vacancy)
        if changed:
            queryset.model._base_manager.bulk_update(changed, ["search_text"])
        yield batch, changed
        last_pk = batch[-1].pk
