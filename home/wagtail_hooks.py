from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import PageTranslationStatus


class PageTranslationStatusViewSet(SnippetViewSet):
    """Editors mark a translated page as checked by a person, or see which ones are not."""

    model = PageTranslationStatus
    icon = "globe"
    menu_label = _("Translation statuses")
    list_display = ["page", "status", "updated_at"]
    list_filter = ["status"]
    ordering = ["status", "-updated_at"]


register_snippet(PageTranslationStatusViewSet)
