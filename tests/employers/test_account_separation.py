"""Employer accounts and staff accounts (editors, moderators, administrators) never mix: each
logs in, resets its password and is invited only on its own side (issue 15, item 8)."""

import pytest

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.test import override_settings

from employers.models import Membership
from tests.conftest import html
from tests.employers.factories import EMPLOYER_PASSWORD

pytestmark = pytest.mark.skeleton

INVITE_URL = "/nl/werkgevers/mijn-organisatie/collega/"
EDITOR_EMAIL = "redacteur.x@gemeente.example"


@pytest.fixture
def editor(db):
    """An editor as the admin knows them: admin access through a group, not is_staff."""
    group = Group.objects.create(name="Testredactie")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    user = get_user_model().objects.create_user(
        username=EDITOR_EMAIL, email=EDITOR_EMAIL, password=EMPLOYER_PASSWORD
    )
    user.groups.add(group)
    return user


def test_the_employer_password_reset_sends_nothing_to_an_editor(client, editor, employer):
    response = client.post("/nl/werkgevers/wachtwoord/", {"email": EDITOR_EMAIL})
    assert response["Location"] == "/nl/werkgevers/wachtwoord/verstuurd/"
    assert mail.outbox == []
    # Not even when the editor's account also had an employer membership.
    Membership.objects.create(user=editor, organisation=employer.employer_membership.organisation)
    client.post("/nl/werkgevers/wachtwoord/", {"email": EDITOR_EMAIL})
    assert mail.outbox == []
    client.post("/nl/werkgevers/wachtwoord/", {"email": employer.email})
    assert [message.to for message in mail.outbox] == [[employer.email]]


def test_employer_credentials_do_not_open_the_admin(client, employer):
    response = client.post(
        "/admin/login/", {"username": employer.username, "password": EMPLOYER_PASSWORD}
    )
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert settings.SESSION_COOKIE_NAME not in response.cookies


def test_an_editor_cannot_log_in_on_the_employers_pages(client, editor, employer):
    Membership.objects.create(user=editor, organisation=employer.employer_membership.organisation)
    response = client.post(
        "/nl/werkgevers/inloggen/", {"username": EDITOR_EMAIL, "password": EMPLOYER_PASSWORD}
    )
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    wrong = client.post(
        "/nl/werkgevers/inloggen/", {"username": employer.email, "password": "fout-wachtwoord"}
    )
    # The same answer as a wrong password: it does not tell that the address is an editor's.
    assert html(response).find(id="form-errors").text == html(wrong).find(id="form-errors").text


def test_the_editor_still_logs_in_to_the_admin(client, editor):
    response = client.post(
        "/admin/login/", {"username": EDITOR_EMAIL, "password": EMPLOYER_PASSWORD}
    )
    assert response.status_code == 302
    assert "_auth_user_id" in client.session


def test_a_colleague_invite_refuses_an_editors_address(employer_client, editor):
    taken = employer_client.post(INVITE_URL, {"email": EDITOR_EMAIL.upper(), "language": "nl"})
    assert taken.status_code == 400
    assert not hasattr(get_user_model().objects.get(pk=editor.pk), "employer_membership")
    assert get_user_model().objects.filter(email__iexact=EDITOR_EMAIL).count() == 1
    assert mail.outbox == []


def test_an_editor_whose_username_is_not_the_address_is_refused_too(employer_client, editor):
    editor.username = "redacteur-x"
    editor.save()
    response = employer_client.post(INVITE_URL, {"email": EDITOR_EMAIL, "language": "nl"})
    assert response.status_code == 400
    assert not get_user_model().objects.filter(username=EDITOR_EMAIL).exists()


@override_settings(RATE_LIMITS={"invite": (2, 3600)})
def test_colleague_invites_are_rate_limited_per_organisation(employer_client, employer):
    for number in range(2):
        response = employer_client.post(
            INVITE_URL,
            {"email": f"collega{number}@schoon.example", "language": "nl"},
            REMOTE_ADDR=f"10.4.0.{number}",
        )
        assert response.status_code == 302
    refused = employer_client.post(
        INVITE_URL, {"email": "collega9@schoon.example", "language": "nl"}, REMOTE_ADDR="10.4.0.9"
    )
    assert refused.status_code == 429
    assert html(refused).find(id="form-errors")
    assert not get_user_model().objects.filter(username="collega9@schoon.example").exists()


def test_the_admin_password_reset_sends_nothing_to_an_employer(client, employer, editor):
    client.post("/admin/password_reset/", {"email": employer.email})
    assert mail.outbox == []
    client.post("/admin/password_reset/", {"email": EDITOR_EMAIL})
    assert [message.to for message in mail.outbox] == [[EDITOR_EMAIL]]
