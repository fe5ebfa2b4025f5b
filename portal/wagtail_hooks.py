from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.models import MainMenu


class MainMenuViewSet(SnippetViewSet):
    """One menu per language: editors make the Dutch one, translators translate it."""

    model = MainMenu
    icon = "list-ul"
    menu_label = _("Main menu")
    add_to_settings_menu = True
    list_display = ["__str__", "locale"]
    list_filter = ["locale"]


register_snippet(MainMenuViewSet)
