from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Site search and search backend selection (issue: one search box)."""

    name = "search"
