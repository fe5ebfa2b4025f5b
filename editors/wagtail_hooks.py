from django.template.loader import render_to_string
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.snippets.action_menu import WorkflowMenuItem

from core.admin_menu import PermissionMenuItem
from editors import urls
from editors.dashboard import dashboard_context
from editors.figures import Period
from vacancies.models import Vacancy


@hooks.register("register_admin_urls")
def register_editor_urls():
    return [path("werkroute/", include(urls, namespace="editors"))]


class FiguresPanel(Component):
    name = "werkroute_figures"
    order = 50

    def __init__(self, request):
        self.request = request

    def render_html(self, parent_context=None):
        return render_to_string(
            "editors/home_panel.html",
            dashboard_context(Period.last_weeks()),
            request=self.request,
        )


@hooks.register("construct_homepage_panels")
def add_figures_panel(request, panels):
    if request.user.has_perm("editors.view_figures"):
        panels.append(FiguresPanel(request))


@hooks.register("register_reports_menu_item")
def register_figures_menu_item():
    return PermissionMenuItem(
        _("Figures and exports"),
        reverse("editors:figures"),
        icon_name="table",
        permission="editors.view_figures",
    )


@hooks.register("register_reports_menu_item")
def register_translations_menu_item():
    return PermissionMenuItem(
        _("Pages to translate"),
        reverse("editors:translations"),
        icon_name="globe",
        permission="editors.view_translation_status",
    )


@hooks.register("register_reports_menu_item")
def register_section_po_menu_item():
    return PermissionMenuItem(
        _("Translate a section as a PO file"),
        reverse("editors:section_po"),
        icon_name="download",
        permission="wagtail_localize.submit_translation",
    )


@hooks.register("register_reports_menu_item")
def register_vacancy_translations_menu_item():
    return PermissionMenuItem(
        _("Vacancy texts to translate"),
        reverse("editors:vacancy_translations"),
        icon_name="clipboard-list",
        permission="vacancies.change_vacancytranslation",
    )


@hooks.register("register_admin_menu_item")
def register_moderation_menu_item():
    return PermissionMenuItem(
        _("Vacancies to review"),
        reverse("editors:moderation_queue"),
        icon_name="tasks",
        permission="vacancies.publish_vacancy",
        order=210,
    )


class ApproveMenuItem(WorkflowMenuItem):
    """Wagtail's "Approve and publish" as the main button of a vacancy's edit view.

    Wagtail's script adds the workflow fields when the button is clicked; the button's own name
    and the hidden field do the same without the script, so the button never just saves. Enter
    in a field still saves the draft (see the template): approving takes the button itself."""

    template_name = "editors/approve_menu_item.html"


@hooks.register("construct_snippet_action_menu")
def approve_first(menu_items, request, context):
    """For a moderator who may approve a vacancy, approving is the main button, not an item
    behind the arrow next to "Save draft"."""
    if not isinstance(context.get("instance"), Vacancy):
        return
    for index, item in enumerate(menu_items):
        if isinstance(item, WorkflowMenuItem) and item.name == "approve" and not item.launch_modal:
            approve = ApproveMenuItem(
                item.name, item.label, item.launch_modal, icon_name=item.icon_name
            )
            menu_items.pop(index)
            menu_items.insert(0, approve)
            return


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(
        "editors.po_import",
        _("Translations uploaded from a PO file"),
        _("Translations uploaded from a PO file"),
    )
    actions.register_action(
        "editors.vacancy_translated", _("Vacancy text translated"), _("Vacancy text translated")
    )
