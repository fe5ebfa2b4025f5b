import re
import unicodedata

from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Longer queries are not logged (see is_loggable_query): the search itself gets what was typed.
LOGGED_QUERY_LENGTH = 100

# Markup and template syntax: tags, entities' brackets, {{ }}, {% %}, ${ }.
MARKUP = re.compile(r"[<>]|\{\{|\{%|\$\{")
# A web address or an e-mail address (the latter is personal data, too).
ADDRESS = re.compile(r"://|\bwww\.\S|\S@\S+\.\S", re.IGNORECASE)
# What injection tries: SQL comments, statement ends, "or 1=1", "union select", "drop table";
# paths up the tree ("../").
INJECTION_LIKE = re.compile(
    r"--|/\*|\*/|;|\.\.[/\\]|"
    r"\b(?:or|and)\s+['\"]?\w+['\"]?\s*=\s*['\"]?\w+|"
    r"\bunion\s+(?:all\s+)?select\b|\bselect\b.+\bfrom\b|"
    r"\b(?:drop|truncate|alter)\s+table\b|\binsert\s+into\b|\bdelete\s+from\b|"
    r"\b(?:sleep|benchmark|waitfor)\s*\(",
    re.IGNORECASE,
)


def is_loggable_query(typed):
    """Whether a search goes into the search log that editors read ("searches without results").

    The log is for words people look for, in any script, so it leaves out what is not words.
    Such a search still runs and shows its results; it is only not counted. Not logged:

    - empty, or longer than LOGGED_QUERY_LENGTH (100) characters once spaces are collapsed:
      nobody types that much into a search box; pasted texts and fuzzers do;
    - control characters (white space aside): they cannot be typed into the box;
    - markup or template syntax: "<" or ">", "{{", "{%", "${";
    - a web address or an e-mail address (the latter would be personal data);
    - text that looks like an injection: "--", "/*", ";", "or 1=1", "union select", "../";
    - no letter at all (only digits, punctuation or symbols - a phone number or a BSN is
      personal data too), or more punctuation and symbols than letters (fuzz, "' OR 1=1").

    Letters are Unicode letters, so Dutch, Arabic, Persian (with its zero-width non-joiner),
    Tigrinya in Ge'ez script and Turkish all count; combining marks are neither.
    """
    text = " ".join((typed or "").split())
    if not text or len(text) > LOGGED_QUERY_LENGTH:
        return False
    letters = symbols = 0
    for char in text:
        kind = unicodedata.category(char)
        if kind == "Cc" and not char.isspace():
            return False
        if kind[0] == "L":
            letters += 1
        elif kind[0] in "PS":
            symbols += 1
    if not letters or symbols > letters:
        return False
    return not (MARKUP.search(text) or ADDRESS.search(text) or INJECTION_LIKE.search(text))


class SearchLogEntryQuerySet(models.QuerySet):
    def record(self, query, language, hits, typed=None):
        """Count one search of `query` (the cleaned text that was searched for), unless what was
        typed (`typed`, the raw text, when the caller has it) is not loggable (is_loggable_query).

        Written with UPDATE and bulk_create, which send no signals: a search must not count as a
        content change that empties the page cache."""
        if not is_loggable_query(query) or (typed is not None and not is_loggable_query(typed)):
            return
        # (lower() can lengthen a text, Turkish "İ" for one: the column holds 100.)
        text = " ".join(query.lower().split())[:LOGGED_QUERY_LENGTH]
        key = {"day": timezone.localdate(), "language": language, "query": text}
        counts = {"searches": F("searches") + 1}
        if not hits:
            counts["without_results"] = F("without_results") + 1
        if self.filter(**key).update(**counts):
            return
        self.bulk_create(
            [self.model(**key, searches=1, without_results=0 if hits else 1)],
            ignore_conflicts=True,
        )

    def prune(self, keep_days, today=None):
        today = today or timezone.localdate()
        return self.filter(day__lt=today - timezone.timedelta(days=keep_days)).delete()[0]

    def without_results(self, since):
        return (
            self.filter(day__gte=since, without_results__gt=0)
            .values("query", "language")
            .annotate(searches=models.Sum("without_results"))
            .order_by("-searches", "query")
        )


class SearchLogEntry(models.Model):
    """How often a query was searched on a day, and how often it found nothing.

    Only the text of the query: no IP address, no user, no time of day.
    """

    day = models.DateField(verbose_name=_("day"))
    language = models.CharField(verbose_name=_("language"), max_length=8)
    query = models.CharField(verbose_name=_("query"), max_length=LOGGED_QUERY_LENGTH)
    searches = models.PositiveIntegerField(verbose_name=_("searches"), default=0)
    without_results = models.PositiveIntegerField(
        verbose_name=_("searches without results"), default=0
    )

    objects = SearchLogEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("search log entry")
        verbose_name_plural = _("search log")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "language", "query"], name="search_log_one_row_per_day"
            )
        ]

    def __str__(self):
        return f"{self.day} {self.language} {self.query}"
