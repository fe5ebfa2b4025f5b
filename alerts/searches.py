"""The board search an alert follows, read and run by the board's own code.

The FilterSet (vacancies/filters.py) validates the parameters, names the filters it did not
understand and says which choices narrow the list (`search_key`); the chips that summarise a
search are the board's own (vacancies/presentation.py); the list comes from the same query as
the board's (vacancies/query.py). An alert stores the search normalised: only the choices that
narrow the list, in a fixed order, text as the board reads it. Two people following the same
search store the same string, so the sending command runs each search once per language.
"""

from types import SimpleNamespace
from urllib.parse import urlencode

from django import forms
from django.http import QueryDict

from vacancies.filters import NEWEST, VacancyFilterSet
from vacancies.presentation import active_filters
from vacancies.query import for_cards

TICKED = "on"


def normalised(filterset):
    """The chosen filters of a FilterSet as a query string in a fixed order."""
    chosen = filterset.search_key()
    params = []
    for name, value in sorted(chosen.items()):
        filter_ = filterset.filters[name]
        # A distance means nothing without the azc it is measured from.
        if getattr(filter_, "qualifies", None) and filter_.qualifies not in chosen:
            continue
        if isinstance(filterset.form.fields[name], forms.BooleanField):
            value = TICKED
        params.append((name, value))
    return urlencode(params)


def filterset_for(params, queryset=None):
    data = QueryDict(params, mutable=True) if isinstance(params, str) else params.copy()
    # The newest first, whatever order the board showed: an alert lists what is new.
    data["order"] = NEWEST
    return VacancyFilterSet(data, queryset=queryset)


def _same_search(data, params):
    """Whether the FilterSet data `data` is what filterset_for makes of `params`."""
    normal = QueryDict(params, mutable=True)
    normal["order"] = NEWEST
    return sorted(data.lists()) == sorted(normal.lists())


class BoardSearch:
    """A board search from the board's URL parameters (a QueryDict) or a stored string."""

    def __init__(self, params, queryset=None):
        given = filterset_for(params)
        self.rejected = [str(label) for label in given.rejected()]
        self.params = normalised(given)
        if queryset is None and _same_search(given.data, self.params):
            # Already normalised (the sign-up form without filters, a link from the board):
            # the FilterSet that read it is the one that runs it.
            self.filterset = given
        else:
            self.filterset = filterset_for(self.params, queryset)

    @classmethod
    def stored(cls, params, queryset=None):
        """A search as an alert stored it (normalised already): one FilterSet, not two."""
        search = cls.__new__(cls)
        search.params = params
        search.filterset = filterset_for(params, queryset)
        search.rejected = [str(label) for label in search.filterset.rejected()]
        return search

    @property
    def is_valid(self):
        return not self.rejected

    def summary(self):
        """The chips of the board ("Sector: Horeca"), in the active language."""
        request = SimpleNamespace(GET=QueryDict(self.params))
        return [chip.label for chip in active_filters(request, self.filterset)]

    def results(self):
        """The vacancies of the search, newest first, with what a card shows in the active
        language (vacancies/query.py for_cards)."""
        return for_cards(self.filterset.qs)

    def board_url(self, board_path):
        return board_path + ("?" + self.params if self.params else "")
