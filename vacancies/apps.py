from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VacanciesConfig(AppConfig):
    """The vacancy board: vacancies, their search, feeds and posters."""

    name = "vacancies"
    verbose_name = _("Vacancy board")

    def ready(self):
        # Tells the page cache what a vacancy change makes stale, and the search index when to
        # write a vacancy.
        from core import slots
        from vacancies import cache, search_index  # noqa: F401 - they connect signals
        from vacancies.home_slot import latest_vacancies_context

        slots.register("home", "vacancies/includes/home_slot.html", latest_vacancies_context)
