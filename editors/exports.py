"""The figures as tables for the monthly report: CSV for any tool, XLSX for Excel.

No table holds personal data: vacancies are described by their facts and the organisation,
placements are numbers, and no user, e-mail address or name of a person appears.
"""

import csv
import io
from decimal import Decimal

from openpyxl import Workbook

from django.core.exceptions import ObjectDoesNotExist
from django.utils.formats import date_format
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from core.languages import language_name
from editors import figures
from editors.translation_backlog import STATE_LABELS, STATES, backlog_per_language

# A cell starting with one of these is a formula to a spreadsheet: employers type titles.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _open_vacancies(period):
    headers = [
        _("Reference code"),
        _("Job title"),
        _("Organisation"),
        _("Sector"),
        _("Kind of work"),
        _("Contract"),
        _("Place"),
        _("Hours per week (minimum)"),
        _("Hours per week (maximum)"),
        _("First published"),
        _("Closing date"),
    ]
    rows = [
        [
            vacancy.reference_code,
            vacancy.title,
            organisation_name(vacancy),
            str(vacancy.get_sector_display()),
            str(vacancy.get_kind_display()),
            str(vacancy.get_contract_display()),
            vacancy.place.name,
            vacancy.hours_min,
            vacancy.hours_max,
            vacancy.first_published_at.date() if vacancy.first_published_at else None,
            vacancy.closing_date,
        ]
        for vacancy in figures.open_vacancies()
    ]
    return headers, rows


def organisation_name(vacancy):
    try:
        return vacancy.posting.organisation.name
    except ObjectDoesNotExist:  # made in the admin, not by an employer account
        return vacancy.employer_name


def _by_sector(period):
    return [_("Sector"), _("Open vacancies")], [
        [item.label, item.value] for item in figures.open_vacancies_by_sector()
    ]


def _by_place(period):
    return [_("Place"), _("Open vacancies")], [
        [item.label, item.value] for item in figures.open_vacancies_by_place()
    ]


def _flow(period):
    return [_("Week of"), _("New"), _("Closed as filled"), _("Expired")], [
        [week.week, week.new, week.filled, week.expired] for week in figures.vacancy_flow(period)
    ]


def _placements(period):
    return [_("Month"), _("Sector"), _("Contract"), _("People hired")], [
        [date_format(row.month, "Y-m"), row.sector, row.contract, row.people]
        for row in figures.placements(period)
    ]


def _employers(period):
    counts = figures.employers(period)
    return [_("Employers"), _("In total"), _("In this period")], [
        [_("Registered"), counts.registered, counts.registered_in_period],
        [_("Approved"), counts.approved, counts.approved_in_period],
    ]


def _translations(period):
    return [_("Language")] + [STATE_LABELS[state] for state in STATES], [
        [language_name(code)] + [counts[state] for state in STATES]
        for code, counts in backlog_per_language().items()
    ]


def _failed_searches(period):
    return [_("Query"), _("Language"), _("Searches without results")], [
        [row["query"], row["language"], row["searches"]]
        for row in figures.searches_without_results(period, limit=None)
    ]


# slug: (title, builder). The order is the order of the sheets in the workbook.
TABLES = {
    "open-vacancies": (_("Open vacancies"), _open_vacancies),
    "vacancies-by-sector": (_("Open vacancies by sector"), _by_sector),
    "vacancies-by-place": (_("Open vacancies by place"), _by_place),
    "vacancies-per-week": (_("New, filled and expired vacancies per week"), _flow),
    "placements": (_("Placements per month"), _placements),
    "employers": (_("Employers"), _employers),
    "translations": (_("Pages that need a translator"), _translations),
    "searches-without-results": (_("Searches without results"), _failed_searches),
}
ALL = "all"


def table(slug, period):
    title, build = TABLES[slug]
    headers, rows = build(period)
    rows = [[str(cell) if isinstance(cell, Promise) else cell for cell in row] for row in rows]
    return str(title), [str(header) for header in headers], rows


# The CSV is written for Excel in Dutch, the editors' spreadsheet: Dutch Windows uses ";" as
# the list separator (a comma is the decimal sign), so Excel opens a ";" file straight into
# columns. Any text with ";", quotes or line breaks is quoted; other tools read it with ";".
CSV_DELIMITER = ";"
CSV_DECIMAL_SIGN = ","


def csv_cell(value):
    """One cell as text: numbers with a decimal comma, texts made safe from formulas."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, float | Decimal):
        return str(value).replace(".", CSV_DECIMAL_SIGN)
    if isinstance(value, int):
        return str(value)
    return safe_cell(str(value))


def as_csv(slug, period):
    _title, headers, rows = table(slug, period)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=CSV_DELIMITER, quoting=csv.QUOTE_MINIMAL)
    writer.writerow([safe_cell(header) for header in headers])
    for row in rows:
        writer.writerow([csv_cell(cell) for cell in row])
    # With a byte order mark Excel opens UTF-8 correctly (place names, Arabic titles).
    return "\ufeff" + buffer.getvalue()


def as_xlsx(slugs, period):
    workbook = Workbook()
    workbook.remove(workbook.active)
    for slug in slugs:
        title, headers, rows = table(slug, period)
        sheet = workbook.create_sheet(title=title[:31])
        sheet.append(headers)
        for row in rows:
            sheet.append([safe_cell(str(cell)) if isinstance(cell, str) else cell for cell in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
