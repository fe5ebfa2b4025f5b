"""The board's filters, declared once: `VacancyFilterSet` (django-filter).

Each filter narrows the visible vacancies itself, as django-filter applies them in turn. The
ones that are facets (`CountedFilter`) also name their options and the condition each option
stands for, so everything else follows from this one declaration: the counts next to the
options (query.VacancyQuery), the form and the chips that drop a choice (presentation.py), and
the parameters the feed, the poster sheet and the JSON list read. A new filter is one edit here.

Values the FilterSet does not understand are dropped and reported (`rejected`), never passed on.
"""

import django_filters

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from vacancies.choices import SUPPORT_FACTS, Contract, Kind, Sector, Shift
from vacancies.lifecycle import today
from vacancies.models.vacancy import Vacancy
from vacancies.query import (
    MAX_QUERY_LENGTH,
    VacancyQuery,
    board_places,
    is_chosen,
    places_near,
    text_match,
)
from vacancies.words import search_terms

HOURS_OPTIONS = [8, 16, 24, 32]
KM_OPTIONS = [10, 25, 50]
DEFAULT_KM = 25
DUTCH_OPTIONS = [
    (0, _("I speak no Dutch yet")),
    (1, _("I speak some Dutch")),
    (2, _("I speak Dutch well")),
]
NEWEST, CLOSING = "newest", "closing"
ORDERINGS = {NEWEST: ("-first_published_at", "-pk"), CLOSING: ("closing_date", "-pk")}
ORDER_OPTIONS = [(NEWEST, _("Newest first")), (CLOSING, _("Closing soonest first"))]


def hours_options():
    # A callable, so each request reads the plural forms of its own language.
    return [
        (
            hours,
            ngettext("At least %(hours)s hour a week", "At least %(hours)s hours a week", hours)
            % {"hours": hours},
        )
        for hours in HOURS_OPTIONS
    ]


def km_options():
    return [(km, _("Within %(km)s km") % {"km": km}) for km in KM_OPTIONS]


class CountedFilter:
    """A facet: choosing option `value` keeps the vacancies that meet `condition(value)`.

    Filtering and counting both go through `condition`, so a count always says what choosing
    its option gives."""

    def condition(self, value):
        raise NotImplementedError

    def options(self):
        """[(value, label)] of the options that get a count."""
        raise NotImplementedError

    def filter(self, qs, value):
        return qs.filter(self.condition(value)) if is_chosen(value) else qs


class FacetFilter(CountedFilter, django_filters.ChoiceFilter):
    """One of a list of values, compared with `field_name` by `lookup_expr`."""

    def condition(self, value):
        return Q(**{f"{self.field_name}__{self.lookup_expr}": value})

    def options(self):
        return [(value, label) for value, label in self.field.choices if value not in ("", None)]


class ShiftFilter(FacetFilter):
    """Shifts are one yes/no column each (models.Vacancy.shift_*)."""

    def condition(self, value):
        return Q(**{f"shift_{value}": True})


class SupportFilter(CountedFilter, django_filters.Filter):
    """A yes/no fact, ticked or not: ticked keeps only the vacancies that offer it."""

    field_class = forms.BooleanField
    group = _("Language and support")
    TICKED = "1"

    def condition(self, value):
        return Q(**{self.field_name: True})

    def options(self):
        return [(self.TICKED, self.label)]


class PlaceChoices:
    """Choices from the board's places, which the FilterSet reads once per request (cached)."""

    place_label = "name"

    def set_places(self, places):
        self.extra["choices"] = [
            (place.pk, getattr(place, self.place_label))
            for place in places
            if getattr(place, self.place_label)
        ]


class PlaceFilter(PlaceChoices, FacetFilter):
    pass


class NearFilter(PlaceChoices, django_filters.ChoiceFilter):
    """Vacancies within the distance chosen in filter `distance` (else DEFAULT_KM) of an azc."""

    place_label = "azc_name"

    def __init__(self, *args, distance, **kwargs):
        super().__init__(*args, **kwargs)
        self.distance = distance

    @property
    def companions(self):
        """Filters that mean nothing without this one: dropping it drops them too."""
        return (self.distance,)

    def filter(self, qs, value):
        if not is_chosen(value):
            return qs
        places = self.parent.places
        km = int(self.parent.values().get(self.distance) or DEFAULT_KM)
        return qs.filter(place_id__in=places_near(places[int(value)], km, places.values()))


class DistanceFilter(django_filters.ChoiceFilter):
    """How far from the azc of filter `qualifies`: that filter reads it; alone it keeps all."""

    def __init__(self, *args, qualifies, **kwargs):
        super().__init__(*args, **kwargs)
        self.qualifies = qualifies

    def filter(self, qs, value):
        return qs


class TextFilter(django_filters.CharFilter):
    """Every word in the vacancy's text or in the name of one of its facts (query.text_match)."""

    def filter(self, qs, value):
        return text_match(qs, value)

    def key(self, value):
        # "Kok", "kok " and "KOK" are one search: one cached count.
        return " ".join(search_terms(value))


class OrderFilter(django_filters.ChoiceFilter):
    """The order of the list; it keeps every vacancy, so it has no chip and no count."""

    narrows = False

    def filter(self, qs, value):
        return qs.order_by(*ORDERINGS[value or NEWEST])


class VacancyFilterSet(django_filters.FilterSet):
    q = TextFilter(
        label=_("Search words"),
        max_length=MAX_QUERY_LENGTH,
        help_text=_("For example a job, a sector or a place."),
    )
    sector = FacetFilter(label=_("Sector"), choices=Sector.choices, empty_label=_("All sectors"))
    kind = FacetFilter(label=_("Kind of work"), choices=Kind.choices, empty_label=_("All kinds"))
    contract = FacetFilter(
        label=_("Contract"), choices=Contract.choices, empty_label=_("All contracts")
    )
    shift = ShiftFilter(label=_("Working times"), choices=Shift.choices, empty_label=_("Any time"))
    hours = FacetFilter(
        label=_("Hours per week"),
        field_name="hours_max",
        lookup_expr="gte",
        choices=hours_options,
        empty_label=_("Any number of hours"),
    )
    dutch = FacetFilter(
        label=_("Dutch"),
        field_name="dutch_level",
        lookup_expr="lte",
        choices=DUTCH_OPTIONS,
        empty_label=_("Any level of Dutch"),
    )
    place = PlaceFilter(label=_("Place"), field_name="place_id", empty_label=_("All places"))
    near = NearFilter(label=_("Near the azc"), distance="km", empty_label=_("Any azc"))
    km = DistanceFilter(
        label=_("Distance"), qualifies="near", choices=km_options, empty_label=_("Any distance")
    )
    order = OrderFilter(label=_("Order"), choices=ORDER_OPTIONS, empty_label=None)

    class Meta:
        model = Vacancy
        fields = []

    @classmethod
    def get_filters(cls):
        """The declared filters, then a tick box for each support fact (choices.SUPPORT_FACTS)."""
        filters = super().get_filters()
        for name, label in SUPPORT_FACTS.items():
            filters[name] = SupportFilter(field_name=name, label=label)
        return filters

    def __init__(self, data=None, queryset=None, **kwargs):
        # The day the board is of: what is open, and the summary's day (summary.py).
        self.day = today()
        # Over every open vacancy (not a narrower set given by a caller): may use the summary.
        self.whole_board = queryset is None
        if queryset is None:
            queryset = Vacancy.objects.visible(on=self.day)
        super().__init__(data, queryset, **kwargs)
        self.places = {place.pk: place for place in board_places()}
        for filter_ in self.filters.values():
            if isinstance(filter_, PlaceChoices):
                filter_.set_places(self.places.values())

    def values(self):
        """What the visitor chose, minus anything that did not validate."""
        if not self.form.is_bound:
            return {}
        self.form.is_valid()
        return self.form.cleaned_data

    def rejected(self):
        """Labels of the filters whose value was not understood (reported above the results)."""
        self.form.is_valid()
        return [
            self.form.fields[name].label for name in self.form.errors if name in self.form.fields
        ]

    def facets(self):
        """{name: filter} of the filters whose options are counted, in the form's order."""
        return {
            name: filter_
            for name, filter_ in self.filters.items()
            if isinstance(filter_, CountedFilter)
        }

    def filtered(self, skip=()):
        """The vacancies the chosen values keep, leaving out the filters named in `skip`."""
        queryset = self.queryset.all()
        for name, value in self.values().items():
            if name not in skip:
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    def search_key(self):
        """What identifies the chosen set of vacancies (not their order): for cached counts."""
        return {
            name: getattr(self.filters[name], "key", str)(value)
            for name, value in sorted(self.values().items())
            if is_chosen(value) and getattr(self.filters[name], "narrows", True)
        }

    def vacancy_query(self):
        return VacancyQuery(self)
