"""Double opt-in and stopping: the confirmation link shows a button (GET changes nothing), the
POST starts the alert; unconfirmed alerts go after 48 hours; the unsubscribe link deletes the
alert, also as RFC 8058's one-click POST without a form."""

import datetime
import io

import pytest

from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from alerts import links
from alerts.models import UNCONFIRMED_KEPT, Alert
from tests.alerts.factories import AlertFactory
from tests.conftest import html

pytestmark = [pytest.mark.django_db, pytest.mark.skeleton]

TOKEN = "geheim-token-van-de-test"  # noqa: S105


def confirm_url(token=TOKEN, language="nl"):
    with translation.override(language):
        return reverse("alerts:confirm", args=[token])


def signed_up_ago(alert, **delta):
    Alert.objects.filter(pk=alert.pk).update(
        created_at=timezone.now() - datetime.timedelta(**delta)
    )


# --- confirming ----------------------------------------------------------------------------


def test_opening_the_link_shows_a_button_and_changes_nothing(client):
    alert = AlertFactory(unconfirmed=True, token=TOKEN, search="sector=horeca", language="ar")
    response = client.get(confirm_url(language="ar"))

    assert response.status_code == 200
    page = html(response)
    assert page.select_one("main form[method=post] button[type=submit]") is not None
    assert alert.email in page.find("dl").get_text()
    with translation.override("ar"):
        assert translation.gettext("Hospitality") in page.select_one("main section").get_text()
    alert.refresh_from_db()
    assert alert.confirmed_at is None


def test_pressing_the_button_starts_the_alert(client):
    alert = AlertFactory(unconfirmed=True, token=TOKEN)
    response = client.post(confirm_url())

    assert response.status_code == 302
    assert response["Location"] == confirm_url()
    alert.refresh_from_db()
    assert alert.confirmed_at is not None
    # The page after it says the e-mails are on and links to stopping them.
    page = html(client.get(confirm_url()))
    assert page.find("a", href=links.unsubscribe_path(alert)) is not None
    assert page.select_one("main form") is None


def test_confirming_needs_the_csrf_token():
    AlertFactory(unconfirmed=True, token=TOKEN)
    response = Client(enforce_csrf_checks=True).post(confirm_url())
    assert response.status_code == 403
    assert Alert.objects.get().confirmed_at is None


def test_a_new_alert_for_the_same_search_replaces_the_old_one_when_confirmed(client):
    old = AlertFactory(email="amal@example.org", search="sector=horeca", frequency="daily")
    other_search = AlertFactory(email="amal@example.org", search="sector=zorg")
    new = AlertFactory(
        email="amal@example.org",
        search="sector=horeca",
        frequency="weekly",
        unconfirmed=True,
        token=TOKEN,
    )
    client.post(confirm_url())

    assert set(Alert.objects.values_list("pk", flat=True)) == {new.pk, other_search.pk}
    assert not Alert.objects.filter(pk=old.pk).exists()


@pytest.mark.parametrize("token", ["onbekend", TOKEN + "x", "%00"])
def test_an_unknown_link_says_so(client, token):
    AlertFactory(unconfirmed=True, token=TOKEN)
    for method in (client.get, client.post):
        response = method(confirm_url(token))
        assert response.status_code == 400
        assert "Deze link werkt niet" in html(response).find("h1").get_text()
    assert Alert.objects.get().confirmed_at is None


def test_a_link_older_than_48_hours_no_longer_confirms(client):
    alert = AlertFactory(unconfirmed=True, token=TOKEN)
    signed_up_ago(alert, hours=48, seconds=1)
    assert client.post(confirm_url()).status_code == 400
    alert.refresh_from_db()
    assert alert.confirmed_at is None


def test_a_link_just_under_48_hours_old_still_confirms(client):
    alert = AlertFactory(unconfirmed=True, token=TOKEN)
    signed_up_ago(alert, hours=47, minutes=59)
    assert client.post(confirm_url()).status_code == 302
    alert.refresh_from_db()
    assert alert.confirmed_at is not None


# --- expiry of unconfirmed alerts ------------------------------------------------------------


@pytest.mark.parametrize("command", ["purge_alerts", "send_job_alerts"])
def test_unconfirmed_alerts_are_deleted_after_48_hours(command):
    expired = AlertFactory(unconfirmed=True)
    signed_up_ago(expired, seconds=UNCONFIRMED_KEPT.total_seconds() + 1)
    fresh = AlertFactory(unconfirmed=True)
    signed_up_ago(fresh, hours=47)
    confirmed_long_ago = AlertFactory()
    signed_up_ago(confirmed_long_ago, days=400)

    output = io.StringIO()
    call_command(command, "--quiet" if command == "send_job_alerts" else "-v1", stdout=output)

    assert set(Alert.objects.values_list("pk", flat=True)) == {fresh.pk, confirmed_long_ago.pk}
    assert "Deleted 1 unconfirmed" in output.getvalue()


# --- unsubscribing -------------------------------------------------------------------------


def unsubscribe_url(alert):
    return links.unsubscribe_path(alert)


def test_the_unsubscribe_link_is_in_the_alerts_language_and_signed():
    alert = AlertFactory(language="ti")
    url = unsubscribe_url(alert)
    assert url.startswith("/ti/vacaturemail/afmelden/")
    assert str(alert.key) in url
    assert links.key_from_unsubscribe_token(links.unsubscribe_token(alert)) == alert.key


def test_opening_the_unsubscribe_link_shows_a_button_and_deletes_nothing(client):
    alert = AlertFactory(search="sector=horeca")
    response = client.get(unsubscribe_url(alert))

    assert response.status_code == 200
    form = html(response).select_one("main form[method=post]")
    assert form["action"] == unsubscribe_url(alert)
    assert Alert.objects.filter(pk=alert.pk).exists()
    # No CSRF token in it (the one-click POST has none either), so no cookie.
    assert not response.cookies


def test_the_button_deletes_the_alert_address_and_all(client):
    alert = AlertFactory(email="amal@example.org")
    keep = AlertFactory(email="iemand@example.org")
    response = client.post(unsubscribe_url(alert))

    assert response.status_code == 200
    assert "De e-mails zijn gestopt" in html(response).find("h1").get_text()
    assert not Alert.objects.filter(email="amal@example.org").exists()
    assert Alert.objects.filter(pk=keep.pk).exists()


def test_one_click_unsubscribe_from_a_mail_program_needs_no_form_or_cookie():
    """RFC 8058: the mail provider POSTs List-Unsubscribe=One-Click to the https address."""
    alert = AlertFactory()
    response = Client(enforce_csrf_checks=True).post(
        links.site_url(unsubscribe_url(alert)),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert not Alert.objects.exists()


def test_unsubscribing_twice_is_fine(client):
    alert = AlertFactory()
    url = unsubscribe_url(alert)
    client.post(url)
    for method in (client.get, client.post):
        response = method(url)
        assert response.status_code == 200
        assert "De e-mails zijn gestopt" in html(response).find("h1").get_text()


@pytest.mark.parametrize("change", ["tamper_signature", "other_key", "garbage"])
def test_a_forged_unsubscribe_link_deletes_nothing(client, change):
    alert = AlertFactory()
    token = links.unsubscribe_token(alert)
    key, signature = token.split(":", 1)
    forged = {
        "tamper_signature": f"{key}:{signature[:-2]}xx",
        "other_key": f"{AlertFactory().key}:{signature}",
        "garbage": "niet-een-link",
    }[change]
    with translation.override("nl"):
        url = reverse("alerts:unsubscribe", args=[forged])
    assert client.post(url).status_code == 400
    assert client.get(url).status_code == 400
    assert Alert.objects.filter(pk=alert.pk).exists()
