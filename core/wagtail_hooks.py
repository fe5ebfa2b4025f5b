from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core import page_cache, versions
from core.models import MainMenu


class MainMenuViewSet(SnippetViewSet):
    """One menu per language: editors make the Dutch one, translators translate it."""

    model = MainMenu
    icon = "list-ul"
    menu_label = _("Main menu")
    add_to_settings_menu = True
    list_display = ["__str__", "locale"]
    list_filter = ["locale"]


register_snippet(MainMenuViewSet)


@hooks.register("before_serve_page")
def declare_page_dependencies(page, request, serve_args, serve_kwargs):
    """A page shows itself, the titles of the pages above it (breadcrumbs) and lists of the
    pages under it; the page cache keeps it until one of those changes (core/page_cache.py).
    Routes that show more (the vacancy board) declare that too."""
    path, step = page.path, page.steplen
    ancestors = [versions.page_namespace(path[:end]) for end in range(step, len(path) + 1, step)]
    page_cache.depends_on(request, *ancestors, versions.below_namespace(path))
