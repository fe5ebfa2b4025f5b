"""Taking a vacancy offline or closing it asks first, without JavaScript.

The dashboard links (GET) to a page that names the vacancy and says what will happen; only the
POST of that page's form, with its confirm field, acts. The expected texts are written out here
(in Dutch and Arabic), so a page that stops asking, or asks in English, fails.
"""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import translation

from employers.models import Posting
from employers.postings import State
from tests.conftest import html
from tests.employers.conftest import status, submit
from tests.employers.factories import PostingFactory
from tests.employers.test_isolation import snapshot
from vacancies.models import Vacancy

pytestmark = pytest.mark.skeleton

CONFIRMED = {"confirm": "yes"}
QUESTIONS = {
    ("nl", "withdraw"): "Deze vacature offline halen?",
    ("ar", "withdraw"): "هل تريد إيقاف نشر هذه الوظيفة الشاغرة؟",
    ("nl", "filled"): "Deze vacature sluiten als vervuld?",
    ("ar", "filled"): "هل تريد إغلاق هذه الوظيفة الشاغرة لأنها شُغلت؟",
}
BUTTONS = {
    ("nl", "withdraw"): "Ja, offline halen",
    ("ar", "withdraw"): "نعم، أوقف النشر",
    ("nl", "filled"): "Ja, sluiten als vervuld",
    ("ar", "filled"): "نعم، أغلقها لأنها شُغلت",
}
CANCEL = {"nl": "Annuleren", "ar": "إلغاء"}


def url_in(language, name, *args):
    with translation.override(language):
        return reverse(f"employers:{name}", args=args)


def question_url(vacancy, action, language="nl"):
    """Where the dashboard's link leads: the filled form, or the confirmation page."""
    if action == "filled":
        return url_in(language, "vacancy_filled", vacancy.reference_code)
    return url_in(language, "vacancy_confirm", vacancy.reference_code, action)


def action_url(vacancy, action, language="nl"):
    return url_in(language, "vacancy_action", vacancy.reference_code, action)


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


# --- the dashboard links to the question, never posts ----------------------------------------


def test_the_dashboard_asks_before_taking_offline_or_closing(employer_client, published):
    page = html(employer_client.get(url_in("nl", "dashboard")))
    actions = page.select_one(".werkroute-dashboard__actions")
    links = {link["href"] for link in actions.select("a")}
    assert question_url(published, "withdraw") in links
    assert question_url(published, "filled") in links
    posted = {form["action"] for form in actions.select("form")}
    assert action_url(published, "withdraw") not in posted
    assert action_url(published, "filled") not in posted


# --- the confirmation page ------------------------------------------------------------------


@pytest.mark.parametrize("language", ["nl", "ar"])
@pytest.mark.parametrize("action", ["withdraw", "filled"])
def test_the_confirmation_page_names_the_vacancy_and_asks(
    employer_client, published, language, action
):
    response = employer_client.get(question_url(published, action, language))
    assert response.status_code == 200
    page = html(response)
    assert page.html["lang"] == language
    assert page.html["dir"] == ("rtl" if language == "ar" else "ltr")
    assert page.h1.get_text(strip=True) == QUESTIONS[language, action]
    # The vacancy's own title, isolated from the page's direction.
    title = page.select_one("bdi.werkroute-confirm__title")
    assert title.get_text(strip=True) == published.title
    assert title["lang"] == published.language
    assert published.reference_code in page.get_text()
    # What will happen, in the page's language.
    consequence = page.select_one(".werkroute-confirm__consequence").get_text(strip=True)
    assert consequence
    if language == "ar":
        assert not any("a" <= char <= "z" for char in consequence)
    form = page.select_one("form.werkroute-form")
    assert form["method"] == "post"
    assert form["action"] == action_url(published, action, language)
    assert form.select_one("input[name=csrfmiddlewaretoken]")
    assert form.select_one("input[type=hidden][name=confirm]")["value"] == "yes"
    assert form.select_one("button[type=submit]").get_text(strip=True) == BUTTONS[language, action]
    cancel = form.select_one(f"a[href='{url_in(language, 'dashboard')}']")
    assert cancel.get_text(strip=True) == CANCEL[language]


def test_taking_offline_says_what_the_state_machine_allows_afterwards(employer_client, published):
    page = html(employer_client.get(question_url(published, "withdraw")))
    text = page.select_one(".werkroute-confirm__consequence").get_text(" ", strip=True)
    assert "Bewoners kunnen deze vacature dan niet meer vinden of openen." in text
    assert "opnieuw indienen" in text and "opnieuw plaatsen als nieuwe vacature" in text
    employer_client.post(action_url(published, "withdraw"), CONFIRMED)
    # ... and it is true: edit, submit again and repost are offered.
    assert {"edit", "submit", "repost"} <= status(published).allowed


def test_closing_as_filled_says_it_cannot_be_opened_again(employer_client, published):
    page = html(employer_client.get(question_url(published, "filled")))
    text = page.select_one(".werkroute-confirm__consequence").get_text(" ", strip=True)
    assert "Een vervulde vacature kan niet meer open" in text
    employer_client.post(action_url(published, "filled"), CONFIRMED)
    assert status(published).allowed == {"preview", "repost", "duplicate"}


def test_withdrawing_a_submission_asks_its_own_question(employer_client, draft, employer):
    submit(draft, employer)
    assert status(draft).state == State.SUBMITTED
    page = html(employer_client.get(question_url(draft, "withdraw")))
    assert page.h1.get_text(strip=True) == "Indiening intrekken?"
    assert page.select_one("form.werkroute-form button[type=submit]").get_text(strip=True) == (
        "Ja, indiening intrekken"
    )
    assert "niet meer" in page.select_one(".werkroute-confirm__consequence").get_text()
    employer_client.post(action_url(draft, "withdraw"), CONFIRMED)
    assert status(draft).state == State.DRAFT


# --- only the confirmed POST acts -----------------------------------------------------------


@pytest.mark.parametrize("action", ["withdraw", "filled"])
def test_opening_the_question_changes_nothing(employer_client, published, action):
    before = snapshot(published)
    for method in ("get", "head"):
        assert getattr(employer_client, method)(question_url(published, action)).status_code == 200
    # Nor does following "Cancel".
    assert employer_client.get(url_in("nl", "dashboard")).status_code == 200
    assert snapshot(published) == before
    assert Vacancy.objects.visible().filter(pk=published.pk).exists()


@pytest.mark.parametrize("action", ["withdraw", "filled"])
@pytest.mark.parametrize("answer", [{}, {"confirm": ""}, {"confirm": "no"}, {"confirm": "1"}])
def test_a_post_without_the_confirmation_asks_again(employer_client, published, action, answer):
    before = snapshot(published)
    response = employer_client.post(action_url(published, action), answer)
    assert response.status_code == 200
    page = html(response)
    assert page.h1.get_text(strip=True) == QUESTIONS["nl", action]
    assert page.select_one("input[type=hidden][name=confirm]")["value"] == "yes"
    assert snapshot(published) == before
    assert status(published).state == State.PUBLISHED
    assert not messages_of(response)


def test_a_confirmed_post_takes_the_vacancy_offline(employer_client, published):
    response = employer_client.post(action_url(published, "withdraw"), CONFIRMED)
    assert response.status_code == 302
    assert response["Location"] == url_in("nl", "dashboard")
    assert messages_of(response) == ["Ingetrokken."]
    published.refresh_from_db()
    assert not published.live
    assert status(published).state == State.CLOSED
    assert not Vacancy.objects.visible().filter(pk=published.pk).exists()


# --- the filled form is the confirmation: one step, not two ----------------------------------


def test_the_filled_form_is_the_confirmation(employer_client, published):
    page = html(employer_client.get(question_url(published, "filled")))
    form = page.select_one("form.werkroute-form")
    assert form.select_one("input[name=hired_via_portal]")
    assert form.select_one("input[type=hidden][name=confirm]")
    response = employer_client.post(
        action_url(published, "filled"), {"hired_via_portal": "3", **CONFIRMED}
    )
    assert response.status_code == 302
    assert status(published).state == State.FILLED
    assert Posting.objects.get(vacancy=published).hired_via_portal == 3


def test_the_filled_form_without_confirmation_keeps_the_number(employer_client, published):
    response = employer_client.post(action_url(published, "filled"), {"hired_via_portal": "3"})
    assert response.status_code == 200
    assert html(response).select_one("input[name=hired_via_portal]")["value"] == "3"
    assert status(published).state == State.PUBLISHED


def test_a_bad_number_without_confirmation_is_reported_and_changes_nothing(
    employer_client, published
):
    response = employer_client.post(action_url(published, "filled"), {"hired_via_portal": "-1"})
    assert response.status_code == 400
    page = html(response)
    assert page.select_one("#form-errors")
    assert page.select_one("input[name=hired_via_portal]")["value"] == "-1"
    assert status(published).state == State.PUBLISHED


# --- refused and unknown --------------------------------------------------------------------


def test_a_question_for_an_action_the_state_does_not_allow_goes_back(employer_client, draft):
    response = employer_client.get(question_url(draft, "withdraw"))
    assert response.status_code == 302
    assert response["Location"] == url_in("nl", "dashboard")
    assert messages_of(response) == ["Dit kan nu niet voor deze vacature."]


@pytest.mark.parametrize("action", ["submit", "repost", "duplicate", "explode", "edit"])
def test_actions_that_do_not_ask_have_no_confirmation_page(employer_client, published, action):
    url = url_in("nl", "vacancy_confirm", published.reference_code, action)
    assert employer_client.get(url).status_code == 404


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_the_confirmation_page_itself_only_answers_get(employer_client, published, method):
    before = snapshot(published)
    response = getattr(employer_client, method)(question_url(published, "withdraw"), CONFIRMED)
    assert response.status_code == 405
    assert snapshot(published) == before


@pytest.mark.parametrize("action", ["withdraw", "filled"])
def test_another_organisations_vacancy_is_404_on_get_and_post(employer_client, action):
    foreign = PostingFactory(published=True).vacancy
    before = snapshot(foreign)
    for url in (
        question_url(foreign, action),
        url_in("nl", "vacancy_confirm", foreign.reference_code, action),
    ):
        assert employer_client.get(url).status_code == 404
    for data in ({}, CONFIRMED, {"hired_via_portal": "1", **CONFIRMED}):
        assert employer_client.post(action_url(foreign, action), data).status_code == 404
    assert snapshot(foreign) == before
    assert foreign.live


# --- the editors' side: Wagtail asks before unpublishing ------------------------------------


def test_unpublishing_in_the_admin_asks_first(client, published):
    editor = get_user_model().objects.create_superuser(
        "beheer-bevestigen", "beheer@gemeente.example", "een-lang-wachtwoord-9"
    )
    client.force_login(editor)
    url = reverse("wagtailsnippets_vacancies_vacancy:unpublish", args=[published.pk])
    page = html(client.get(url))
    form = page.select_one(f"form[action='{url}']")
    assert form["method"].lower() == "post"
    published.refresh_from_db()
    assert published.live  # the GET only asked
    assert client.post(url).status_code == 302
    published.refresh_from_db()
    assert not published.live
