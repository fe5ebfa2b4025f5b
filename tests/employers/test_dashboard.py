"""The dashboard, the vacancy form and the employer's actions on a vacancy."""

import datetime
import io

import pytest

from django.core import mail
from django.core.management import call_command
from django.test import override_settings

from employers import postings
from employers.models import Posting
from employers.postings import State
from tests.conftest import html
from tests.employers.conftest import approve, request_changes, status, submit
from vacancies.models import Vacancy, VacancyIndexPage, VacancyTranslation

DASHBOARD = "/nl/werkgevers/mijn-vacatures/"
# What the confirmation page's form sends with "Yes, take offline" / "Yes, close as filled".
CONFIRMED = {postings.CONFIRM_FIELD: postings.CONFIRM_VALUE}
NEW = "/nl/werkgevers/mijn-vacatures/nieuw/"


def edit_url(vacancy, language="nl"):
    return f"/{language}/werkgevers/mijn-vacatures/{vacancy.reference_code}/"


def action_url(vacancy, action):
    return f"{edit_url(vacancy)}{action}/"


def test_an_empty_dashboard_says_what_to_do(employer_client):
    page = html(employer_client.get(DASHBOARD))
    assert page.find("a", href=NEW)
    assert not page.select(".werkroute-dashboard__item")


def test_a_new_vacancy_is_saved_as_a_draft_of_the_organisation(
    employer_client, employer, vacancy_data
):
    response = employer_client.post(NEW, vacancy_data)
    posting = Posting.objects.get(organisation=employer.employer_membership.organisation)
    assert response["Location"] == edit_url(posting.vacancy)
    vacancy = posting.vacancy
    assert not vacancy.live
    assert vacancy.employer_name == "Schoon en Snel"
    assert posting.created_by == employer
    assert vacancy.latest_revision.user == employer
    assert status(vacancy).state == State.DRAFT


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("title", ""),
        ("title", "x" * 121),
        ("description", "x" * 4001),
        ("hours_min", "-1"),
        ("hours_max", "61"),
        ("hours_min", "abc"),
        ("sector", "<script>alert(1)</script>"),
        ("place", "0"),
        ("closing_date", "2020-01-01"),
        ("closing_date", "31-02-2027"),
        ("salary_period", ""),  # with a salary (below) but without "per hour" or "per month"
        ("apply_url", "javascript:alert(1)"),
        ("apply_email", "geen adres"),
    ],
)
def test_bad_vacancy_input_is_reported_and_nothing_typed_is_lost(
    employer_client, organisation, vacancy_data, field, value
):
    vacancy_data[field] = value
    if field == "salary_period":
        vacancy_data["salary_min"] = "14.50"
    response = employer_client.post(NEW, vacancy_data)
    assert response.status_code == 200
    page = html(response)
    assert page.find(id="form-errors")
    assert page.find(id=f"id_{field}")["aria-invalid"] == "true"
    assert page.find(id="id_description").text.strip() == vacancy_data["description"][:4001]
    if field != "title":
        assert page.find(id="id_title")["value"] == vacancy_data["title"]
    assert "<script>alert" not in response.content.decode()
    assert not Posting.objects.filter(organisation=organisation).exists()


def test_hours_the_wrong_way_round_and_no_way_to_respond_are_explained(
    employer_client, vacancy_data
):
    vacancy_data.update({"hours_min": "30", "hours_max": "10"})
    vacancy_data.pop("respond_via_job_office")
    page = html(employer_client.post(NEW, vacancy_data))
    assert page.find(id="id_hours_max-error")
    assert page.find(id="id_respond_via_job_office-error")


def test_the_form_shows_the_twv_steps_and_the_rules(employer_client):
    page = html(employer_client.get(NEW))
    steps = page.select_one(".werkroute-twv-steps")
    assert steps is not None
    assert len(steps.select(".werkroute-rule")) == 3  # the demo's form settings
    form = page.select_one("form.werkroute-form")
    for field in form.select("input:not([type=hidden]), select, textarea"):
        assert page.find("label", {"for": field["id"]}), field["name"]
        assert field.get("aria-describedby"), field["name"]  # every field explains itself


def test_each_state_shows_on_the_dashboard_with_its_actions(
    employer_client, employer, organisation, published, vacancy_data
):
    from employers.forms import VacancyForm

    form = VacancyForm(vacancy_data)
    assert form.is_valid()
    postings.create_posting(form.save(commit=False), organisation, employer)
    page = html(employer_client.get(DASHBOARD))
    items = page.select(".werkroute-dashboard__item")
    assert len(items) == 2
    labels = {item.select_one(".werkroute-badge")["class"][-1] for item in items}
    assert labels == {"werkroute-badge--published", "werkroute-badge--draft"}
    # Every action is a POST form with a CSRF token.
    for form in page.select(".werkroute-dashboard__actions form"):
        assert form["method"] == "post"
        assert form.find("input", {"name": "csrfmiddlewaretoken"})


def test_submitting_needs_an_approved_organisation(employer_client, draft, organisation):
    organisation.approved_at = None
    organisation.save()
    response = employer_client.post(action_url(draft, "submit"))
    assert response.status_code == 302
    assert status(draft).state == State.DRAFT
    page = html(employer_client.get(DASHBOARD))
    assert page.select_one('.werkroute-notice[role="note"]')


def test_submit_withdraw_and_submit_again(
    employer_client, draft, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        employer_client.post(action_url(draft, "submit"))
    assert status(draft).state == State.SUBMITTED
    # While it waits it cannot be edited.
    assert employer_client.get(edit_url(draft))["Location"] == DASHBOARD
    employer_client.post(action_url(draft, "withdraw"), CONFIRMED)
    assert status(draft).state == State.DRAFT
    employer_client.post(action_url(draft, "submit"))
    assert status(draft).state == State.SUBMITTED


def test_changes_requested_shows_the_comment_and_resubmits(
    employer_client, employer, draft, moderator, django_capture_on_commit_callbacks
):
    submit(draft, employer)
    with django_capture_on_commit_callbacks(execute=True):
        request_changes(draft, moderator, "Noem het aantal uren per dag.")
    assert status(draft).state == State.CHANGES_REQUESTED
    assert "Noem het aantal uren per dag." in html(employer_client.get(DASHBOARD)).text
    (message,) = [message for message in mail.outbox if employer.email in message.to]
    assert "Noem het aantal uren per dag." in message.body
    employer_client.post(action_url(draft, "submit"))
    assert status(draft).state == State.SUBMITTED


def test_an_edit_of_a_published_vacancy_waits_for_approval(
    employer_client, employer, published, moderator, vacancy_data, board_text
):
    vacancy_data["title"] = "Schoonmaker testkantoren en scholen"
    response = employer_client.post(edit_url(published), vacancy_data)
    assert response.status_code == 302
    published.refresh_from_db()
    assert published.title == "Schoonmaker testkantoren"  # the live version stays
    assert "Schoonmaker testkantoren en scholen" not in board_text()
    current = status(published)
    assert current.state == State.PUBLISHED and current.pending_changes
    # The form shows the edit, not the live text.
    assert html(employer_client.get(edit_url(published))).find(id="id_title")["value"] == (
        "Schoonmaker testkantoren en scholen"
    )
    employer_client.post(action_url(published, "submit"))
    approve(published, moderator)
    assert published.title == "Schoonmaker testkantoren en scholen"
    assert "Schoonmaker testkantoren en scholen" in board_text()


@pytest.fixture
def board_text(client):
    def text():
        return html(client.get(VacancyIndexPage.objects.get(locale__language_code="nl").url)).text

    return text


def test_take_offline_and_close_as_filled(employer_client, published, board_text):
    employer_client.post(action_url(published, "withdraw"), CONFIRMED)
    published.refresh_from_db()
    assert not published.live
    assert status(published).state == State.CLOSED
    employer_client.post(action_url(published, "filled"), CONFIRMED)
    assert status(published).state == State.FILLED
    assert Posting.objects.get(vacancy=published).filled_at is not None


def test_closing_a_live_vacancy_as_filled_takes_it_off_the_board(employer_client, published):
    employer_client.post(action_url(published, "filled"), CONFIRMED)
    assert not Vacancy.objects.visible().filter(pk=published.pk).exists()


def test_repost_an_expired_vacancy_as_a_new_draft(employer_client, published):
    Vacancy.objects.filter(pk=published.pk).update(
        closing_date=datetime.date.today() - datetime.timedelta(days=1)
    )
    published.refresh_from_db()
    assert status(published).state == State.EXPIRED
    response = employer_client.post(action_url(published, "repost"))
    copy = (
        Posting.objects.filter(organisation=published.posting.organisation)
        .exclude(vacancy=published)
        .get()
        .vacancy
    )
    assert response["Location"] == edit_url(copy)
    assert copy.title == published.title
    assert copy.reference_code != published.reference_code
    assert copy.closing_date > datetime.date.today()
    assert status(copy).state == State.DRAFT


def test_duplicate_copies_the_text_and_translations(employer_client, published):
    VacancyTranslation.objects.create(
        vacancy=published, language="ar", title="عامل تنظيف", description="نص"
    )
    employer_client.post(action_url(published, "duplicate"))
    copy = (
        Posting.objects.filter(organisation=published.posting.organisation)
        .exclude(vacancy=published)
        .get()
        .vacancy
    )
    assert copy.translations.get().title == "عامل تنظيف"
    assert not copy.live


def test_actions_not_allowed_in_a_state_change_nothing(employer_client, draft):
    employer_client.post(action_url(draft, "repost"))
    employer_client.post(action_url(draft, "withdraw"), CONFIRMED)
    employer_client.post(action_url(draft, "filled"), CONFIRMED)
    assert Posting.objects.filter(organisation=draft.posting.organisation).count() == 1
    assert status(draft).state == State.DRAFT


def test_an_unknown_action_is_404(employer_client, draft):
    assert employer_client.post(action_url(draft, "explode")).status_code == 404


def test_the_preview_shows_the_draft_to_its_employer_only(employer_client, draft, client):
    response = employer_client.get(f"{edit_url(draft)}voorbeeld/")
    assert response.status_code == 200
    page = html(response)
    assert page.h1.text.strip() == draft.title
    assert page.find("meta", {"name": "robots"})["content"] == "noindex"
    assert page.select_one(".werkroute-notice--preview")
    assert "JobPosting" not in str(page.find_all("script", {"type": "application/ld+json"}))
    # The public page of a draft does not exist.
    board = VacancyIndexPage.objects.get(locale__language_code="nl")
    assert client.get(f"{board.url}{draft.reference_code}/").status_code == 404


def test_dashboard_pagination_bounds(employer_client, organisation, employer, vacancy_data):
    from employers.forms import VacancyForm

    for _number in range(21):
        form = VacancyForm(vacancy_data)
        assert form.is_valid()
        postings.create_posting(form.save(commit=False), organisation, employer)
    assert len(html(employer_client.get(DASHBOARD)).select(".werkroute-dashboard__item")) == 20
    last = html(employer_client.get(DASHBOARD + "?page=999999"))
    assert len(last.select(".werkroute-dashboard__item")) == 1
    assert employer_client.get(DASHBOARD + "?page=abc").status_code == 200


def test_closing_reminder_goes_once_five_days_ahead(
    published, employer, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    Vacancy.objects.filter(pk=published.pk).update(
        closing_date=datetime.date.today() + datetime.timedelta(days=6)
    )
    call_command("send_closing_reminders", stdout=io.StringIO())
    assert mail.outbox == []
    Vacancy.objects.filter(pk=published.pk).update(
        closing_date=datetime.date.today() + datetime.timedelta(days=5)
    )
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_closing_reminders", stdout=io.StringIO())
        call_command("send_closing_reminders", stdout=io.StringIO())
    assert [message.to for message in mail.outbox] == [[employer.email]]
    assert "vijf dagen" in mail.outbox[0].subject or "five days" in mail.outbox[0].subject


def test_the_reminder_is_in_the_employers_language(
    published, employer, django_capture_on_commit_callbacks
):
    membership = employer.employer_membership
    membership.language = "en"
    membership.save()
    Vacancy.objects.filter(pk=published.pk).update(
        closing_date=datetime.date.today() + datetime.timedelta(days=2)
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_closing_reminders", stdout=io.StringIO())
    assert mail.outbox[0].subject.startswith("Your vacancy closes in five days")


@override_settings(RATE_LIMITS={"submit": (1, 3600)})
def test_submissions_are_rate_limited_per_account(employer_client, draft, organisation, employer):
    employer_client.post(action_url(draft, "submit"))
    employer_client.post(action_url(draft, "withdraw"), CONFIRMED)
    response = employer_client.post(action_url(draft, "submit"), follow=True)
    assert status(draft).state == State.DRAFT
    assert html(response).select_one(".werkroute-notice--error")


# --- closing as filled, with the number of people hired ---------------------------------------


def filled_form_url(vacancy):
    return f"/nl/werkgevers/mijn-vacatures/{vacancy.reference_code}/vervuld/"


def test_the_filled_form_asks_for_a_number_and_closes(employer_client, published):
    page = html(employer_client.get(filled_form_url(published)))
    form = page.select_one("form.werkroute-form")
    assert form["action"] == action_url(published, "filled")
    assert form.select_one("input[name=hired_via_portal]")
    employer_client.post(action_url(published, "filled"), {"hired_via_portal": "2", **CONFIRMED})
    posting = Posting.objects.get(vacancy=published)
    assert posting.hired_via_portal == 2
    assert status(published).state == State.FILLED


def test_filled_another_way_counts_no_placement(employer_client, published):
    employer_client.post(action_url(published, "filled"), {"hired_via_portal": "", **CONFIRMED})
    posting = Posting.objects.get(vacancy=published)
    assert posting.filled_at is not None
    assert posting.hired_via_portal is None


@pytest.mark.parametrize("typed", ["0", "-1", "51", "twee", "1.5", "9" * 30])
def test_a_bad_number_of_hires_is_reported_and_kept(employer_client, published, typed):
    response = employer_client.post(
        action_url(published, "filled"), {"hired_via_portal": typed, **CONFIRMED}
    )
    assert response.status_code == 400
    page = html(response)
    field = page.select_one("input[name=hired_via_portal]")
    assert field["value"] == typed
    assert field["aria-invalid"] == "true"
    assert page.select_one("#form-errors")
    assert status(published).state == State.PUBLISHED
    assert Posting.objects.get(vacancy=published).filled_at is None


def test_the_filled_form_is_only_offered_when_closing_is_possible(employer_client, draft):
    response = employer_client.get(filled_form_url(draft))
    assert response.status_code == 302
    assert response["Location"] == "/nl/werkgevers/mijn-vacatures/"
