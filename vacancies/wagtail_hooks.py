import django_filters

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from vacancies.lifecycle import Lifecycle
from vacancies.models import Place, Vacancy


class VacancyAdminFilterSet(WagtailFilterSet):
    """The admin list's filters; `state` is the lifecycle, so the editors' dashboard can link
    to exactly the vacancies it counts."""

    state = django_filters.MultipleChoiceFilter(
        label=_("Status"),
        choices=Lifecycle.choices,
        method="in_states",
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Vacancy
        fields = ["state", "live", "sector", "kind", "contract", "place"]

    def in_states(self, queryset, name, value):
        return queryset.in_states(*value) if value else queryset


class VacancyViewSet(SnippetViewSet):
    model = Vacancy
    icon = "clipboard-list"
    menu_label = _("Vacancies")
    list_display = ["title", "reference_code", "employer_name", "place", "closing_date"]
    filterset_class = VacancyAdminFilterSet
    search_fields = ["title", "reference_code", "employer_name"]
    # Searched in the database (icontains), not the search index: the index holds no
    # reference codes, and Wagtail's backend refuses fields it does not index.
    search_backend_name = None
    ordering = ["-created_at"]

    def get_queryset(self, request):
        # The listing names each vacancy's place: read with the rows, not one per row.
        return self.model._default_manager.select_related("place")


class PlaceViewSet(SnippetViewSet):
    model = Place
    icon = "site"
    menu_label = _("Places")
    list_display = ["name", "municipality", "azc_name"]
    search_fields = ["name", "municipality", "azc_name"]


class VacancyBoardGroup(SnippetViewSetGroup):
    items = (VacancyViewSet, PlaceViewSet)
    menu_icon = "clipboard-list"
    menu_label = _("Vacancy board")
    menu_name = "vacancy-board"


register_snippet(VacancyBoardGroup)
