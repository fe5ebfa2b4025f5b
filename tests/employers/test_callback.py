"""Employers ask the employer service point to call back: stored, e-mailed to the service point,
rate-limited, kept no longer than CALLBACK_RETENTION_DAYS, and listed for editors in the admin.
Every bad input comes back with what was typed and a message in the reader's language."""

import datetime
import io

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.management import call_command
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone, translation

from core import ratelimit
from employers.forms import CallbackForm
from employers.models import CallbackRequest
from tests.conftest import html
from tests.employers.factories import CallbackRequestFactory, EmployerServicePointFactory

pytestmark = pytest.mark.skeleton

WINDOW = 3600
VALID = {
    "organisation": "Bakkerij Het Zonnetje",
    "name": "Anna de Vries",
    "phone": "+31 (0)6-1234 5678",
    "question": "Wij willen een asielzoeker aannemen. Hoe gaat de TWV?",
    "fax_number": "",
}
FIELDS = ["organisation", "name", "phone", "question"]


def url(language="nl", name="employers:callback"):
    with translation.override(language):
        return reverse(name)


def message(text, language):
    """`text` as a reader of `language` sees it; fails when it has no translation there."""
    with translation.override(language):
        translated = translation.gettext(text)
    if language != "en":
        assert translated != text, f"no {language} translation of {text!r}"
    return translated


def typed_value(page, name):
    field = page.find(attrs={"name": name})
    # A browser drops the newline Django writes right after <textarea>.
    return (
        field.get_text().removeprefix("\n") if field.name == "textarea" else field.get("value", "")
    )


def assert_kept(page, data, except_=()):
    for name in FIELDS:
        if name not in except_:
            assert typed_value(page, name) == data[name], name


@pytest.fixture
def clock(monkeypatch):
    monkeypatch.setattr(ratelimit, "now", lambda: 1_800_000_000 - 1_800_000_000 % WINDOW + 600)


# --- a good request ----------------------------------------------------------------------------


def test_a_request_is_stored_e_mailed_to_the_service_point_and_thanked(
    client, point, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("en"), VALID)
    assert response.status_code == 302
    assert response["Location"] == url("en", "employers:callback_done")
    stored = CallbackRequest.objects.get()
    assert (stored.organisation, stored.name, stored.phone) == (
        VALID["organisation"],
        VALID["name"],
        VALID["phone"],
    )
    assert stored.question == VALID["question"] and stored.language == "en"
    assert not stored.handled
    [sent] = mail.outbox
    assert sent.to == [point.email]
    for value in (VALID["organisation"], VALID["name"], VALID["phone"], VALID["question"]):
        assert value in sent.body
    assert VALID["organisation"] in sent.subject
    assert reverse("wagtailsnippets_employers_callbackrequest:list") in sent.body
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    # The thank-you page repeats nothing that was typed.
    assert VALID["name"] not in thanks.content.decode()


def test_without_an_e_mail_address_the_request_is_only_stored(
    client, no_point, django_capture_on_commit_callbacks
):
    EmployerServicePointFactory(email="")
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url(), VALID).status_code == 302
    assert CallbackRequest.objects.count() == 1
    assert mail.outbox == []


def test_without_a_service_point_the_request_is_only_stored(
    client, no_point, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url(), VALID).status_code == 302
    assert CallbackRequest.objects.count() == 1
    assert mail.outbox == []


def test_a_failing_mail_server_does_not_lose_the_request(
    client, point, django_capture_on_commit_callbacks, monkeypatch
):
    def refuse(*args, **kwargs):
        raise ConnectionRefusedError

    monkeypatch.setattr("employers.contact_point.send_mail", refuse)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url(), VALID)
    assert response.status_code == 302
    assert CallbackRequest.objects.count() == 1


@pytest.mark.parametrize(
    "phone", ["0592 000 998", "+31 6 12345678", "(0592) 000-998", "123456", "0031612345678"]
)
def test_phone_numbers_as_people_type_them_are_accepted(phone):
    form = CallbackForm({**VALID, "phone": phone})
    assert form.is_valid(), form.errors


def test_a_logged_in_employer_finds_the_organisation_filled_in(employer_client, organisation):
    page = html(employer_client.get(url()))
    assert typed_value(page, "organisation") == organisation.name


def test_the_form_works_with_csrf_checks(db, point):
    client = Client(enforce_csrf_checks=True)
    form_page = client.get(url())
    token = html(form_page).find("input", attrs={"name": "csrfmiddlewaretoken"})["value"]
    assert client.post(url(), VALID).status_code == 403
    response = client.post(url(), {**VALID, "csrfmiddlewaretoken": token})
    assert response.status_code == 302


def test_the_form_page_sets_only_the_csrf_cookie(client, settings, point):
    response = client.get(url())
    assert set(response.cookies) == {settings.CSRF_COOKIE_NAME}
    assert (
        response["Cache-Control"].startswith("max-age=0") or "no-cache" in response["Cache-Control"]
    )


def test_the_form_page_names_the_service_point_and_the_retention(client, point, settings):
    settings.CALLBACK_RETENTION_DAYS = 30
    page = html(client.get(url()))
    assert page.select_one('[data-employer-contact] a[href^="tel:"]') is not None
    assert "30 dagen" in page.select_one("main form.werkroute-form").get_text()
    # No link to the page itself.
    assert page.select(f'[data-employer-contact] a[href="{url()}"]') == []


# --- bad input: a message in the reader's language, and everything typed kept ---------------------

REQUIRED = {
    "organisation": "Please type the name of your organisation.",
    "name": "Please type your name.",
    "phone": "Please type your phone number.",
    "question": "Please type your question, so the right person calls you.",
}
LIMITS = {"organisation": 120, "name": 80, "phone": 30, "question": 1000}
BAD_PHONE = (
    "We do not recognise this phone number. Use digits, and if you like spaces, +, - or "
    "brackets, for example 0592 123 456 or +31 6 12345678."
)


def field_error(page, name):
    field = page.find(attrs={"name": name})
    error = page.find(id=f"{field['id']}-error")
    assert error is not None, name
    assert error["id"] in field.get("aria-describedby", ""), name
    return error.get_text(" ", strip=True)


@pytest.mark.parametrize("language", ["nl", "ar"])
@pytest.mark.parametrize("missing", FIELDS)
def test_a_missing_field_is_named_and_the_rest_kept(client, point, missing, language):
    data = {**VALID, missing: "   " if missing != "phone" else ""}
    response = client.post(url(language), data)
    assert response.status_code == 200
    page = html(response)
    assert field_error(page, missing) == message(REQUIRED[missing], language)
    assert page.find(id="form-errors") is not None
    assert_kept(page, data, except_=[missing])
    assert CallbackRequest.objects.count() == 0


@pytest.mark.parametrize("language", ["nl", "fa"])
@pytest.mark.parametrize("field", FIELDS)
def test_too_long_input_is_named_and_kept(client, point, field, language):
    too_long = "1" * (LIMITS[field] + 1) if field == "phone" else "a" * (LIMITS[field] + 1)
    data = {**VALID, field: too_long}
    page = html(client.post(url(language), data))
    with translation.override(language):
        expected = translation.gettext(
            "Please shorten this to at most %(limit_value)d characters (you typed %(show_value)d)."
        ) % {"limit_value": LIMITS[field], "show_value": LIMITS[field] + 1}
    message(
        "Please shorten this to at most %(limit_value)d characters (you typed %(show_value)d).",
        language,
    )
    assert expected in field_error(page, field)
    assert_kept(page, data)
    assert CallbackRequest.objects.count() == 0


@pytest.mark.parametrize("language", ["nl", "ti"])
@pytest.mark.parametrize(
    "phone",
    [
        "bel me maar",  # no digits
        "12345",  # too few digits
        "0612345678#9",  # a character a phone number has not
        "1234567890 1234567890 1",  # more than twenty digits
        "06 1234 5678 of 0592 000 998",
    ],
)
def test_a_phone_number_that_is_not_one_is_named_and_kept(client, point, phone, language):
    data = {**VALID, "phone": phone}
    page = html(client.post(url(language), data))
    assert field_error(page, "phone") == message(BAD_PHONE, language)
    assert_kept(page, data)
    assert CallbackRequest.objects.count() == 0


@pytest.mark.parametrize("language", ["nl", "tr"])
def test_the_honeypot_stores_and_sends_nothing_but_keeps_what_was_typed(
    client, point, language, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url(language), {**VALID, "fax_number": "+31 20 000 0000"})
    assert response.status_code == 200
    page = html(response)
    expected = message("Your request was not sent. Please check it and send it again.", language)
    assert expected in page.find(id="form-errors").get_text()
    assert_kept(page, VALID)
    assert typed_value(page, "fax_number") == ""
    assert CallbackRequest.objects.count() == 0
    assert mail.outbox == []


@override_settings(RATE_LIMITS={"callback": (1, WINDOW)})
@pytest.mark.parametrize("language", ["nl", "en"])
def test_too_many_requests_are_refused_with_what_was_typed_kept(client, point, clock, language):
    assert client.post(url(language), VALID).status_code == 302
    response = client.post(url(language), {**VALID, "name": "Tweede Poging"})
    assert response.status_code == ratelimit.TOO_MANY_STATUS
    assert response["Retry-After"] == str(WINDOW - 600)
    page = html(response)
    with translation.override(language):
        assert ratelimit.too_many_attempts_message() in page.find(id="form-errors").get_text()
    assert typed_value(page, "name") == "Tweede Poging"
    assert CallbackRequest.objects.count() == 1


def test_get_and_post_only(client, db):
    assert client.put(url()).status_code == 405


# --- kept no longer than the retention period ---------------------------------------------


def received(days_ago):
    callback = CallbackRequestFactory()
    CallbackRequest.objects.filter(pk=callback.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=days_ago)
    )
    return callback


@pytest.mark.parametrize("days", [90, 10])
def test_the_purge_deletes_only_requests_older_than_the_retention(db, settings, days):
    settings.CALLBACK_RETENTION_DAYS = days
    old, recent, new = received(days + 1), received(days - 1), received(0)
    output = io.StringIO()
    call_command("purge_callback_requests", stdout=output)
    assert set(CallbackRequest.objects.values_list("pk", flat=True)) == {recent.pk, new.pk}
    assert old.pk not in CallbackRequest.objects.values_list("pk", flat=True)
    assert "Deleted 1 " in output.getvalue()


def test_the_default_retention_is_ninety_days():
    from portal.settings import base

    assert base.CALLBACK_RETENTION_DAYS == 90


# --- editors in the admin -------------------------------------------------------------------------


@pytest.fixture
def callback_editor(db):
    user = get_user_model().objects.create_user(
        "terugbeller", "terugbeller@gemeente.example", "t3rugbel-wachtwoord", is_staff=True
    )
    group = Group.objects.create(name="Terugbellers (test)")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_callbackrequest"),
        Permission.objects.get(codename="change_callbackrequest"),
    )
    user.groups.add(group)
    return user


def admin_url(name, *args):
    return reverse(f"wagtailsnippets_employers_callbackrequest:{name}", args=args)


def test_editors_with_permission_list_requests_and_mark_them_handled(client, callback_editor):
    callback = CallbackRequestFactory()
    client.force_login(callback_editor)
    listing = client.get(admin_url("list"))
    assert listing.status_code == 200
    assert callback.organisation in listing.content.decode()
    edit = client.get(admin_url("edit", callback.pk))
    assert edit.status_code == 200
    assert callback.question in edit.content.decode()
    response = client.post(admin_url("edit", callback.pk), {"handled": "on"})
    assert response.status_code == 302
    callback.refresh_from_db()
    assert callback.handled
    # What the employer typed is not changed by the editor's form.
    assert callback.organisation == "Bakkerij Het Zonnetje"


def test_nobody_adds_requests_in_the_admin(client, callback_editor, admin_user):
    for user in (callback_editor, admin_user):
        client.force_login(user)
        assert client.get(admin_url("add")).status_code in (302, 403)


def test_staff_without_the_permission_do_not_see_requests(client, db):
    user = get_user_model().objects.create_user(
        "andere", "andere@gemeente.example", "4ndere-wachtwoord", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Moderatoren"))
    CallbackRequestFactory()
    client.force_login(user)
    response = client.get(admin_url("list"))
    assert response.status_code in (302, 403)
    assert "Anna de Vries" not in response.content.decode()


def test_a_callback_request_changes_no_public_page():
    from core.public_changes import never_public

    assert never_public(CallbackRequest)
