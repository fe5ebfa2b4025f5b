"""The board's counts when nothing is chosen - the list most visitors open - from a small table
(models.BoardSummary) instead of counting every open vacancy on each visit, with or without
the cache (Redis may be down; the page cache keeps a page for a minute only).

A row holds the counts of one way of counting (`key`: the FilterSet's facets, their options and
what each option means) as they were at a board data version on a day. PostgreSQL moves the
version on in the same transaction as any insert, update or delete of a vacancy that is or was
published (a trigger: migrations/0005_board_summary.py), whatever wrote it - a save, a queryset
update, a bulk load, a migration. A row is read only while its version and its day are the
current ones, so a change, and midnight (vacancies close by date), have the first visitor after
it count once more and store the result.

The version is read before counting: if a change commits in between, the counts are stored
under the older version, which is never current again, so they are never read.
"""

import hashlib
import json

from django.db import connection
from django.db.models import Subquery

from vacancies.models.summary import BoardDataVersion, BoardSummary

VERSION_ROW = 1


def summary_key(facets):
    """What is counted: every facet's options and the condition each stands for, so a new
    place or a changed rule in the FilterSet counts afresh."""
    described = [
        [name, [[str(value), str(facet.condition(value))] for value, _label in facet.options()]]
        for name, facet in facets.items()
    ]
    return hashlib.sha256(json.dumps(described).encode()).hexdigest()


def current_version():
    return BoardDataVersion.objects.filter(pk=VERSION_ROW).values("version")


def summary_counts(facets, day, count):
    """The counts with nothing chosen on `day`: stored ones (one query) while current, else
    `count()` (one statement), stored for the next visitor. Without PostgreSQL's trigger
    (the SQLite demo) always `count()`."""
    if connection.vendor != "postgresql":
        return count()
    key = summary_key(facets)
    stored = (
        BoardSummary.objects.filter(key=key, day=day, version=Subquery(current_version()))
        .values_list("counts", flat=True)
        .first()
    )
    if stored is not None:
        return stored
    version = current_version().values_list("version", flat=True).first()
    counts = count()
    if version is not None:
        BoardSummary.objects.bulk_create(
            [BoardSummary(key=key, version=version, day=day, counts=counts)],
            update_conflicts=True,
            unique_fields=["key"],
            update_fields=["version", "day", "counts"],
        )
    return counts
