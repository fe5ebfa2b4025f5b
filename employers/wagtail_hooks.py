from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.components import Component
from wagtail.models import ModelLogEntry
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import InspectView, SnippetViewSet

from employers.forms import OrganisationAdminForm
from employers.models import CallbackRequest, EmployerServicePoint, Organisation, Posting


class OrganisationInspectView(InspectView):
    """The organisation's record: when it was approved, who posted which vacancy and when."""

    template_name = "employers/admin/organisation_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        postings = list(postings_of(self.object))
        vacancy_ids = [str(posting.vacancy_id) for posting in postings]
        context["postings"] = postings
        context["members"] = self.object.memberships.select_related("user")
        context["vacancy_log"] = (
            ModelLogEntry.objects.filter(
                content_type__app_label="vacancies",
                content_type__model="vacancy",
                object_id__in=vacancy_ids,
            )
            .select_related("user")
            .order_by("-timestamp")[:200]
        )
        context["organisation_log"] = (
            ModelLogEntry.objects.for_instance(self.object)
            .select_related("user")
            .order_by("-timestamp")
        )
        return context


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Employers")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "kvk_number", "place", "created_at", "approved_at"]
    list_filter = {"approved_at": ["isnull"], "sector": ["exact"], "place": ["exact"]}
    search_fields = ["name", "kvk_number"]
    # Searched in the database (icontains), not the search index: the index holds no KvK
    # numbers, and Wagtail's backend refuses fields it does not index.
    search_backend_name = None
    ordering = ["-created_at"]
    inspect_view_enabled = True
    inspect_view_class = OrganisationInspectView
    edit_handler = ObjectList(Organisation.panels, base_form_class=OrganisationAdminForm)

    def get_queryset(self, request):
        # The listing names each organisation's place: read with the rows, not one per row.
        return self.model._default_manager.select_related("place")


register_snippet(OrganisationViewSet)


class EmployerServicePointViewSet(SnippetViewSet):
    """One per language: editors fill it in in Dutch, translators translate its texts."""

    model = EmployerServicePoint
    icon = "user"
    menu_label = _("Employer service point")
    add_to_settings_menu = True
    list_display = ["name", "phone", "email", "locale"]
    list_filter = ["locale"]


register_snippet(EmployerServicePointViewSet)


class ReceivedOnlyPermissionPolicy(ModelPermissionPolicy):
    """Callback requests come from the public form only: nobody adds or copies one here."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([action for action in actions if action != "add"])


class CallbackRequestViewSet(SnippetViewSet):
    """Employers' requests to be called back: editors read them and mark them handled."""

    model = CallbackRequest
    icon = "mail"
    menu_label = _("Callback requests")
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["created_at", "organisation", "name", "phone", "handled"]
    list_filter = ["handled"]
    search_fields = ["organisation", "name"]
    search_backend_name = None
    ordering = ["handled", "-created_at"]
    inspect_view_enabled = True
    copy_view_enabled = False

    @property
    def permission_policy(self):
        return ReceivedOnlyPermissionPolicy(self.model)


register_snippet(CallbackRequestViewSet)


@hooks.register("after_edit_snippet")
def after_organisation_approved(request, instance):
    """Record the approval and tell the employer, once, when an editor ticks 'Approved'."""
    if not isinstance(instance, Organisation):
        return
    from wagtail.log_actions import log

    from employers import notifications

    if instance.approved_at and not getattr(request, "_organisation_was_approved", True):
        log(instance=instance, action="employers.approve", user=request.user)
        notifications.organisation_approved(instance)


@hooks.register("before_edit_snippet")
def remember_approval(request, instance):
    if isinstance(instance, Organisation):
        request._organisation_was_approved = instance.is_approved


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(
        "employers.approve", _("Approve organisation"), _("Organisation approved")
    )
    actions.register_action("employers.filled", _("Close as filled"), _("Closed as filled"))


class OrganisationsAwaitingApprovalPanel(Component):
    name = "organisations_awaiting_approval"
    order = 150

    def __init__(self, request):
        self.request = request

    def render_html(self, parent_context=None):
        waiting = Organisation.objects.awaiting_approval().order_by("created_at")
        return render_to_string(
            "employers/admin/awaiting_panel.html",
            {"organisations": waiting[:10], "count": waiting.count()},
            request=self.request,
        )


@hooks.register("construct_homepage_panels")
def add_awaiting_panel(request, panels):
    if request.user.has_perm("employers.change_organisation"):
        panels.append(OrganisationsAwaitingApprovalPanel(request))


def postings_of(organisation):
    return (
        Posting.objects.filter(organisation=organisation)
        .select_related("vacancy", "created_by")
        .order_by("-vacancy__created_at")
    )
