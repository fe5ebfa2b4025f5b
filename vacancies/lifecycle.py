"""The one definition of where a vacancy is in its life: draft, open, closing soon, taken
offline, expired.

A vacancy's state follows from three of its fields - `live`, `first_published_at` and
`closing_date` - and today's date in the Netherlands. Each state is given here twice, once as a
database condition (`condition`, behind the queryset methods that `Vacancy.objects` exposes)
and once for a vacancy in hand (`state_of`); tests/vacancies/test_lifecycle.py holds them to
each other. Views, templates, figures, the demo and the employers' dashboard ask here instead of
comparing dates themselves.

Moderation and "closed as filled" are not lifecycle states: a published vacancy can have an
edit waiting for approval while it stays open, and "filled" is the employer's word on a posting.
The employers' posting state machine (employers/postings.py) adds them on top of this one.
"""

import datetime
import operator
from functools import reduce

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# A vacancy with fewer days than this left to respond is "closing soon" on the board, on the
# employer's dashboard and in the figures.
CLOSING_SOON_DAYS = 7
# After this many days a closed vacancy's page answers 410 Gone instead of "closed on ...".
GONE_AFTER_DAYS = 30


def today():
    """The date in the Netherlands: a vacancy closes at the end of its closing date there."""
    return timezone.localdate()


class Lifecycle(models.TextChoices):
    DRAFT = "draft", _("Draft")  # never published
    OPEN = "open", _("Open")  # published, CLOSING_SOON_DAYS or more days left
    CLOSING_SOON = "closing_soon", _("Closing soon")  # published, fewer days left
    WITHDRAWN = "withdrawn", _("Taken offline")  # published once, offline before its closing date
    EXPIRED = "expired", _("Expired")  # published once, its closing date has passed


# What residents see: lists, search, feeds, the sitemap, the home page, the editors' figures.
VISIBLE = (Lifecycle.OPEN, Lifecycle.CLOSING_SOON)


def soon_limit(on=None):
    """The first closing date that is no longer "closing soon"."""
    return (on or today()) + datetime.timedelta(days=CLOSING_SOON_DAYS)


def past_closing_date(vacancy, on=None):
    """The closing date has passed: nobody can respond any more."""
    return vacancy.closing_date < (on or today())


def closes_soon(vacancy, on=None):
    """Fewer than CLOSING_SOON_DAYS days are left to respond (by the date alone)."""
    return vacancy.closing_date < soon_limit(on)


def state_of(vacancy, on=None):
    """The vacancy's lifecycle state on `on` (today)."""
    on = on or today()
    if vacancy.live and not past_closing_date(vacancy, on):
        return Lifecycle.CLOSING_SOON if closes_soon(vacancy, on) else Lifecycle.OPEN
    if not vacancy.live and vacancy.first_published_at is None:
        return Lifecycle.DRAFT
    if past_closing_date(vacancy, on):
        return Lifecycle.EXPIRED
    return Lifecycle.WITHDRAWN


def is_visible(vacancy, on=None):
    return state_of(vacancy, on) in VISIBLE


def is_gone(vacancy, on=None):
    """Closed so long ago that its page answers 410 Gone."""
    return vacancy.closing_date < (on or today()) - datetime.timedelta(days=GONE_AFTER_DAYS)


def visible_condition(on=None):
    """Open or closing soon, as one condition: the board's query (index: live, closing_date)."""
    return Q(live=True, closing_date__gte=on or today())


def condition(state, on=None):
    """The database condition for one state: the same rule as `state_of`."""
    on = on or today()
    published_once = Q(first_published_at__isnull=False)
    return {
        Lifecycle.DRAFT: Q(live=False, first_published_at__isnull=True),
        Lifecycle.OPEN: visible_condition(on) & Q(closing_date__gte=soon_limit(on)),
        Lifecycle.CLOSING_SOON: visible_condition(on) & Q(closing_date__lt=soon_limit(on)),
        Lifecycle.WITHDRAWN: Q(live=False, closing_date__gte=on) & published_once,
        Lifecycle.EXPIRED: Q(closing_date__lt=on) & (Q(live=True) | published_once),
    }[Lifecycle(state)]


class LifecycleQuerySet(models.QuerySet):
    """One method per state; `Vacancy.objects` has them all."""

    def in_states(self, *states, on=None):
        return self.filter(reduce(operator.or_, (condition(state, on) for state in states)))

    def draft(self, on=None):
        return self.in_states(Lifecycle.DRAFT, on=on)

    def open(self, on=None):
        """Published with CLOSING_SOON_DAYS or more days left; see `visible` for all open ones."""
        return self.in_states(Lifecycle.OPEN, on=on)

    def closing_soon(self, on=None):
        return self.in_states(Lifecycle.CLOSING_SOON, on=on)

    def withdrawn(self, on=None):
        return self.in_states(Lifecycle.WITHDRAWN, on=on)

    def expired(self, on=None):
        """Were published and are past their closing date: their pages say so, not a 404."""
        return self.in_states(Lifecycle.EXPIRED, on=on)

    def visible(self, on=None):
        """The one rule for what residents see: published and not past its closing date.

        A vacancy leaves every list the moment its closing date has passed, whether or not the
        expiry command has run.
        """
        return self.filter(visible_condition(on))

    def overdue(self, on=None):
        """Expired but still published: what `expire_overdue_vacancies` unpublishes."""
        return self.expired(on).filter(live=True)
