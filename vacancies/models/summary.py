"""The board's counts when nothing is chosen, kept in the database (vacancies/summary.py)."""

from django.db import models


class BoardDataVersion(models.Model):
    """One row: a number that moves on, in the same transaction, whenever a published vacancy
    is added, changed or removed. PostgreSQL moves it itself (a trigger, migration 0005), so
    nothing that writes vacancies can forget it: a save, a queryset update, a bulk load."""

    version = models.BigIntegerField(
        default=1, help_text="Moves on with every change of a published vacancy."
    )

    class Meta:
        verbose_name = "board data version"

    def __str__(self):
        return f"board data version {self.version}"


class BoardSummary(models.Model):
    """The counts of the board with nothing chosen, as they were at `version` on `day`."""

    key = models.CharField(
        max_length=64,
        unique=True,
        help_text="What was counted: the facets, their options and what each option means.",
    )
    version = models.BigIntegerField(help_text="The board data version the counts are of.")
    day = models.DateField(help_text="The day the counts are of: vacancies close by date.")
    counts = models.JSONField(help_text='{"total": n, facet: {option: n}}.')

    class Meta:
        verbose_name = "board summary"

    def __str__(self):
        return f"board summary of {self.day} at version {self.version}"
