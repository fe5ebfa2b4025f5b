"""The moderators' queue: what waits, oldest first, with the facts to judge it; approving and
requesting changes through the moderation task; who may see it."""

import datetime
from decimal import Decimal

import pytest

from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import ModelLogEntry, TaskState, WorkflowState

from editors import moderation, views
from editors.forms import MAX_CHANGES_COMMENT
from employers import postings
from employers.models import Posting
from employers.postings import State
from tests.conftest import html
from tests.editors.conftest import make_user
from tests.employers.factories import (
    EmployerUserFactory,
    OrganisationFactory,
    PostingFactory,
    submitted_edit,
)
from tests.home.factories import MinimumWageFactory
from tests.vacancies.factories import PlaceFactory, VacancyFactory
from vacancies.models import Vacancy
from vacancies.pay import moderation_flags

pytestmark = [pytest.mark.django_db, pytest.mark.skeleton]

QUEUE = reverse("editors:moderation_queue")


def submitted(**vacancy_fields):
    """A new vacancy an employer submitted: waiting at the moderation task."""
    organisation = vacancy_fields.pop("organisation", None) or OrganisationFactory()
    vacancy = VacancyFactory(draft=True, **vacancy_fields)
    return PostingFactory(vacancy=vacancy, organisation=organisation, in_moderation=True)


def task_state_of(posting):
    return Vacancy.objects.get(pk=posting.vacancy_id).current_workflow_state.current_task_state


def state_of(posting):
    return postings.status_of(Posting.objects.get(pk=posting.pk)).state


def items_on(page):
    return page.select("article.werkroute-moderation__item")


def facts_of(item):
    """The item's facts as {label: text}."""
    return {
        dt.text.strip(): " ".join(dd.text.split())
        for dt, dd in zip(item.select("dt"), item.select("dd"), strict=True)
    }


def approve_url(posting):
    return reverse("editors:moderation_approve", args=[task_state_of(posting).pk])


def changes_url(posting):
    return reverse("editors:moderation_request_changes", args=[task_state_of(posting).pk])


def item_url(posting):
    return reverse("editors:moderation_item", args=[task_state_of(posting).pk])


def approve_data(posting):
    return {"revision": str(Vacancy.objects.get(pk=posting.vacancy_id).latest_revision_id)}


def comment_field(posting):
    return f"changes-{task_state_of(posting).pk}-comment"


# --- the list ----------------------------------------------------------------------------------


def test_the_queue_lists_employer_title_sector_hours_pay_and_twv(client, moderator):
    organisation = OrganisationFactory(name="Kassen Westland BV")
    posting = submitted(
        organisation=organisation,
        title="Tomatenplukker",
        sector="agrarisch",
        hours_min=20,
        hours_max=32,
        salary_min=Decimal("14.50"),
        salary_max=Decimal("15.75"),
        salary_period="hour",
        employer_applies_twv=False,
    )
    client.force_login(moderator)
    page = html(client.get(QUEUE))
    (item,) = items_on(page)
    text = " ".join(item.text.split())
    assert "Tomatenplukker" in text
    assert "Kassen Westland BV" in text
    facts = facts_of(item)
    assert facts["Hours"] == "20 to 32 hours a week"
    assert facts["Pay"] == "€ 14.50 to € 15.75 gross per hour"
    assert facts["Employer applies for the TWV"] == "No"
    assert item.find(
        "a", href=reverse("wagtailsnippets_vacancies_vacancy:edit", args=[posting.vacancy_id])
    )
    assert item.find(
        "a", href=reverse("wagtailsnippets_employers_organisation:inspect", args=[organisation.pk])
    )


def test_the_sector_is_named_not_coded(client, moderator):
    submitted(sector="agrarisch")
    client.force_login(moderator)
    (item,) = items_on(html(client.get(QUEUE)))
    facts = facts_of(item)
    with translation.override("en"):
        assert facts["Sector"] == str(Vacancy(sector="agrarisch").get_sector_display())
    assert facts["Sector"] != "agrarisch"


def test_pay_not_given_reads_so(client, moderator):
    submitted(salary_min=None, salary_max=None, salary_period="")
    client.force_login(moderator)
    (item,) = items_on(html(client.get(QUEUE)))
    facts = facts_of(item)
    assert facts["Pay"] == "Not given"


def test_the_flags_of_the_pay_rule_are_shown(client, moderator):
    posting = submitted(salary_min=None, salary_max=None, salary_period="")
    vacancy = Vacancy.objects.get(pk=posting.vacancy_id)
    with translation.override("en"):
        expected = moderation_flags(vacancy)
    assert expected, "a vacancy without pay is flagged"
    client.force_login(moderator)
    (item,) = items_on(html(client.get(QUEUE)))
    shown = {li["data-flag"]: " ".join(li.text.split()) for li in item.select("[data-flag]")}
    assert set(shown) == {flag.code for flag in expected}
    for flag in expected:
        assert " ".join(flag.message.split()) in shown[flag.code]


def test_a_vacancy_without_flags_says_so(client, moderator, monkeypatch):
    monkeypatch.setattr(moderation, "moderation_flags", lambda vacancy, **options: [])
    submitted()
    client.force_login(moderator)
    (item,) = items_on(html(client.get(QUEUE)))
    assert not item.select("[data-flag]")
    assert "No warnings." in item.text


def test_the_longest_waiting_comes_first(client, moderator):
    first, second, third = (submitted(title=title) for title in ("Eerste", "Tweede", "Derde"))
    now = timezone.now()
    # Submitted in another order than made: the order is the submission's, not the row's.
    for posting, days_ago in ((first, 1), (second, 3), (third, 2)):
        TaskState.objects.filter(pk=task_state_of(posting).pk).update(
            started_at=now - datetime.timedelta(days=days_ago)
        )
    client.force_login(moderator)
    titles = [item.h2.text.strip() for item in items_on(html(client.get(QUEUE)))]
    assert titles == ["Tweede", "Derde", "Eerste"]


def test_only_waiting_vacancies_are_listed(client, moderator):
    submitted(title="Wacht op beoordeling")
    PostingFactory(vacancy=VacancyFactory(draft=True, title="Nog een concept"))
    PostingFactory(vacancy=VacancyFactory(draft=True, title="Al online"), published=True)
    client.force_login(moderator)
    titles = [item.h2.text.strip() for item in items_on(html(client.get(QUEUE)))]
    assert titles == ["Wacht op beoordeling"]


def test_an_empty_queue_says_so(client, moderator):
    client.force_login(moderator)
    page = html(client.get(QUEUE))
    assert not items_on(page)
    assert "No vacancies are waiting for review" in page.text


def test_the_queue_is_paginated(client, moderator, monkeypatch):
    monkeypatch.setattr(views, "MODERATION_PER_PAGE", 2)
    for title in ("Een", "Twee", "Drie"):
        submitted(title=title)
    client.force_login(moderator)
    first = html(client.get(QUEUE))
    second = html(client.get(QUEUE, {"page": 2}))
    assert [item.h2.text.strip() for item in items_on(first)] == ["Een", "Twee"]
    assert [item.h2.text.strip() for item in items_on(second)] == ["Drie"]
    assert first.find("a", rel="next")
    # A page number that is not one shows a page, not an error.
    assert client.get(QUEUE, {"page": "x"}).status_code == 200


def test_the_queries_do_not_grow_with_the_number_of_vacancies(client, moderator):
    """The flags included: the minimum wage rows are read once for the whole page."""
    MinimumWageFactory()
    submitted()
    submitted_edit(title="Gewijzigd 1", place=PlaceFactory())
    client.force_login(moderator)
    client.get(QUEUE)  # warm the per-process caches (content types, site)
    with CaptureQueriesContext(connection) as few:
        assert client.get(QUEUE).status_code == 200
    for number in range(3):
        submitted()
        submitted_edit(title=f"Gewijzigd {number + 2}", place=PlaceFactory())
    with CaptureQueriesContext(connection) as many:
        page = html(client.get(QUEUE))
    assert len(items_on(page)) == 8
    assert len(many) == len(few), [query["sql"] for query in many.captured_queries]
    assert sum("home_minimumwage" in query["sql"] for query in many) == 1


# --- who may see it ----------------------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_the_login(client):
    submitted()
    response = client.get(QUEUE)
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]


def test_employers_cannot_see_or_use_the_queue(client):
    posting = submitted()
    client.force_login(EmployerUserFactory(organisation=posting.organisation))
    assert client.get(QUEUE).status_code in (302, 403)
    response = client.post(approve_url(posting), approve_data(posting))
    assert response.status_code in (302, 403)
    assert state_of(posting) == State.SUBMITTED


def refused(response):
    """Wagtail sends a signed-in user without the permission back to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


@pytest.mark.parametrize("role", ["editor", "translator"])
def test_other_admin_roles_are_refused(client, role, request):
    posting = submitted()
    client.force_login(request.getfixturevalue(role))
    assert refused(client.get(QUEUE))
    assert refused(client.get(item_url(posting)))
    assert refused(client.post(approve_url(posting), approve_data(posting)))
    assert refused(client.post(changes_url(posting), {comment_field(posting): "Graag anders."}))
    assert state_of(posting) == State.SUBMITTED


def test_the_menu_item_is_shown_to_moderators_only(client, moderator, editor):
    client.force_login(moderator)
    assert QUEUE in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(editor)
    assert QUEUE not in client.get(reverse("wagtailadmin_home")).content.decode()


# --- approving -------------------------------------------------------------------------------


def test_approve_publishes_as_wagtails_workflow_does(
    client, moderator, django_capture_on_commit_callbacks
):
    posting = submitted(title="Magazijnmedewerker")
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(approve_url(posting), approve_data(posting))
    assert response.status_code == 302
    assert response["Location"] == QUEUE
    vacancy = Vacancy.objects.get(pk=posting.vacancy_id)
    assert vacancy.live
    assert state_of(posting) == State.PUBLISHED
    actions = set(ModelLogEntry.objects.for_instance(vacancy).values_list("action", "user_id"))
    assert ("wagtail.workflow.approve", moderator.pk) in actions
    assert ("wagtail.publish", moderator.pk) in actions
    member = posting.organisation.memberships.get().user
    assert [message.to for message in mail.outbox] == [[member.email]]
    assert "Magazijnmedewerker" in html(client.get(QUEUE)).text  # the success message
    assert not items_on(html(client.get(QUEUE)))


def test_approving_an_edit_publishes_the_edit(client, moderator):
    posting = submitted_edit(title="Nieuwe titel")
    old_title = Vacancy.objects.get(pk=posting.vacancy_id).title
    assert old_title != "Nieuwe titel"
    client.force_login(moderator)
    client.post(approve_url(posting), approve_data(posting))
    assert Vacancy.objects.get(pk=posting.vacancy_id).title == "Nieuwe titel"


def test_nobody_approves_their_own_change_here_either(client, moderator):
    vacancy = VacancyFactory(draft=True, title="Door moderator verbeterd")
    posting = PostingFactory(vacancy=vacancy)
    vacancy.save_revision(user=moderator)
    postings.submit(postings.status_of(Posting.objects.get(pk=posting.pk)), posting.created_by)
    client.force_login(moderator)
    (item,) = items_on(html(client.get(QUEUE)))
    assert not item.find("form", action=approve_url(posting))
    assert "another moderator approves it" in item.text
    response = client.post(approve_url(posting), approve_data(posting))
    assert response.status_code == 403
    assert "another moderator approves it" in html(response).text
    assert state_of(posting) == State.SUBMITTED

    other = make_user("moderator-twee", "Moderatoren")
    client.force_login(other)
    (item,) = items_on(html(client.get(QUEUE)))
    assert item.find("form", action=approve_url(posting))
    client.post(approve_url(posting), approve_data(posting))
    assert state_of(posting) == State.PUBLISHED


def test_a_change_made_after_the_page_was_opened_is_not_approved_blind(client, moderator):
    posting = submitted(title="Oude tekst")
    shown = approve_data(posting)
    vacancy = Vacancy.objects.get(pk=posting.vacancy_id)
    vacancy.title = "Ander tekst"
    vacancy.save_revision(user=make_user("redacteur-twee", "Redacteuren"))
    client.force_login(moderator)
    response = client.post(approve_url(posting), shown)
    assert response.status_code == 302
    assert response["Location"] == item_url(posting)
    assert state_of(posting) == State.SUBMITTED
    page = html(client.get(item_url(posting)))
    # In the moderator's language (English), not the site's default.
    assert "This vacancy was changed after you opened it." in page.text
    assert "Ander tekst" in items_on(page)[0].h2.text
    response = client.post(approve_url(posting), {})
    assert state_of(posting) == State.SUBMITTED


def test_an_answered_vacancy_is_answered_once(client, moderator):
    posting = submitted()
    url, data = approve_url(posting), approve_data(posting)
    client.force_login(moderator)
    client.post(url, data)
    published_at = Vacancy.objects.get(pk=posting.vacancy_id).last_published_at
    response = client.post(url, data)
    assert response.status_code == 302
    assert response["Location"] == QUEUE
    assert Vacancy.objects.get(pk=posting.vacancy_id).last_published_at == published_at
    page = html(client.get(QUEUE))
    assert "no longer waiting for review" in page.text
    # An old link to the item page leads back to the queue too.
    assert client.get(url.replace("approve/", "")).status_code == 302


# --- requesting changes ----------------------------------------------------------------------


def test_request_changes_needs_a_comment(client, moderator):
    posting = submitted()
    client.force_login(moderator)
    for comment in ("", "   \n "):
        response = client.post(changes_url(posting), {comment_field(posting): comment})
        assert response.status_code == 400
        page = html(response)
        field = page.find("textarea", attrs={"name": comment_field(posting)})
        error = page.find(id=f"{field['id']}-error")
        assert "Write what the employer should change" in error.text
        assert error["id"] in field["aria-describedby"].split()
        assert field["aria-invalid"] == "true"
        assert page.find("label", attrs={"for": field["id"]})
    assert state_of(posting) == State.SUBMITTED


def test_a_too_long_comment_is_refused_and_kept(client, moderator):
    posting = submitted()
    comment = "Te lang. " * (MAX_CHANGES_COMMENT // 9 + 1)
    client.force_login(moderator)
    response = client.post(changes_url(posting), {comment_field(posting): comment})
    assert response.status_code == 400
    page = html(response)
    field = page.find("textarea", attrs={"name": comment_field(posting)})
    assert field.text == comment
    assert "Make the comment shorter" in page.find(id=f"{field['id']}-error").text
    assert state_of(posting) == State.SUBMITTED


def test_request_changes_sends_the_comment_to_the_employer(
    client, moderator, django_capture_on_commit_callbacks
):
    posting = submitted(title="Schoonmaker")
    comment = "Graag het uurloon invullen."
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(changes_url(posting), {comment_field(posting): comment})
    assert response.status_code == 302
    assert response["Location"] == QUEUE
    status = postings.status_of(Posting.objects.get(pk=posting.pk))
    assert status.state == State.CHANGES_REQUESTED
    assert status.comment == comment
    assert not Vacancy.objects.get(pk=posting.vacancy_id).live
    member = posting.organisation.memberships.get().user
    (message,) = mail.outbox
    assert message.to == [member.email]
    assert comment in message.body
    vacancy = Vacancy.objects.get(pk=posting.vacancy_id)
    assert (
        ModelLogEntry.objects.for_instance(vacancy)
        .filter(action="wagtail.workflow.reject", user=moderator)
        .exists()
    )


def test_request_changes_on_an_edit_keeps_the_live_version(client, moderator):
    posting = submitted_edit(title="Voorgestelde titel")
    live_title = Vacancy.objects.get(pk=posting.vacancy_id).title
    client.force_login(moderator)
    client.post(changes_url(posting), {comment_field(posting): "Titel klopt niet."})
    vacancy = Vacancy.objects.get(pk=posting.vacancy_id)
    assert vacancy.live
    assert vacancy.title == live_title
    assert state_of(posting) == State.CHANGES_REQUESTED


def test_get_never_changes_anything(client, moderator):
    posting = submitted()
    client.force_login(moderator)
    assert client.get(QUEUE).status_code == 200
    assert client.get(item_url(posting)).status_code == 200
    assert client.get(approve_url(posting)).status_code == 405
    assert client.get(changes_url(posting), {comment_field(posting): "x"}).status_code == 405
    assert client.head(approve_url(posting)).status_code == 405
    assert state_of(posting) == State.SUBMITTED
    assert WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS).count() == 1


def test_the_forms_post_with_a_csrf_token(moderator):
    from django.test import Client

    posting = submitted()
    client = Client(enforce_csrf_checks=True)
    client.force_login(moderator)
    page = html(client.get(QUEUE))
    forms = page.select("article form")
    assert {form["method"] for form in forms} == {"post"}
    assert all(form.find("input", attrs={"name": "csrfmiddlewaretoken"}) for form in forms)
    assert client.post(approve_url(posting), approve_data(posting)).status_code == 403
    assert state_of(posting) == State.SUBMITTED


# --- the change to a published vacancy ---------------------------------------------------------


def test_an_edit_shows_only_what_it_changes(client, moderator):
    posting = submitted_edit(title="Kok in de keuken", hours_max=30)
    live = Vacancy.objects.get(pk=posting.vacancy_id)
    client.force_login(moderator)
    (item,) = items_on(html(client.get(QUEUE)))
    rows = {
        row["data-field"]: [cell.text.strip() for cell in row.select("td")]
        for row in item.select("tr[data-field]")
    }
    assert rows == {
        "title": [live.title, "Kok in de keuken"],
        "hours_max": [str(live.hours_max), "30"],
    }
    labels = [row.th.text for row in item.select("tr[data-field]")]
    assert labels == ["Job title", "Hours per week, at most"]


def test_a_new_vacancy_has_no_comparison(client, moderator):
    submitted()
    client.force_login(moderator)
    (item,) = items_on(html(client.get(QUEUE)))
    assert not item.select("tr[data-field]")
    assert "New vacancy" in item.text


# --- the snippet edit view ---------------------------------------------------------------------


def edit_form_data(page):
    """What a browser posts from the admin's edit form, without the action buttons."""
    form = page.find("form", id="w-editor-form")
    data = {}
    for field in form.select("input[name], textarea[name], select[name]"):
        name = field["name"]
        if field.name == "select":
            chosen = field.find("option", selected=True) or field.find("option")
            data[name] = chosen.get("value", "") if chosen else ""
        elif field.name == "textarea":
            data[name] = field.text
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        elif field.get("type") not in ("submit", "button"):
            data[name] = field.get("value", "")
    return data


def test_approve_and_publish_is_the_main_button_of_the_edit_view(client, moderator):
    posting = submitted()
    client.force_login(moderator)
    edit_url = reverse("wagtailsnippets_vacancies_vacancy:edit", args=[posting.vacancy_id])
    page = html(client.get(edit_url))
    main = page.select_one(".w-dropdown-button > button:not([hidden])")
    assert main["data-workflow-action-name"] == "approve"
    assert (main["name"], main["value"]) == ("action-workflow-action", "true")
    # Enter in a field clicks the form's first submit button: that one only saves.
    form = page.find("form", id="w-editor-form")
    first = form.select_one("button[type=submit], input[type=submit]")
    assert first.has_attr("hidden") and not first.get("name")

    # Without the admin's script the button sends the workflow action itself.
    data = edit_form_data(page)
    data[main["name"]] = main["value"]
    response = client.post(edit_url, data)
    assert response.status_code == 302, html(response).select(".error-message")
    assert state_of(posting) == State.PUBLISHED


def test_saving_a_draft_in_the_edit_view_does_not_approve(client, moderator):
    posting = submitted()
    client.force_login(moderator)
    edit_url = reverse("wagtailsnippets_vacancies_vacancy:edit", args=[posting.vacancy_id])
    data = edit_form_data(html(client.get(edit_url)))
    assert data["workflow-action-name"] == "approve"  # the hidden field is in the form
    response = client.post(edit_url, data)  # "Save draft" sends no action
    assert response.status_code == 302
    assert state_of(posting) == State.SUBMITTED


def test_who_made_the_change_keeps_save_draft_as_the_main_button(client, moderator):
    vacancy = VacancyFactory(draft=True)
    posting = PostingFactory(vacancy=vacancy)
    vacancy.save_revision(user=moderator)
    postings.submit(postings.status_of(Posting.objects.get(pk=posting.pk)), posting.created_by)
    client.force_login(moderator)
    edit_url = reverse("wagtailsnippets_vacancies_vacancy:edit", args=[posting.vacancy_id])
    page = html(client.get(edit_url))
    main = page.select_one(".w-dropdown-button > button:not([hidden])")
    assert main.get("data-workflow-action-name") != "approve"
    assert not page.find("input", attrs={"name": "workflow-action-name"})
