"""An employer's work survives the end of their session: saved drafts stay, and a form sent
after the session ran out comes back, filled in, once they have logged in again."""

import pytest

from django.contrib.sessions.models import Session
from django.urls import reverse
from django.utils.translation import gettext, override

from employers.models import Posting
from tests.conftest import html

pytestmark = pytest.mark.skeleton

PASSWORD = "geheim-wachtwoord-7"


def log_in(client, employer, next_url):
    return client.post(
        f"{reverse('employers:login')}?next={next_url}",
        {"username": employer.username, "password": PASSWORD},
    )


def end_session(client):
    """What SESSION_COOKIE_AGE does: the session is gone on the server, the cookie still sent."""
    Session.objects.filter(session_key=client.session.session_key).delete()


def test_a_saved_draft_is_there_after_logging_in_again(employer_client, employer, draft):
    end_session(employer_client)
    dashboard = reverse("employers:dashboard")
    response = employer_client.get(dashboard)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("employers:login"))

    response = log_in(employer_client, employer, dashboard)
    assert response.status_code == 302 and response["Location"] == dashboard
    assert draft.title in employer_client.get(dashboard).content.decode()


def test_a_new_vacancy_typed_during_a_timeout_comes_back(employer_client, employer, vacancy_data):
    with override("nl"):
        form_url = reverse("employers:vacancy_create")
    employer_client.get(form_url)
    end_session(employer_client)
    typed = {**vacancy_data, "title": "Heftruckchauffeur <nachtploeg>"}

    response = employer_client.post(form_url, typed)
    assert response.status_code == 302, "sent to the login page"
    assert response["Location"].startswith(reverse("employers:login"))
    assert not Posting.objects.filter(vacancy__title=typed["title"]).exists()

    login_page = employer_client.get(response["Location"])
    with override("nl"):
        notice = gettext("You were logged out. Log in again: what you typed is kept for you.")
    assert notice in login_page.content.decode()

    assert log_in(employer_client, employer, form_url)["Location"] == form_url
    page = html(employer_client.get(form_url))
    assert page.select_one("input[name=title]")["value"] == typed["title"]
    assert page.select_one("textarea[name=description]").text.strip() == typed["description"]
    assert not Posting.objects.filter(vacancy__title=typed["title"]).exists(), "not saved unasked"

    employer_client.post(form_url, typed)
    assert Posting.objects.filter(vacancy__title=typed["title"], created_by=employer).exists()

    again = html(employer_client.get(form_url))
    assert not again.select_one("input[name=title]").get("value"), "shown back only once"


def test_changes_to_a_draft_typed_during_a_timeout_come_back(employer_client, employer, draft):
    with override("nl"):
        edit_url = reverse("employers:vacancy_edit", args=[draft.reference_code])
    end_session(employer_client)
    employer_client.post(edit_url, {"title": "Nieuwe titel", "description": "Nieuwe tekst."})

    log_in(employer_client, employer, edit_url)
    page = html(employer_client.get(edit_url))
    assert page.select_one("input[name=title]")["value"] == "Nieuwe titel"
    draft.refresh_from_db()
    assert draft.title != "Nieuwe titel"


def test_kept_typing_is_not_shown_to_another_address(employer_client, employer, draft):
    with override("nl"):
        edit_url = reverse("employers:vacancy_edit", args=[draft.reference_code])
        create_url = reverse("employers:vacancy_create")
    end_session(employer_client)
    employer_client.post(edit_url, {"title": "Alleen voor deze vacature"})
    log_in(employer_client, employer, create_url)
    page = html(employer_client.get(create_url))
    assert page.select_one("input[name=title]").get("value") != "Alleen voor deze vacature"
