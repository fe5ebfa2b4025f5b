from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def header_search_context(request, page, subject):
    return {"form_id": "header", "query": ""}


class SearchConfig(AppConfig):
    """Site search in every language, its autocomplete and log, and the search backend."""

    name = "search"
    verbose_name = _("Site search")

    def ready(self):
        from core import slots

        slots.register("header", "search/includes/header_search.html", header_search_context)
