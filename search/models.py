from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Longer queries are cut for the log only: the search itself gets what was typed.
LOGGED_QUERY_LENGTH = 100


class SearchLogEntryQuerySet(models.QuerySet):
    def record(self, query, language, hits):
        """Count one search. Written with UPDATE and bulk_create, which send no signals: a
        search must not count as a content change that empties the page cache."""
        text = " ".join(query.lower().split())[:LOGGED_QUERY_LENGTH]
        if not text:
            return
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
