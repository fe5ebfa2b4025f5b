"""Sign-up, e-mail confirmation, login and logout of employers."""

import re

import pytest

from django.contrib.auth import get_user_model
from django.core import mail
from django.test import override_settings
from django.utils import translation

from core import ratelimit
from employers.models import Membership, Organisation
from tests.conftest import html
from tests.employers.factories import EMPLOYER_PASSWORD, EmployerUserFactory

pytestmark = pytest.mark.skeleton

SIGNUP_URL = "/nl/werkgevers/aanmelden/"
LOGIN_URL = "/nl/werkgevers/inloggen/"


def sign_up(client, data, captured, language="nl"):
    with captured(execute=True):
        return client.post(f"/{language}/werkgevers/aanmelden/", data)


def confirmation_link(message):
    return re.search(r"https?://\S+/bevestigen/\S+/", message.body).group(0)


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_the_sign_up_form_is_in_the_visitors_language(client, db, language):
    response = client.get(f"/{language}/werkgevers/aanmelden/")
    assert response.status_code == 200
    page = html(response)
    assert page.html["lang"] == language
    assert page.select_one("main form").find("input", {"name": "csrfmiddlewaretoken"})
    assert page.find("meta", {"name": "robots"})["content"] == "noindex"
    # Every visible field has a label tied to it.
    for field in page.select("form input:not([type=hidden]), form select, form textarea"):
        assert page.find("label", {"for": field["id"]}), field["name"]


def test_sign_up_makes_an_unconfirmed_account_and_an_organisation_awaiting_approval(
    client, signup_data, moderator, django_capture_on_commit_callbacks
):
    response = sign_up(client, signup_data, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    assert response["Location"] == "/nl/werkgevers/aanmelden/verstuurd/"
    organisation = Organisation.objects.get(kvk_number="12345678")
    assert not organisation.is_approved
    assert organisation.website == "https://bakkerij-zonnetje.example"
    user = get_user_model().objects.get(username="personeel@zonnetje.example")
    assert not user.is_active and not user.is_staff
    assert Membership.objects.get(user=user).language == "en"
    confirmation = [message for message in mail.outbox if user.email in message.to]
    assert len(confirmation) == 1
    assert "Confirm your e-mail address" in confirmation[0].subject  # English, as chosen
    to_moderator = [message for message in mail.outbox if moderator.email in message.to]
    assert "Bakkerij Het Zonnetje" in to_moderator[0].subject


def test_the_confirmation_link_asks_for_a_press_then_logs_in(
    client, signup_data, django_capture_on_commit_callbacks
):
    sign_up(client, signup_data, django_capture_on_commit_callbacks)
    (message,) = [message for message in mail.outbox if "personeel@zonnetje.example" in message.to]
    link = confirmation_link(message)
    path = link.split("testserver", 1)[1]
    assert client.get(path).status_code == 200  # a mail scanner opening it changes nothing
    user = get_user_model().objects.get(username="personeel@zonnetje.example")
    assert not user.is_active
    response = client.post(path)
    assert response["Location"] == "/nl/werkgevers/mijn-vacatures/"
    user.refresh_from_db()
    assert user.is_active
    assert client.get("/nl/werkgevers/mijn-vacatures/").status_code == 200
    # Used once: the link no longer works.
    client.logout()
    assert client.post(path).status_code == 400


def test_a_broken_confirmation_link_explains_itself(client, db):
    response = client.get("/nl/werkgevers/aanmelden/bevestigen/MTIzNDU2/onzin-token/")
    assert response.status_code == 400
    with translation.override("nl"):
        assert html(response).h1.text == translation.gettext("This link does not work")


@pytest.mark.parametrize(
    ("field", "value", "message_part"),
    [
        ("kvk_number", "1234567", "acht cijfers"),
        ("kvk_number", "abcdefgh", "acht cijfers"),
        ("email", "geen-adres", None),
        ("password2", "iets-anders-9", None),
        ("password1", "12345678", None),
        ("place", "999999", None),
        ("sector", "<script>", None),
        ("name", "", None),
        ("name", "x" * 121, None),
    ],
)
def test_bad_input_is_reported_and_everything_typed_is_kept(
    client, signup_data, field, value, message_part
):
    signup_data[field] = value
    if field == "password1":
        signup_data["password2"] = value
    response = client.post(SIGNUP_URL, signup_data)
    assert response.status_code == 200
    page = html(response)
    assert page.find(id="form-errors")
    assert page.find(id=f"id_{field}")["aria-invalid"] == "true"
    if message_part:
        assert message_part in page.find(id=f"id_{field}-error").text
    # What was typed comes back (passwords excepted).
    assert page.find(id="id_public_contact")["value"] == signup_data["public_contact"]
    assert page.find(id="id_description").text.strip() == signup_data["description"]
    assert not Organisation.objects.filter(name=signup_data["name"]).exists()


def test_a_kvk_number_or_address_already_registered_makes_nothing(client, signup_data, employer):
    # What the visitor sees then: tests/employers/test_signup_enumeration.py.
    signup_data["kvk_number"] = employer.employer_membership.organisation.kvk_number
    signup_data["email"] = employer.email.upper()
    assert client.post(SIGNUP_URL, signup_data).status_code == 302
    assert Organisation.objects.filter(kvk_number=signup_data["kvk_number"]).count() == 1
    assert get_user_model().objects.filter(email__iexact=employer.email).count() == 1


def test_the_honeypot_makes_nothing_and_looks_like_success(client, signup_data):
    signup_data["fax_number"] = "0201234567"
    response = client.post(SIGNUP_URL, signup_data)
    assert response.status_code == 302
    assert not Organisation.objects.filter(kvk_number="12345678").exists()
    assert not get_user_model().objects.filter(username="personeel@zonnetje.example").exists()
    assert mail.outbox == []


@override_settings(RATE_LIMITS={"signup": (2, 3600)})
def test_sign_up_is_rate_limited_per_ip_and_keeps_what_was_typed(client, signup_data):
    signup_data["kvk_number"] = "1"  # invalid, so nothing is created by the first attempts
    for _attempt in range(2):
        assert client.post(SIGNUP_URL, signup_data).status_code == 200
    signup_data["kvk_number"] = "87654321"
    response = client.post(SIGNUP_URL, signup_data)
    assert response.status_code == 429
    page = html(response)
    assert page.find(id="form-errors")
    assert page.find(id="id_name")["value"] == signup_data["name"]
    assert not Organisation.objects.filter(kvk_number="87654321").exists()
    # The same e-mail address from another IP address is counted too ...
    assert client.post(SIGNUP_URL, signup_data, REMOTE_ADDR="10.0.0.9").status_code == 429
    # ... while someone else elsewhere is not held up.
    signup_data["email"] = "iemand-anders@zonnetje.example"
    assert client.post(SIGNUP_URL, signup_data, REMOTE_ADDR="10.0.0.10").status_code == 302


def test_login_with_the_e_mail_address_in_any_case(client, employer):
    response = client.post(
        LOGIN_URL, {"username": employer.email.upper(), "password": EMPLOYER_PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == "/nl/werkgevers/mijn-vacatures/"


def test_a_wrong_password_is_reported_and_the_address_kept(client, employer):
    response = client.post(LOGIN_URL, {"username": employer.email, "password": "fout"})
    assert response.status_code == 200
    page = html(response)
    assert page.find(id="form-errors")
    assert page.find(id="id_username")["value"] == employer.email


def test_an_unconfirmed_account_cannot_log_in(client, employer):
    employer.is_active = False
    employer.save()
    response = client.post(LOGIN_URL, {"username": employer.email, "password": EMPLOYER_PASSWORD})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_wrong_passwords_make_the_account_wait_even_from_other_addresses(client, employer):
    for number in range(ratelimit.FREE_FAILURES + 1):
        client.post(
            LOGIN_URL,
            {"username": employer.email, "password": "fout"},
            REMOTE_ADDR=f"10.0.0.{number}",
        )
    response = client.post(
        LOGIN_URL,
        {"username": employer.email, "password": EMPLOYER_PASSWORD},
        REMOTE_ADDR="10.0.0.99",
    )
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    assert html(response).find(id="id_username")["value"] == employer.email


@pytest.mark.parametrize(
    "next_url",
    ["https://evil.example/", "//evil.example/", "/\\evil.example/", "javascript:alert(1)"],
)
def test_login_never_redirects_off_the_site(client, employer, next_url):
    response = client.post(
        LOGIN_URL + "?next=" + next_url,
        {"username": employer.email, "password": EMPLOYER_PASSWORD, "next": next_url},
    )
    assert response.status_code == 302
    assert response["Location"] == "/nl/werkgevers/mijn-vacatures/"


def test_login_follows_a_local_next(client, employer):
    response = client.post(
        LOGIN_URL,
        {
            "username": employer.email,
            "password": EMPLOYER_PASSWORD,
            "next": "/nl/werkgevers/mijn-organisatie/",
        },
    )
    assert response["Location"] == "/nl/werkgevers/mijn-organisatie/"


def test_logout_is_a_post(employer_client):
    assert employer_client.get("/nl/werkgevers/uitloggen/").status_code == 405
    assert "_auth_user_id" in employer_client.session
    assert employer_client.post("/nl/werkgevers/uitloggen/").status_code == 200
    assert "_auth_user_id" not in employer_client.session


def test_the_dashboard_asks_anonymous_visitors_to_log_in(client, db):
    response = client.get("/ar/werkgevers/mijn-vacatures/")
    assert response.status_code == 302
    assert response["Location"].startswith("/ar/werkgevers/inloggen/?next=")


def test_an_employer_never_reaches_the_admin(employer_client):
    response = employer_client.get("/admin/")
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/admin/login/" in response["Location"]


def test_staff_without_an_organisation_are_told_this_part_is_for_employers(client, moderator):
    client.force_login(moderator)
    assert client.get("/nl/werkgevers/mijn-vacatures/").status_code == 403


def test_password_reset_mails_a_link_that_sets_a_new_password(client, employer):
    response = client.post("/nl/werkgevers/wachtwoord/", {"email": employer.email})
    assert response["Location"] == "/nl/werkgevers/wachtwoord/verstuurd/"
    assert len(mail.outbox) == 1
    path = re.search(r"https?://[^/\s]+(/\S+/)", mail.outbox[0].body).group(1)
    form_path = client.get(path)["Location"]  # Django swaps the token for a session marker
    response = client.post(
        form_path, {"new_password1": "nieuw-wachtwoord-42", "new_password2": "nieuw-wachtwoord-42"}
    )
    assert response["Location"] == "/nl/werkgevers/wachtwoord/klaar/"
    employer.refresh_from_db()
    assert employer.check_password("nieuw-wachtwoord-42")


def test_password_reset_says_the_same_for_unknown_addresses(client, db):
    response = client.post("/nl/werkgevers/wachtwoord/", {"email": "niemand@nergens.example"})
    assert response["Location"] == "/nl/werkgevers/wachtwoord/verstuurd/"
    assert mail.outbox == []


def test_a_colleague_is_invited_and_chooses_a_password(
    employer_client, employer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = employer_client.post(
            "/nl/werkgevers/mijn-organisatie/collega/",
            {"email": "Collega@Schoon.example", "language": "tr"},
        )
    assert response.status_code == 302
    colleague = get_user_model().objects.get(username="collega@schoon.example")
    assert colleague.employer_membership.organisation == employer.employer_membership.organisation
    assert not colleague.has_usable_password()
    assert mail.outbox[0].to == ["collega@schoon.example"]


def test_inviting_an_existing_address_is_refused(employer_client, employer):
    other = EmployerUserFactory()
    response = employer_client.post(
        "/nl/werkgevers/mijn-organisatie/collega/", {"email": other.email, "language": "nl"}
    )
    assert response.status_code == 400
    assert html(response).find(id="form-errors")
