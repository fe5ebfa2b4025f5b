from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from vacancies.models import Place, Vacancy


class VacancyViewSet(SnippetViewSet):
    model = Vacancy
    icon = "clipboard-list"
    menu_label = _("Vacancies")
    list_display = ["title", "reference_code", "employer_name", "place", "closing_date"]
    list_filter = ["live", "sector", "kind", "contract", "place"]
    search_fields = ["title", "reference_code", "employer_name"]
    # Searched in the database (icontains), not the search index: the index holds no
    # reference codes, and Wagtail's backend refuses fields it does not index.
    search_backend_name = None
    ordering = ["-created_at"]


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
