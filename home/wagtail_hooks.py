from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.permissions import may_change_source
from home.models import Location, MinimumWage, PageTranslationStatus, RuleStatement


class PageTranslationStatusViewSet(SnippetViewSet):
    """Editors mark a translated page as checked by a person, or see which ones are not."""

    model = PageTranslationStatus
    icon = "globe"
    menu_label = _("Translation statuses")
    list_display = ["page", "status", "updated_at"]
    list_filter = ["status"]
    ordering = ["status", "-updated_at"]


class RuleStatementViewSet(SnippetViewSet):
    model = RuleStatement
    icon = "clipboard-list"
    menu_label = _("Rule statements")
    list_display = ["title", "status", "last_verified", "locale"]
    list_filter = ["status", "for_employers", "for_residents", "locale"]
    search_fields = ["title", "text"]


class MinimumWageViewSet(SnippetViewSet):
    """The statutory minimum wage per hour, one row per start date; the vacancy board checks
    pay against the row in force (vacancies/pay.py)."""

    model = MinimumWage
    icon = "clipboard-list"
    menu_label = _("Minimum wages")
    list_display = ["amount_per_hour", "valid_from", "last_verified", "source_url"]
    ordering = ["-valid_from"]


class LocationViewSet(SnippetViewSet):
    model = Location
    icon = "site"
    menu_label = _("Job Office locations")
    list_display = ["name", "kind", "city", "locale"]
    list_filter = ["kind", "locale"]


register_snippet(PageTranslationStatusViewSet)
register_snippet(RuleStatementViewSet)
register_snippet(LocationViewSet)
register_snippet(MinimumWageViewSet)


class StaleRulesReport(ReportView):
    """Rule statements nobody checked against their source for more than six months."""

    page_title = _("Rules to check")
    header_icon = "clipboard-list"
    index_url_name = "stale_rules"
    index_results_url_name = "stale_rules_results"

    columns = [
        TitleColumn(
            "title",
            label=_("Rule"),
            get_url=lambda rule: reverse("wagtailsnippets_home_rulestatement:edit", args=[rule.pk]),
        ),
        Column("status", label=_("Status"), accessor="get_status_display"),
        DateColumn("last_verified", label=_("Last checked on")),
        Column("locale", label=_("Language")),
    ]

    def get_queryset(self):
        return RuleStatement.objects.stale().select_related("locale").order_by("last_verified")


@hooks.register("register_admin_urls")
def register_stale_rules_url():
    return [
        path("reports/stale-rules/", StaleRulesReport.as_view(), name="stale_rules"),
        path(
            "reports/stale-rules/results/",
            StaleRulesReport.as_view(results_only=True),
            name="stale_rules_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_stale_rules_menu_item():
    return MenuItem(_("Rules to check"), reverse("stale_rules"), icon_name="clipboard-list")


@hooks.register("before_edit_snippet")
def guard_source_language_edit(request, instance):
    if not may_change_source(request.user, instance):
        raise PermissionDenied


@hooks.register("before_delete_snippet")
def guard_source_language_delete(request, instances):
    if not all(may_change_source(request.user, instance) for instance in instances):
        raise PermissionDenied
