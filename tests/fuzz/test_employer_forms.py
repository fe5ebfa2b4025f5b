"""Random and hostile form posts to every employer form, anonymous and logged in."""

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from demo.employers import DEMO_EMPLOYER
from employers.forms import (
    ClosedAsFilledForm,
    ColleagueForm,
    EmployerLoginForm,
    OrganisationForm,
    ResendConfirmationForm,
    SignUpForm,
    VacancyForm,
)
from employers.postings import POSTED_ACTIONS as ACTIONS
from tests.fuzz import hostile
from tests.fuzz.urls import demo_employer_postings
from vacancies.models import Place

FUZZ = settings.get_profile("werkroute-fuzz")
LANGUAGES = [code for code, _name in django_settings.LANGUAGES]
# Statuses of a form that came back with errors (429: rate limit, the typed values kept).
FORM_AGAIN = (200, 400, 429)


def form_data(valid):
    """Each real field: its valid value, a hostile or random one, or left out."""
    return st.fixed_dictionaries(
        {
            name: st.one_of(st.just(value), hostile.values, st.none())
            for name, value in valid.items()
        }
    ).map(lambda data: {name: value for name, value in data.items() if value is not None})


def post_and_check(client, url, data, form=None, **extra):
    response = client.post(url, data, **extra)
    body = hostile.check_response(response, url)
    if form is not None and response.status_code in FORM_AGAIN and "<form" in body:
        hostile.check_typed_values_kept(body, hostile.text_fields(form), data, url)
    return response


def url_in(language, name, *args):
    from django.utils import translation

    with translation.override(language):
        return reverse(name, args=args)


@pytest.fixture
def demo(db):
    organisation, draft, published = demo_employer_postings()
    user = get_user_model().objects.get(username=DEMO_EMPLOYER[0])
    place = Place.objects.order_by("pk").first()
    closing = (datetime.date.today() + datetime.timedelta(days=30)).isoformat()
    return {
        "organisation": organisation,
        "draft": draft,
        "published": published,
        "user": user,
        "place": str(place.pk),
        "closing": closing,
    }


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def valid_vacancy(demo):
    return {
        "title": "Magazijnmedewerker",
        "description": "U pakt orders in. Wij leren u het werk.",
        "language": "nl",
        "sector": "logistiek",
        "kind": "job",
        "contract": "temporary",
        "place": demo["place"],
        "hours_min": "16",
        "hours_max": "24",
        "shift_day": "on",
        "shift_evening": "",
        "shift_night": "",
        "shift_weekend": "",
        "salary_min": "14.50",
        "salary_max": "16.00",
        "salary_period": "hour",
        "start_date": demo["closing"],
        "closing_date": demo["closing"],
        "dutch_level": "1",
        "english_enough": "on",
        "training_given": "on",
        "no_diploma_needed": "",
        "workplace_tour": "",
        "employer_applies_twv": "on",
        "jobcoach_or_buddy": "",
        "respond_via_job_office": "on",
        "apply_url": "https://example.com/solliciteren",
        "apply_email": "jobs@example.com",
    }


def valid_organisation(demo):
    return {
        "name": "Fuzz Schoonmaak BV",
        "kvk_number": "12345678",
        "sector": "schoonmaak",
        "place": demo["place"],
        "website": "https://fuzz.example",
        "public_contact": "info@fuzz.example",
        "description": "Schoonmaak in de regio.",
    }


# --- anonymous forms ---------------------------------------------------------------------------


@FUZZ
@given(data=st.data())
def test_signup_form(demo, data):
    language = data.draw(st.sampled_from(LANGUAGES))
    valid = {
        **valid_organisation(demo),
        "email": "nieuw@fuzz.example",
        "password1": "lang-genoeg-wachtwoord-42",
        "password2": "lang-genoeg-wachtwoord-42",
        "language": language,
        "fax_number": "",
    }
    typed = data.draw(form_data(valid), label="form")
    with hostile.fresh_state():
        post_and_check(Client(), url_in(language, "employers:signup"), typed, SignUpForm())


@FUZZ
@given(data=st.data())
def test_login_form(demo, data):
    language = data.draw(st.sampled_from(LANGUAGES))
    valid = {"username": DEMO_EMPLOYER[0], "password": "not-the-password", "next": "/nl/"}
    typed = data.draw(form_data(valid), label="form")
    extra = data.draw(hostile.headers, label="headers")
    with hostile.fresh_state():
        post_and_check(
            Client(), url_in(language, "employers:login"), typed, EmployerLoginForm(), **extra
        )


@FUZZ
@given(data=st.data())
def test_email_only_forms(demo, data):
    language = data.draw(st.sampled_from(LANGUAGES))
    name = data.draw(st.sampled_from(["employers:resend_confirmation", "employers:password_reset"]))
    typed = data.draw(form_data({"email": DEMO_EMPLOYER[0]}), label="form")
    with hostile.fresh_state():
        post_and_check(Client(), url_in(language, name), typed, ResendConfirmationForm())


@FUZZ
@given(data=st.data())
def test_password_links(demo, data):
    """The confirmation and new-password links, with junk and with a real token."""
    language = data.draw(st.sampled_from(LANGUAGES))
    uid = urlsafe_base64_encode(force_bytes(demo["user"].pk))
    uidb64 = data.draw(st.one_of(st.just(uid), hostile.path_segment()), label="uid")
    token = data.draw(st.one_of(hostile.path_segment(), st.just("set-password")), label="token")
    typed = data.draw(
        form_data({"new_password1": "nieuw-wachtwoord-42", "new_password2": "nieuw-wachtwoord-42"}),
        label="form",
    )
    with hostile.fresh_state():
        client = Client()
        for name in ("employers:confirm", "employers:password_reset_confirm"):
            # Not through reverse(): a segment may hold a slash, as a typed URL can.
            url = url_in(language, name, "UIDB64", "TOKEN")
            post_and_check(client, url.replace("UIDB64", uidb64).replace("TOKEN", token), typed)
        # A real link: Django swaps the token for "set-password" and keeps it in the session.
        real = url_in(
            language,
            "employers:password_reset_confirm",
            uid,
            default_token_generator.make_token(demo["user"]),
        )
        form_url = client.get(real).url
        post_and_check(client, form_url, typed)


# --- logged-in forms ---------------------------------------------------------------------------


@FUZZ
@given(data=st.data())
def test_vacancy_forms(demo, data):
    language = data.draw(st.sampled_from(LANGUAGES))
    typed = data.draw(form_data(valid_vacancy(demo)), label="form")
    edit = data.draw(st.booleans(), label="edit")
    with hostile.fresh_state():
        client = logged_in(demo["user"])
        if edit:
            url = url_in(language, "employers:vacancy_edit", demo["draft"].reference_code)
        else:
            url = url_in(language, "employers:vacancy_create")
        response = post_and_check(client, url, typed, VacancyForm())
        if response.status_code == 302:
            # What was saved shows on the form again and in the preview, escaped.
            edit_url = response.url
            hostile.check_response(client.get(edit_url), edit_url)
            preview_url = edit_url + "voorbeeld/"
            hostile.check_response(client.get(preview_url), preview_url)
            dashboard = url_in(language, "employers:dashboard")
            hostile.check_response(client.get(dashboard), dashboard)


@FUZZ
@given(data=st.data())
def test_organisation_form(demo, data):
    language = data.draw(st.sampled_from(LANGUAGES))
    typed = data.draw(form_data(valid_organisation(demo)), label="form")
    logo = data.draw(
        st.one_of(
            st.none(),
            st.builds(
                SimpleUploadedFile,
                st.sampled_from(["logo.png", "<script>.jpg", "../../x.webp", "a\u202egnp.exe"]),
                st.binary(max_size=200),
                st.sampled_from(["image/png", "image/jpeg", "text/html", "image/svg+xml"]),
            ),
        ),
        label="logo",
    )
    with hostile.fresh_state():
        client = logged_in(demo["user"])
        url = url_in(language, "employers:organisation")
        form = OrganisationForm(instance=demo["organisation"])
        sent = {**typed, "logo": logo} if logo else typed
        response = post_and_check(client, url, sent, form)
        if response.status_code == 302:
            profile = url_in(language, "employers:profile", demo["organisation"].slug)
            hostile.check_response(client.get(profile), profile)
            hostile.check_response(client.get(url), url)


@FUZZ
@given(data=st.data())
def test_colleague_form(demo, data):
    language = data.draw(st.sampled_from(LANGUAGES))
    typed = data.draw(
        form_data({"email": "collega@fuzz.example", "language": language}), label="form"
    )
    with hostile.fresh_state():
        client = logged_in(demo["user"])
        post_and_check(client, url_in(language, "employers:colleague_add"), typed, ColleagueForm())


@FUZZ
@given(data=st.data())
def test_vacancy_actions(demo, data):
    """Close as filled with a random count, and every other action with junk in the post."""
    language = data.draw(st.sampled_from(LANGUAGES))
    action = data.draw(st.one_of(st.sampled_from(sorted(ACTIONS)), hostile.path_segment()))
    which = data.draw(st.sampled_from(["draft", "published"]))
    typed = data.draw(form_data({"hired_via_portal": "2"}), label="form")
    with hostile.fresh_state():
        client = logged_in(demo["user"])
        code = demo[which].reference_code
        base = url_in(language, "employers:vacancy_action", code, "filled")
        url = base[: -len("filled/")] + action + "/"
        post_and_check(client, url, typed, ClosedAsFilledForm())


@FUZZ
@given(data=st.data())
def test_logout_and_dashboard_posts(demo, data):
    language = data.draw(st.sampled_from(LANGUAGES))
    name = data.draw(
        st.sampled_from(
            ["employers:logout", "employers:dashboard", "employers:signup_done", "employers:login"]
        )
    )
    typed = data.draw(form_data({"next": "/nl/", "page": "2"}), label="form")
    with hostile.fresh_state():
        post_and_check(logged_in(demo["user"]), url_in(language, name), typed)
