"""Sign-up must not tell anyone which e-mail addresses or KvK numbers have an account: the same
answer for all, and the explanation goes by e-mail to the address typed (issue 15, item 9)."""

import re

import pytest

from django.core import mail

from employers.models import Organisation
from tests.conftest import html

pytestmark = pytest.mark.skeleton

SIGNUP_URL = "/nl/werkgevers/aanmelden/"
CSRF_TOKEN = re.compile(rb'name="csrfmiddlewaretoken" value="[^"]*"')


@pytest.fixture
def signup_data(signup_data):
    return {**signup_data, "email": "nieuw@zonnetje.example"}


def answer(client, data, captured):
    """Everything the visitor gets to see: the response and the page it leads to."""
    with captured(execute=True):
        response = client.post(SIGNUP_URL, data)
    shown = [response.status_code, response.get("Location"), CSRF_TOKEN.sub(b"", response.content)]
    if response.status_code == 302:
        shown.append(client.get(response["Location"]).content)
    return shown


def test_a_taken_address_gets_the_same_answer_and_its_owner_an_e_mail(
    client, signup_data, employer, django_capture_on_commit_callbacks
):
    new = answer(client, signup_data, django_capture_on_commit_callbacks)
    assert new[0] == 302
    taken_data = {**signup_data, "email": employer.email.upper(), "kvk_number": "87654321"}
    mail.outbox.clear()
    taken = answer(client, taken_data, django_capture_on_commit_callbacks)
    assert taken == new
    assert not Organisation.objects.filter(kvk_number="87654321").exists()
    [message] = mail.outbox
    assert message.to == [employer.email]
    assert "/nl/werkgevers/wachtwoord/" in message.body  # the employer's language is Dutch
    assert "Er is al een account" not in new[2].decode() + taken[2].decode()


def test_a_taken_kvk_number_gets_the_same_answer_and_an_e_mail_in_the_chosen_language(
    client, signup_data, employer, django_capture_on_commit_callbacks
):
    new = answer(client, signup_data, django_capture_on_commit_callbacks)
    kvk = employer.employer_membership.organisation.kvk_number
    taken_data = {**signup_data, "email": "ander@zonnetje.example", "kvk_number": kvk}
    mail.outbox.clear()
    taken = answer(client, taken_data, django_capture_on_commit_callbacks)
    assert taken == new
    [message] = mail.outbox
    assert message.to == ["ander@zonnetje.example"]
    assert "Ask a colleague" in message.body  # "language": "en" was chosen
    assert Organisation.objects.filter(kvk_number=kvk).count() == 1


def test_with_another_mistake_the_form_looks_the_same_for_a_taken_address(
    client, signup_data, employer, django_capture_on_commit_callbacks
):
    signup_data["password2"] = "iets-anders-9"
    new = answer(client, signup_data, django_capture_on_commit_callbacks)
    assert new[0] == 200
    taken_data = {**signup_data, "email": employer.email}
    taken = answer(client, taken_data, django_capture_on_commit_callbacks)
    # The address typed comes back, so compare with it swapped.
    assert taken[2].replace(employer.email.encode(), b"nieuw@zonnetje.example") == new[2]
    assert html(taken[2]).find(id="id_email").get("aria-invalid") is None
    assert mail.outbox == []
