from django.apps import AppConfig


class EmployersConfig(AppConfig):
    """Employer organisations, accounts and their dashboard (issue: employers post vacancies)."""

    name = "employers"
