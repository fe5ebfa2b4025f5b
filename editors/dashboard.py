"""What the editors' dashboard shows: the figures, drawn as charts, each linked to its list."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.languages import language_name
from editors import charts, figures
from editors.translation_backlog import STATE_LABELS, STATES, backlog_per_language
from vacancies import lifecycle

# The admin list's filter for what the "open" charts count (`Vacancy.objects.visible()`).
OPEN_VACANCIES = {"state": [state.value for state in lifecycle.VISIBLE]}


def admin_list(url_name, **filters):
    url = reverse(url_name)
    return f"{url}?{urlencode(filters, doseq=True)}" if filters else url


def dashboard_context(period):
    by_sector = figures.open_vacancies_by_sector()
    by_place = figures.open_vacancies_by_place()
    flow = figures.vacancy_flow(period)
    placement_rows = figures.placements(period)
    open_total = sum(item.value for item in by_sector)
    hired = sum(row.people for row in placement_rows)
    vacancy_list = "wagtailsnippets_vacancies_vacancy:list"
    return {
        "period": period,
        "open_total": open_total,
        "sector_chart": charts.bar_chart(
            _("Open vacancies by sector"),
            ngettext(
                "%(count)s open vacancy, by sector.",
                "%(count)s open vacancies, by sector.",
                open_total,
            )
            % {"count": open_total},
            by_sector,
            url=lambda item: admin_list(vacancy_list, **OPEN_VACANCIES, sector=item.key),
        ),
        "place_chart": charts.bar_chart(
            _("Open vacancies by place"),
            ngettext(
                "%(count)s open vacancy, by place.",
                "%(count)s open vacancies, by place.",
                open_total,
            )
            % {"count": open_total},
            by_place,
            url=lambda item: admin_list(vacancy_list, **OPEN_VACANCIES, place=item.key),
        ),
        "flow": flow,
        "flow_chart": charts.line_chart(
            _("New, filled and expired vacancies per week"),
            _(
                "From %(start)s to %(end)s: %(new)s new, %(filled)s closed as filled, "
                "%(expired)s expired."
            )
            % {
                "start": date_format(period.start, "SHORT_DATE_FORMAT"),
                "end": date_format(period.end, "SHORT_DATE_FORMAT"),
                "new": sum(week.new for week in flow),
                "filled": sum(week.filled for week in flow),
                "expired": sum(week.expired for week in flow),
            },
            [date_format(week.week, "j M") for week in flow],
            [
                (_("new"), [week.new for week in flow]),
                (_("closed as filled"), [week.filled for week in flow]),
                (_("expired"), [week.expired for week in flow]),
            ],
        ),
        "vacancy_list_url": reverse(vacancy_list),
        "queue": figures.moderation_queue(),
        "workflow_report_url": reverse("wagtailadmin_reports:workflow"),
        "organisations_waiting_url": admin_list(
            "wagtailsnippets_employers_organisation:list", approved_at__isnull="true"
        ),
        "organisation_list_url": reverse("wagtailsnippets_employers_organisation:list"),
        "employers": figures.employers(period),
        "stale_rules": figures.stale_rules(),
        "stale_rules_url": reverse("stale_rules"),
        "minimum_wage": figures.minimum_wage_status(),
        "minimum_wage_list_url": reverse("wagtailsnippets_home_minimumwage:list"),
        "minimum_wage_add_url": reverse("wagtailsnippets_home_minimumwage:add"),
        "backlog": [
            (code, language_name(code), [counts[state] for state in STATES])
            for code, counts in backlog_per_language().items()
        ],
        "backlog_states": [STATE_LABELS[state] for state in STATES],
        "backlog_state_keys": STATES,
        "translations_url": reverse("editors:translations"),
        "placements": placement_rows,
        "placements_total": hired,
        "placement_sector_chart": charts.bar_chart(
            _("People hired through the portal, by sector"),
            ngettext(
                "%(count)s person hired in this period, by sector.",
                "%(count)s people hired in this period, by sector.",
                hired,
            )
            % {"count": hired},
            figures.placements_by(placement_rows, "sector"),
        ),
        "placement_contract_chart": charts.bar_chart(
            _("People hired through the portal, by contract"),
            ngettext(
                "%(count)s person hired in this period, by type of contract.",
                "%(count)s people hired in this period, by type of contract.",
                hired,
            )
            % {"count": hired},
            figures.placements_by(placement_rows, "contract"),
        ),
        "figures_url": reverse("editors:figures"),
        "failed_searches": figures.searches_without_results(period),
        "search_promotions_url": reverse("wagtailsearchpromotions:index"),
    }
