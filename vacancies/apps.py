from django.apps import AppConfig


class VacanciesConfig(AppConfig):
    """The vacancy board (issue: vacancy board). Models and views arrive with that issue."""

    name = "vacancies"
