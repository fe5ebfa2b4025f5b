"""The board's filters (django-filter) and the facets they count.

The FilterSet validates what comes in the URL; values it does not understand are dropped and
reported, never passed on. VacancyQuery does the filtering, so feeds and posters agree.
"""

import django_filters

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from vacancies.choices import SUPPORT_FACTS, Contract, Kind, Sector, Shift
from vacancies.models.vacancy import Vacancy
from vacancies.query import (
    MAX_QUERY_LENGTH,
    FieldFacet,
    FlagFacet,
    ShiftFacet,
    VacancyQuery,
    board_places,
)

HOURS_OPTIONS = [8, 16, 24, 32]
KM_OPTIONS = [10, 25, 50]
DUTCH_OPTIONS = [
    (0, _("I speak no Dutch yet")),
    (1, _("I speak some Dutch")),
    (2, _("I speak Dutch well")),
]
ORDER_OPTIONS = [("newest", _("Newest first")), ("closing", _("Closing soonest first"))]


def hours_options():
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


def board_facets(places):
    """Every filter that shows counts, in the order the form shows them."""
    return [
        FieldFacet("sector", Sector.choices, "sector"),
        FieldFacet("kind", Kind.choices, "kind"),
        FieldFacet("contract", Contract.choices, "contract"),
        ShiftFacet("shift", list(Shift.choices)),
        FieldFacet("hours", hours_options(), "hours_max__gte"),
        FieldFacet("dutch", DUTCH_OPTIONS, "dutch_level__lte"),
        FieldFacet("place", [(place.pk, place.name) for place in places], "place_id"),
    ] + [FlagFacet(name, label) for name, label in SUPPORT_FACTS.items()]


class VacancyFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Search words"),
        max_length=MAX_QUERY_LENGTH,
        help_text=_("For example a job, a sector or a place."),
        method="keep",
    )
    sector = django_filters.ChoiceFilter(
        label=_("Sector"), choices=Sector.choices, empty_label=_("All sectors"), method="keep"
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind of work"), choices=Kind.choices, empty_label=_("All kinds"), method="keep"
    )
    contract = django_filters.ChoiceFilter(
        label=_("Contract"), choices=Contract.choices, empty_label=_("All contracts"), method="keep"
    )
    shift = django_filters.ChoiceFilter(
        label=_("Working times"), choices=Shift.choices, empty_label=_("Any time"), method="keep"
    )
    hours = django_filters.ChoiceFilter(
        label=_("Hours per week"),
        choices=hours_options,
        empty_label=_("Any number of hours"),
        method="keep",
    )
    dutch = django_filters.ChoiceFilter(
        label=_("Dutch"),
        choices=DUTCH_OPTIONS,
        empty_label=_("Any level of Dutch"),
        method="keep",
    )
    # Places are a short list read once per request; their choices are filled in __init__.
    place = django_filters.ChoiceFilter(label=_("Place"), choices=[], method="keep")
    near = django_filters.ChoiceFilter(label=_("Near the azc"), choices=[], method="keep")
    km = django_filters.ChoiceFilter(
        label=_("Distance"),
        choices=km_options,
        empty_label=_("Any distance"),
        method="keep",
    )
    order = django_filters.ChoiceFilter(
        label=_("Order"), choices=ORDER_OPTIONS, empty_label=None, method="keep"
    )

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        for name, label in SUPPORT_FACTS.items():
            self.form.fields[name] = forms.BooleanField(label=label, required=False)
        self._places = {place.pk: place for place in board_places()}
        self.form.fields["place"].choices = [("", _("All places"))] + [
            (place.pk, place.name) for place in self._places.values()
        ]
        self.form.fields["near"].choices = [("", _("Any azc"))] + [
            (place.pk, place.azc_name) for place in self._places.values() if place.azc_name
        ]

    class Meta:
        model = Vacancy
        fields = []

    def keep(self, queryset, name, value):
        return queryset

    def valid_values(self):
        """What the visitor chose, minus anything that did not validate."""
        self.form.is_valid()
        return {
            name: value
            for name, value in self.form.cleaned_data.items()
            if name not in self.form.errors
        }

    def rejected(self):
        """Labels of the filters whose value was not understood (reported above the results)."""
        self.form.is_valid()
        return [
            self.form.fields[name].label for name in self.form.errors if name in self.form.fields
        ]

    def vacancy_query(self):
        values = self.valid_values()
        filters = {
            name: values.get(name)
            for name in ("sector", "kind", "contract", "shift", "hours", "dutch")
        }
        filters["place"] = values.get("place") or None
        for name in SUPPORT_FACTS:
            filters[name] = "1" if values.get(name) else None
        near = self._places.get(int(values["near"])) if values.get("near") else None
        return VacancyQuery(
            text=values.get("q") or "",
            filters=filters,
            near=near,
            km=int(values.get("km") or 25) if near else None,
            order=values.get("order") or "newest",
            facets=board_facets(self._places.values()),
            places=list(self._places.values()),
        )
