"""The posting state machine: every state x every action, allowed or refused.

The table below is written out by hand, not read from employers/postings.py, so a change to the
action table that lets an action through in a new state fails here until it is meant.
"""

import datetime

import pytest

from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import translation

from employers import postings
from employers.postings import ACTIONS, State
from tests.conftest import html
from tests.employers.conftest import request_changes, status, submit
from tests.employers.test_isolation import snapshot
from vacancies.lifecycle import CLOSING_SOON_DAYS, today
from vacancies.models import Vacancy

pytestmark = pytest.mark.skeleton

ALL = set(ACTIONS)

# case: (the posting's state, the actions allowed in it)
EXPECTED = {
    "draft": (State.DRAFT, {"edit", "preview", "submit", "duplicate"}),
    "draft, organisation not approved": (State.DRAFT, {"edit", "preview", "duplicate"}),
    "submitted": (State.SUBMITTED, {"preview", "withdraw", "filled", "duplicate"}),
    "changes requested": (
        State.CHANGES_REQUESTED,
        {"edit", "preview", "submit", "filled", "duplicate"},
    ),
    "published": (State.PUBLISHED, {"edit", "preview", "withdraw", "filled", "duplicate"}),
    "published, with an edit": (
        State.PUBLISHED,
        {"edit", "preview", "submit", "withdraw", "filled", "duplicate"},
    ),
    "closing soon": (State.CLOSING_SOON, {"edit", "preview", "withdraw", "filled", "duplicate"}),
    "filled": (State.FILLED, {"preview", "repost", "duplicate"}),
    "taken offline": (
        State.CLOSED,
        {"edit", "preview", "submit", "filled", "repost", "duplicate"},
    ),
    "expired": (State.EXPIRED, {"preview", "filled", "repost", "duplicate"}),
}


# The actions that take a vacancy offline or close it: the dashboard links to a page that asks
# first, and only a POST with the confirmation page's answer carries them out.
NEEDS_CONFIRMATION = {"withdraw", "filled"}
CONFIRMED = {postings.CONFIRM_FIELD: postings.CONFIRM_VALUE}


def set_closing_date(vacancy, days):
    Vacancy.objects.filter(pk=vacancy.pk).update(
        closing_date=today() + datetime.timedelta(days=days)
    )


@pytest.fixture
def posting_in(request, organisation, employer, moderator, vacancy_data):
    """A vacancy of `employer`'s organisation in the named case, made the way the portal does."""

    def make(case):
        if case.startswith("draft"):
            vacancy = request.getfixturevalue("draft")
            if case == "draft, organisation not approved":
                organisation.approved_at = None
                organisation.save(update_fields=["approved_at"])
            return vacancy
        if case in ("submitted", "changes requested"):
            vacancy = request.getfixturevalue("draft")
            submit(vacancy, employer)
            if case == "changes requested":
                request_changes(vacancy, moderator, "Schrijf de uren erbij.")
            return vacancy
        vacancy = request.getfixturevalue("published")
        if case == "published, with an edit":
            vacancy.title = "Schoonmaker testkantoren (avond)"
            postings.save_changes(vacancy, employer)
        elif case == "closing soon":
            set_closing_date(vacancy, CLOSING_SOON_DAYS - 2)
        elif case == "filled":
            postings.close_as_filled(status(vacancy), employer, None)
        elif case == "taken offline":
            postings.withdraw(status(vacancy), employer)
        elif case == "expired":
            set_closing_date(vacancy, -1)  # overdue: the nightly expiry has not run yet
        return vacancy

    return make


def test_every_state_has_a_row():
    assert {state for state, _allowed in EXPECTED.values()} == set(State)


def test_the_actions_that_take_a_vacancy_offline_or_close_it_ask_first():
    assert {name for name, action in ACTIONS.items() if action.needs_confirmation} == (
        NEEDS_CONFIRMATION
    )


def error_messages(response):
    return [str(m) for m in get_messages(response.wsgi_request) if m.level_tag == "error"]


def page_url(name, vacancy):
    return reverse(f"employers:{name}", args=[vacancy.reference_code])


@pytest.mark.parametrize("action", sorted(ALL))
@pytest.mark.parametrize("case", list(EXPECTED))
def test_state_x_action(employer_client, posting_in, vacancy_data, case, action):
    vacancy = posting_in(case)
    state, allowed_actions = EXPECTED[case]
    assert status(vacancy).state == state
    allowed = action in allowed_actions
    assert ACTIONS[action].allows(status(vacancy)) == allowed
    before = snapshot(vacancy)

    if action == "preview":
        assert employer_client.get(page_url("vacancy_preview", vacancy)).status_code == 200
        return
    if action == "edit":
        page = employer_client.get(page_url("vacancy_edit", vacancy))
        assert page.status_code == (200 if allowed else 302)
        saved = employer_client.post(
            page_url("vacancy_edit", vacancy), {**vacancy_data, "title": "Nieuwe titel"}
        )
        assert saved.status_code == 302
        assert saved.url == (
            page_url("vacancy_edit", vacancy) if allowed else reverse("employers:dashboard")
        )
        assert (snapshot(vacancy) != before) == allowed
        return

    if ACTIONS[action].page:  # the GET page that asks for the form
        page = employer_client.get(page_url(ACTIONS[action].page.split(":")[1], vacancy))
        assert page.status_code == (200 if allowed else 302)
    url = reverse("employers:vacancy_action", args=[vacancy.reference_code, action])
    if action in NEEDS_CONFIRMATION:
        asked = employer_client.get(confirm_url(vacancy, action))
        assert asked.status_code == (200 if allowed else 302)
        unconfirmed = employer_client.post(url, {"hired_via_portal": "1"})
        assert unconfirmed.status_code == (200 if allowed else 302)
        assert snapshot(vacancy) == before
    response = employer_client.post(url, {"hired_via_portal": "1", **CONFIRMED})
    assert response.status_code == 302
    if allowed:
        assert not error_messages(response)
        assert snapshot(vacancy) != before
    else:
        assert response.url == reverse("employers:dashboard")
        # (the refused GET of a form page above leaves the same message)
        assert set(error_messages(response)) == {str(postings.NOT_POSSIBLE)}
        assert snapshot(vacancy) == before


def confirm_url(vacancy, action):
    return reverse("employers:vacancy_confirm", args=[vacancy.reference_code, action])


def offered_on_the_dashboard(client, vacancy):
    """The names of the actions the dashboard shows for this vacancy, from its links and forms."""
    page = html(client.get(reverse("employers:dashboard")))
    item = next(
        li
        for li in page.select(".werkroute-dashboard__item")
        if vacancy.reference_code in li.get_text()
    )
    names = set()
    for link in item.select(".werkroute-dashboard__actions a"):
        names |= {
            name
            for name, action in ACTIONS.items()
            if action.page and link["href"] == page_url(action.page.split(":")[1], vacancy)
        }
        names |= {name for name in NEEDS_CONFIRMATION if link["href"] == confirm_url(vacancy, name)}
    for form in item.select(".werkroute-dashboard__actions form"):
        assert form["method"] == "post"
        assert form.select_one("input[name=csrfmiddlewaretoken]")
        names.add(form["action"].rstrip("/").rsplit("/", 1)[1])
    return names


@pytest.mark.parametrize("case", list(EXPECTED))
def test_the_dashboard_offers_exactly_the_allowed_actions(employer_client, posting_in, case):
    vacancy = posting_in(case)
    assert offered_on_the_dashboard(employer_client, vacancy) == EXPECTED[case][1]


@pytest.mark.parametrize(
    "case, label",
    [("submitted", "Withdraw the submission"), ("published", "Take offline")],
)
def test_withdraw_is_labelled_by_what_it_undoes(posting_in, case, label):
    vacancy = posting_in(case)
    (offer,) = [offer for offer in status(vacancy).actions if offer.name == "withdraw"]
    with translation.override("en"):
        assert str(offer.label) == label
