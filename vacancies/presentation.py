"""How a vacancy reads to a visitor: the text in the best language, the facts in theirs."""

from dataclasses import dataclass

import segno

from django import forms
from django.utils import formats
from django.utils.translation import get_language_info, gettext, ngettext

from core.localization import MACHINE, SOURCE, UNTRANSLATED, stored_status
from vacancies.choices import SUPPORT_FACTS
from vacancies.query import is_chosen


@dataclass(frozen=True)
class ReaderText:
    title: str
    description: str
    language: str  # the language title and description are written in
    status: str  # a core.localization status: source, reviewed, machine or untranslated

    @property
    def is_machine(self):
        return self.status == MACHINE

    @property
    def in_reader_language(self):
        return self.status != UNTRANSLATED

    @property
    def bidi(self):
        return get_language_info(self.language)["bidi"]

    @property
    def language_name(self):
        return get_language_info(self.language)["name_translated"]


def reader_text(vacancy, language):
    """The visitor's language when the employer wrote in it or a translation exists; else the
    employer's own text, which the page then labels with its language.

    The portal's one fallback rule and status vocabulary (core.localization); a vacancy's
    translations are rows of its own, so they are picked here: the one query.for_cards joined
    on, else from its rows."""
    if vacancy.language == language:
        return ReaderText(vacancy.title, vacancy.description, language, SOURCE)
    if getattr(vacancy, "reader_language", None) == language:
        # Joined on by query.for_cards: no query of its own.
        if vacancy.reader_translation_id is None:
            return ReaderText(vacancy.title, vacancy.description, vacancy.language, UNTRANSLATED)
        return ReaderText(
            vacancy.reader_title,
            vacancy.reader_description,
            language,
            stored_status(vacancy.reader_quality),
        )
    translations = vacancy.translations.all()
    for translation in translations:
        if translation.language == language:
            return ReaderText(
                translation.title,
                translation.description,
                language,
                stored_status(translation.quality),
            )
    return ReaderText(vacancy.title, vacancy.description, vacancy.language, UNTRANSLATED)


@dataclass(frozen=True)
class Fact:
    icon: str
    label: str
    text: str


def hours_text(vacancy):
    """The hours a week in the reader's language; the board's cards and detail pages both use it.

    A range takes the plural form of its upper number: Arabic, for one, says "3 to 8 ساعات" but
    "8 to 16 ساعة".
    """
    if vacancy.hours_min == vacancy.hours_max:
        return ngettext("%(hours)s hour a week", "%(hours)s hours a week", vacancy.hours_max) % {
            "hours": vacancy.hours_max
        }
    return ngettext(
        "%(min)s to %(max)s hour a week", "%(min)s to %(max)s hours a week", vacancy.hours_max
    ) % {"min": vacancy.hours_min, "max": vacancy.hours_max}


def money(amount):
    return formats.number_format(amount, 2, use_l10n=True)


def salary_text(vacancy):
    if vacancy.salary_min is None and vacancy.salary_max is None:
        return ""
    period = vacancy.get_salary_period_display()
    low, high = vacancy.salary_min, vacancy.salary_max
    if low is not None and high is not None and low != high:
        return gettext("€ %(min)s to € %(max)s gross %(period)s") % {
            "min": money(low),
            "max": money(high),
            "period": period,
        }
    return gettext("€ %(amount)s gross %(period)s") % {
        "amount": money(low if low is not None else high),
        "period": period,
    }


def date_text(value):
    return formats.date_format(value, "DATE_FORMAT")


def facts_of(vacancy):
    """The coded facts as (icon, label, text), each in the visitor's language."""
    facts = [
        Fact("sector", gettext("Sector"), vacancy.get_sector_display()),
        Fact("work", gettext("Kind of work"), vacancy.get_kind_display()),
        Fact("contract", gettext("Contract"), vacancy.get_contract_display()),
        Fact("hours", gettext("Hours"), hours_text(vacancy)),
        Fact("clock", gettext("Working times"), ", ".join(str(s.label) for s in vacancy.shifts)),
        Fact("place", gettext("Place"), str(vacancy.place)),
        Fact("language", gettext("Dutch"), vacancy.get_dutch_level_display()),
    ]
    salary = gettext("Unpaid") if vacancy.is_unpaid else salary_text(vacancy)
    if salary:
        facts.append(Fact("salary", gettext("Salary"), salary))
    start = date_text(vacancy.start_date) if vacancy.start_date else gettext("As soon as possible")
    facts.append(Fact("calendar", gettext("Start"), start))
    facts.append(Fact("calendar", gettext("Respond before"), date_text(vacancy.closing_date)))
    return facts


# The facts a shared link or a search result shows, in this order.
SUMMARY_FACTS = ("sector", "hours", "contract", "place")


def share_summary(vacancy, text, facts):
    """The vacancy in a line for search engines and shared links (core/sharing.py trims it):
    the employer and the key facts, always in the reader's language, then the start of the
    employer's text when that is in the reader's language too."""
    by_icon = {fact.icon: fact.text for fact in facts}
    parts = [vacancy.employer_name] + [by_icon[icon] for icon in SUMMARY_FACTS if by_icon.get(icon)]
    summary = " · ".join(str(part) for part in parts if part)
    if text.in_reader_language and text.description:
        summary += ". " + text.description
    return summary


def support_of(vacancy):
    """What the employer offers or arranges (training, TWV, jobcoach ...), as plain labels."""
    return [str(label) for name, label in SUPPORT_FACTS.items() if getattr(vacancy, name)]


@dataclass(frozen=True)
class ResponseRoute:
    kind: str  # "job_office", "link" or "email"
    target: str


def response_routes(vacancy):
    routes = []
    if vacancy.respond_via_job_office:
        routes.append(ResponseRoute("job_office", vacancy.reference_code))
    if vacancy.apply_url:
        routes.append(ResponseRoute("link", vacancy.apply_url))
    if vacancy.apply_email:
        routes.append(ResponseRoute("email", vacancy.apply_email))
    return routes


def vacancy_qr_svg(url):
    """An inline SVG QR code for a poster; medium error correction survives a creased print."""
    return segno.make(url, error="m").svg_inline(scale=5, border=2, omitsize=True)


@dataclass(frozen=True)
class FilterOption:
    value: str
    label: str
    count: int | None
    selected: bool


@dataclass(frozen=True)
class FilterGroup:
    name: str
    label: str
    kind: str  # "select" or "check"
    options: list
    empty_label: str = ""


def filter_groups(filterset, counts):
    """The FilterSet's filters as the form shows them, in their declared order, with a count
    next to each option: how many vacancies it would give.

    A choice is a select; yes/no filters in a row that share a `group` are one set of tick
    boxes; the text filter is the search box, which the template lays out itself."""
    form, values = filterset.form, filterset.values()
    groups = []
    for name, filter_ in filterset.filters.items():
        field = form.fields[name]
        facet_counts = counts.get(name, {})
        if isinstance(field, forms.ChoiceField):
            chosen = str(form.data.get(name, "")) if name not in form.errors else ""
            options, empty_label = [], ""
            for value, label in field.choices:
                if value in ("", None):
                    empty_label = str(label)
                    continue
                options.append(
                    FilterOption(
                        str(value), str(label), facet_counts.get(str(value)), str(value) == chosen
                    )
                )
            groups.append(FilterGroup(name, str(field.label), "select", options, empty_label))
        elif isinstance(field, forms.BooleanField):
            group_label = str(getattr(filter_, "group", field.label))
            if not groups or (groups[-1].kind, groups[-1].label) != ("check", group_label):
                groups.append(FilterGroup(name, group_label, "check", []))
            ((ticked, _label),) = filter_.options()
            groups[-1].options.append(
                FilterOption(
                    name, str(field.label), facet_counts.get(str(ticked)), bool(values.get(name))
                )
            )
    return groups


@dataclass(frozen=True)
class ActiveFilter:
    label: str
    remove_query: str


def chip_text(field, value):
    """How a chosen filter reads: "Sector: Horeca", a ticked box by its label alone."""
    if isinstance(field, forms.BooleanField):
        return str(field.label)
    if isinstance(field, forms.ChoiceField):
        value = {str(key): str(label) for key, label in field.choices}.get(str(value), value)
    return f"{field.label}: {value}"


def active_filters(request, filterset):
    """The filters in use, each with the URL that drops it (offered when nothing matches).

    Dropping a filter drops its `companions` too (the distance goes with the azc)."""
    active = []
    for name, value in filterset.values().items():
        filter_ = filterset.filters[name]
        if not is_chosen(value) or not getattr(filter_, "narrows", True):
            continue
        params = request.GET.copy()
        for dropped in (name, "page", *getattr(filter_, "companions", ())):
            params.pop(dropped, None)
        active.append(
            ActiveFilter(chip_text(filterset.form.fields[name], value), params.urlencode())
        )
    return active
