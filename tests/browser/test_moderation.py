"""The moderators' queue in a real browser: axe, answering from the queue, and the edit view
where "Approve and publish" is the main button but Enter in a field does not approve.

Accounts and vacancies made here are committed (the live server has its own database
connection), so each run uses fresh names and titles.
"""

import pytest

from tests.browser.axe import wcag_violations
from tests.browser.conftest import log_in_to_admin, make_moderator, unique_digits

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def submitted(first_title, **changes):
    """A vacancy its employer submitted; with `changes`, an edit of a published one."""
    from tests.employers.factories import PostingFactory, submitted_edit
    from tests.vacancies.factories import VacancyFactory

    vacancy = VacancyFactory(draft=True, title=first_title)
    if not changes:
        return PostingFactory(vacancy=vacancy, in_moderation=True)
    return submitted_edit(PostingFactory(vacancy=vacancy, published=True), **changes)


@pytest.fixture(scope="session")
def made(django_db_setup, django_db_blocker):
    """Moderators and submissions, committed before any test's transaction starts, so that
    the live server sees them."""
    with django_db_blocker.unblock():
        return {
            "nl": make_moderator("nl"),
            "ar": make_moderator("ar"),
            "en": make_moderator("en"),
            "new": submitted("Axe nieuw " + unique_digits()),
            "edit": submitted(
                "Axe oud " + unique_digits(), title="Axe gewijzigd " + unique_digits()
            ),
            "approve": submitted("Queue goedkeuren " + unique_digits()),
            "send_back": submitted("Queue terugsturen " + unique_digits()),
            "enter": submitted("Editor enter " + unique_digits()),
            "button": submitted("Editor knop " + unique_digits()),
        }


def state_of(posting):
    from employers import postings
    from employers.models import Posting

    return postings.status_of(Posting.objects.get(pk=posting.pk)).state


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_the_queue_has_no_wcag_violations(page, portal_url, made, language):
    log_in_to_admin(page, portal_url, made[language])
    page.goto(f"{portal_url}/admin/werkroute/moderation/")
    assert page.locator("article.werkroute-moderation__item").count() >= 2
    assert page.locator("tr[data-field=title]").count() >= 1
    assert wcag_violations(page) == []
    # An empty comment: the error is shown, tied to the field, and still no violations.
    item = page.locator("article.werkroute-moderation__item").first
    with page.expect_navigation():
        item.locator("form.werkroute-moderation__changes button[type=submit]").click()
    assert page.locator("textarea[aria-invalid=true]").count() == 1
    assert wcag_violations(page) == []


def test_a_moderator_answers_from_the_queue(page, portal_url, made):
    from employers.postings import State

    log_in_to_admin(page, portal_url, made["en"])
    page.goto(f"{portal_url}/admin/werkroute/moderation/")
    title = made["approve"].vacancy.title
    item = page.locator("article.werkroute-moderation__item", has_text=title)
    with page.expect_navigation():
        item.get_by_role("button", name="Approve and publish").click()
    assert title in page.locator(".messages").inner_text()
    other = page.locator(
        "article.werkroute-moderation__item", has_text=made["send_back"].vacancy.title
    )
    other.get_by_label("What should the employer change?").fill("Graag het uurloon.")
    with page.expect_navigation():
        other.get_by_role("button", name="Request changes").click()
    assert state_of(made["approve"]) == State.PUBLISHED
    assert state_of(made["send_back"]) == State.CHANGES_REQUESTED


def test_the_edit_view_approves_with_its_main_button_but_not_with_enter(page, portal_url, made):
    from employers.postings import State

    log_in_to_admin(page, portal_url, made["en"])
    edit = f"{portal_url}/admin/snippets/vacancies/vacancy/edit/"
    page.goto(f"{edit}{made['enter'].vacancy_id}/")
    main = page.locator("footer .w-dropdown-button > button:not([hidden])")
    assert main.get_attribute("data-workflow-action-name") == "approve"
    with page.expect_navigation():
        page.locator("#id_title").press("Enter")
    assert state_of(made["enter"]) == State.SUBMITTED, "Enter in a field saves, never approves"

    page.goto(f"{edit}{made['button'].vacancy_id}/")
    with page.expect_navigation():
        page.locator("footer .w-dropdown-button > button:not([hidden])").click()
    assert state_of(made["button"]) == State.PUBLISHED
