from django.db import models


def optional_page_link(verbose_name, help_text):
    """A link to a page chosen in the admin; it becomes empty when that page is deleted."""
    return models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )
