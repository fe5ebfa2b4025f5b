"""Wrong passwords make an account wait a little, never lock it: whoever types wrong passwords
for someone else's account must not keep its owner out (issue 15, item 6)."""

import pytest

from django.conf import settings
from django.test import override_settings

from core import ratelimit
from tests.conftest import html
from tests.employers.factories import EMPLOYER_PASSWORD, EmployerUserFactory

ADMIN_LOGIN = "/admin/login/"
EMPLOYER_LOGIN = "/en/werkgevers/inloggen/"


@pytest.fixture
def clock(monkeypatch):
    """The rate limiter's clock, moved by hand."""
    moment = {"now": 1_800_000_000.0}
    monkeypatch.setattr(ratelimit, "now", lambda: moment["now"])
    return moment


@pytest.fixture
def chef(demo_site, django_user_model):
    """The demo's own 'admin', whose name anyone can guess."""
    admin = django_user_model.objects.get(username="admin")
    admin.set_password("juist-wachtwoord")
    admin.save()
    return admin


def wrong_passwords(client, url, username, times):
    for number in range(times):
        response = client.post(
            url, {"username": username, "password": "fout"}, REMOTE_ADDR=f"10.1.0.{number}"
        )
        assert response.status_code in (200, 429)


def test_wrong_passwords_from_elsewhere_only_delay_the_admin(demo_site, client, chef, clock):
    wrong_passwords(client, ADMIN_LOGIN, "admin", 12)
    right = {"username": "admin", "password": "juist-wachtwoord"}

    waiting = client.post(ADMIN_LOGIN, right, REMOTE_ADDR="10.2.0.1")
    assert waiting.status_code == 429
    assert settings.SESSION_COOKIE_NAME not in waiting.cookies
    body = waiting.content.decode()
    assert "Probeer het opnieuw na" in body  # the admin speaks Dutch here
    assert "/admin/password_reset/" in body, "the owner is told the reset link still works"

    clock["now"] += ratelimit.MAX_DELAY_SECONDS + 1
    response = client.post(ADMIN_LOGIN, right, REMOTE_ADDR="10.2.0.1")
    assert response.status_code == 302
    assert settings.SESSION_COOKIE_NAME in response.cookies


def test_the_wait_grows_with_each_failure_and_is_capped(demo_site, client, chef, clock):
    started = clock["now"]
    wrong_passwords(client, ADMIN_LOGIN, "admin", ratelimit.FREE_FAILURES)
    assert ratelimit.account_wait_until("admin_login", "admin") is None
    waits = []
    for _failure in range(12):
        client.post(ADMIN_LOGIN, {"username": "admin", "password": "fout"}, REMOTE_ADDR="10.3.0.1")
        waits.append(ratelimit.account_wait_until("admin_login", "admin") - clock["now"])
        clock["now"] += waits[-1]  # each next try just after the wait
        clock["now"] += 0.5
    assert waits[:3] == [2, 4, 8]
    assert max(waits) == ratelimit.MAX_DELAY_SECONDS
    assert clock["now"] > started


@override_settings(RATE_LIMITS={"admin_login": (3, 900)})
def test_successful_logins_do_not_count(demo_site, client, chef, clock):
    for _login in range(8):
        response = client.post(ADMIN_LOGIN, {"username": "admin", "password": "juist-wachtwoord"})
        assert response.status_code == 302
        client.logout()


def test_a_right_password_forgets_earlier_failures(demo_site, client, chef, clock):
    wrong_passwords(client, ADMIN_LOGIN, "admin", ratelimit.FREE_FAILURES)
    client.post(ADMIN_LOGIN, {"username": "admin", "password": "juist-wachtwoord"})
    client.logout()
    wrong_passwords(client, ADMIN_LOGIN, "admin", 1)
    assert ratelimit.account_wait_until("admin_login", "admin") is None


@override_settings(RATE_LIMITS={"login": (100, 900)})
def test_an_employer_waits_then_logs_in_and_is_told_about_the_reset(db, client, clock):
    employer = EmployerUserFactory()
    wrong_passwords(client, EMPLOYER_LOGIN, employer.email.upper(), 10)
    right = {"username": employer.email, "password": EMPLOYER_PASSWORD}

    waiting = client.post(EMPLOYER_LOGIN, right, REMOTE_ADDR="10.2.0.2")
    assert waiting.status_code == 429
    errors = html(waiting).find(id="form-errors").text
    assert "Try again after" in errors
    assert "/en/werkgevers/wachtwoord/" in errors
    assert html(waiting).find(id="id_username")["value"] == employer.email

    clock["now"] += ratelimit.MAX_DELAY_SECONDS + 1
    response = client.post(EMPLOYER_LOGIN, right, REMOTE_ADDR="10.2.0.2")
    assert response.status_code == 302
    assert "_auth_user_id" in client.session


def test_the_wait_message_is_in_the_visitors_language(db, client, clock):
    employer = EmployerUserFactory()
    wrong_passwords(client, "/nl/werkgevers/inloggen/", employer.email, 10)
    response = client.post(
        "/nl/werkgevers/inloggen/", {"username": employer.email, "password": EMPLOYER_PASSWORD}
    )
    assert response.status_code == 429
    errors = html(response).find(id="form-errors").text
    assert "Try again after" not in errors
    assert "/nl/werkgevers/wachtwoord/" in errors
