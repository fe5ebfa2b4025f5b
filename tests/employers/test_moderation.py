"""Moderation in the Wagtail admin: the group, the workflow, no self-approval, the e-mails,
approving organisations, and the records an editor sees."""

import pytest

from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from wagtail.models import ModelLogEntry

from employers.models import ModerationTask, Organisation
from employers.postings import State
from tests.conftest import html
from tests.employers.conftest import approve, request_changes, status, submit
from tests.employers.factories import EmployerUserFactory, OrganisationFactory

pytestmark = pytest.mark.skeleton


def workflow_action_url(vacancy, action):
    task_state = vacancy.current_workflow_state.current_task_state
    return reverse(
        "wagtailsnippets_vacancies_vacancy:workflow_action",
        args=[vacancy.pk, action, task_state.pk],
    )


def test_vacancies_are_moderated_by_the_moderators_group(db):
    from vacancies.models import Vacancy

    workflow = Vacancy().get_workflow()
    task = workflow.tasks.get().specific
    assert isinstance(task, ModerationTask)
    assert list(task.groups.values_list("name", flat=True)) == ["Moderatoren"]


def test_a_moderator_approves_in_the_admin(
    client, draft, employer, moderator, django_capture_on_commit_callbacks
):
    submit(draft, employer)
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(workflow_action_url(draft, "approve"))
    assert response.status_code in (200, 302)
    draft.refresh_from_db()
    assert draft.live
    assert status(draft).state == State.PUBLISHED


def test_the_moderation_queue_is_on_the_admin_home(client, draft, employer, moderator):
    submit(draft, employer)
    client.force_login(moderator)
    page = client.get("/admin/").content.decode()
    assert draft.title in page


def test_nobody_approves_their_own_change(client, draft, employer, moderator):
    """A moderator who edited the vacancy cannot approve it; another moderator can."""
    draft.title = "Schoonmaker testkantoren (door moderator verbeterd)"
    draft.save_revision(user=moderator)
    submit(draft, employer)
    task_state = draft.current_workflow_state.current_task_state
    task = task_state.task.specific
    assert "approve" not in [name for name, _label, _modal in task.get_actions(draft, moderator)]
    assert "reject" in [name for name, _label, _modal in task.get_actions(draft, moderator)]
    client.force_login(moderator)
    assert client.post(workflow_action_url(draft, "approve")).status_code in (302, 403)
    draft.refresh_from_db()
    assert not draft.live

    second = EmployerUserFactory()  # any user; make them a moderator
    second.employer_membership.delete()
    second.is_staff = True
    second.save()
    second.groups.add(Group.objects.get(name="Moderatoren"))
    approve(draft, second)
    assert draft.live


def test_self_approval_is_refused_even_outside_the_admin(draft, moderator):
    import pytest

    from django.core.exceptions import PermissionDenied

    draft.save_revision(user=moderator)
    submit(draft, moderator)
    task_state = draft.current_workflow_state.current_task_state
    with pytest.raises(PermissionDenied):
        task_state.task.specific.on_action(task_state, moderator, "approve")


def test_an_employer_cannot_approve_through_the_admin(client, draft, employer):
    submit(draft, employer)
    client.force_login(employer)
    response = client.post(workflow_action_url(draft, "approve"))
    assert response.status_code in (302, 403)
    draft.refresh_from_db()
    assert not draft.live


def test_wagtails_own_workflow_mails_are_not_sent_for_vacancies(
    draft, employer, moderator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        submit(draft, employer)
        approve(draft, moderator)
    subjects = [message.subject for message in mail.outbox]
    # One to each moderator on submission, one to the employer on approval; nothing else.
    moderators = Group.objects.get(name="Moderatoren").user_set.exclude(email="").count()
    assert len(subjects) == moderators + 1
    assert all("/admin/pages/" not in message.body for message in mail.outbox)


def test_moderators_get_the_submission_in_their_admin_language(
    draft, employer, moderator, django_capture_on_commit_callbacks
):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(moderator)
    profile.preferred_language = "en"
    profile.save()
    with django_capture_on_commit_callbacks(execute=True):
        submit(draft, employer)
    (message,) = [message for message in mail.outbox if moderator.email in message.to]
    assert message.subject.startswith("Vacancy to approve")


def test_an_editor_approves_a_new_organisation(
    client, moderator, django_capture_on_commit_callbacks
):
    organisation = OrganisationFactory(approved_at=None, name="Nieuw Bedrijf")
    member = EmployerUserFactory(organisation=organisation)
    client.force_login(moderator)
    edit_url = reverse("wagtailsnippets_employers_organisation:edit", args=[organisation.pk])
    page = html(client.get(edit_url))
    form_data = {
        field["name"]: field.get("value", "")
        for field in page.select("form input[name]")
        if field.get("type") not in ("checkbox", "submit")
    }
    form_data.update(
        {
            "name": organisation.name,
            "kvk_number": organisation.kvk_number,
            "sector": organisation.sector,
            "place": organisation.place_id,
            "public_contact": organisation.public_contact,
            "description": "",
            "website": "",
            "approved": "on",
        }
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url, form_data)
    assert response.status_code == 302, html(response).select(".error-message")
    organisation.refresh_from_db()
    assert organisation.is_approved
    assert organisation.approved_by == moderator
    assert ModelLogEntry.objects.filter(
        action="employers.approve", object_id=str(organisation.pk), user=moderator
    ).exists()
    assert [message.to for message in mail.outbox] == [[member.email]]


def test_new_organisations_are_listed_for_moderators_on_the_admin_home(client, moderator):
    OrganisationFactory(approved_at=None, name="Wacht Op Goedkeuring BV")
    client.force_login(moderator)
    assert "Wacht Op Goedkeuring BV" in client.get("/admin/").content.decode()


def test_the_organisation_record_shows_who_posted_what_and_when(
    client, draft, employer, moderator, organisation
):
    submit(draft, employer)
    approve(draft, moderator)
    client.force_login(moderator)
    response = client.get(
        reverse("wagtailsnippets_employers_organisation:inspect", args=[organisation.pk])
    )
    assert response.status_code == 200
    text = html(response).text
    assert draft.title in text
    assert employer.email in text
    assert "moderator-test" in text or moderator.email in text


def test_moderators_can_edit_vacancies_and_organisations_but_not_pages(client, moderator):
    client.force_login(moderator)
    assert client.get(reverse("wagtailsnippets_vacancies_vacancy:list")).status_code == 200
    assert client.get(reverse("wagtailsnippets_employers_organisation:list")).status_code == 200
    assert not moderator.has_perm("wagtailcore.add_page")
    assert not moderator.has_perm("home.change_rulestatement")


def test_the_organisation_list_filters_those_awaiting_approval(client, moderator):
    OrganisationFactory(approved_at=None, name="Aaa Wachtend")
    client.force_login(moderator)
    url = reverse("wagtailsnippets_employers_organisation:list") + "?approved_at__isnull=true"
    rows = html(client.get(url)).select("tbody tr")
    names = [row.text for row in rows]
    assert len(rows) == Organisation.objects.awaiting_approval().count()
    assert any("Aaa Wachtend" in name for name in names)


def test_approving_and_rejecting_is_in_the_vacancys_history(
    draft, employer, moderator, django_capture_on_commit_callbacks
):
    from wagtail.models import ModelLogEntry

    with django_capture_on_commit_callbacks(execute=True):
        submit(draft, employer)
        request_changes(draft, moderator, "Graag het aantal uren invullen.")
        submit(draft, employer)
        approve(draft, moderator)
    actions = set(ModelLogEntry.objects.for_instance(draft).values_list("action", "user_id"))
    assert ("wagtail.workflow.reject", moderator.pk) in actions
    assert ("wagtail.workflow.approve", moderator.pk) in actions
    assert ("wagtail.publish", moderator.pk) in actions
