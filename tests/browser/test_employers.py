"""The employer's journey in a real browser, and axe on the employers' pages in nl and ar.

Accounts made here are committed (the live server has its own database connection), so each
run uses fresh addresses and KvK numbers.
"""

import re

import pytest

from django.contrib.auth import get_user_model
from django.core import mail

from tests.browser.axe import wcag_violations
from tests.browser.conftest import (
    PASSWORD,
    csp_refusals,
    log_in_to_admin,
    make_moderator,
    unique_digits,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture(scope="session")
def moderator_login(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        return make_moderator("en")


@pytest.fixture(scope="session")
def employer_login(django_db_setup, django_db_blocker):
    """An approved organisation with a draft and a published vacancy."""
    from employers import postings
    from employers.models import Membership, Organisation
    from vacancies.models import Place, Vacancy

    with django_db_blocker.unblock():
        place = Place.objects.order_by("pk").first()
        organisation = Organisation(
            name="Browser Bakkerij " + unique_digits(),
            kvk_number="8" + unique_digits(),
            sector="horeca",
            place=place,
            public_contact="bakkerij@browser.example",
        )
        organisation.approve(None)
        organisation.save()
        email = f"werkgever-{unique_digits()}@browser.example"
        user = get_user_model().objects.create_user(email, email, PASSWORD)
        Membership.objects.create(user=user, organisation=organisation)
        for title in ("Bakker in opleiding", "Verkoper in de winkel"):
            vacancy = Vacancy(
                title=title,
                description="U werkt in onze bakkerij. Wij leren u het werk.",
                sector="horeca",
                contract="temporary",
                hours_min=16,
                hours_max=24,
                place=place,
            )
            postings.create_posting(vacancy, organisation, user)
        vacancy.save_revision().publish()
    return email


def log_in_as_employer(page, portal_url, email, language="nl"):
    page.goto(f"{portal_url}/{language}/werkgevers/inloggen/")
    page.locator("#id_username").fill(email)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("#id_password").press("Enter")
    page.wait_for_url(re.compile(r"/werkgevers/mijn-vacatures/$"))


def approve_in_admin(editor, portal_url, title):
    """From the moderation queue on the admin home: open the vacancy, press Approve."""
    editor.goto(f"{portal_url}/admin/")
    editor.get_by_role("link", name=title).first.click()
    editor.locator("footer.footer [data-w-dropdown-target='toggle']").click()
    with editor.expect_navigation():
        editor.locator(
            "button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])"
        ).click()


def enter_a_mistake(page, field, value):
    """Type `value` into the input `field` and send its form with Enter; returns the input once
    the form is back with its error summary."""
    page.locator(field).fill(value)
    page.locator(field).press("Enter")
    page.wait_for_selector("#form-errors")
    return page.locator(field)


def message_to(address):
    (message,) = [message for message in mail.outbox if address in message.to]
    return message


@pytest.mark.parametrize("language", ["nl", "ar"])
@pytest.mark.parametrize(
    "path",
    [
        "aanmelden/",
        "inloggen/",
        "wachtwoord/",
        "aanmelden/verstuurd/",
        "bel-mij-terug/",
        "bel-mij-terug/verstuurd/",
    ],
)
def test_public_employer_pages_have_no_wcag_violations(page, portal_url, path, language):
    response = page.goto(f"{portal_url}/{language}/werkgevers/{path}")
    assert response.status == 200
    assert wcag_violations(page) == []


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_sign_up_with_errors_has_no_wcag_violations(page, portal_url, language):
    page.goto(f"{portal_url}/{language}/werkgevers/aanmelden/")
    kvk_number = enter_a_mistake(page, "#id_kvk_number", "123")
    assert kvk_number.get_attribute("aria-invalid") == "true"
    assert wcag_violations(page) == []


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_the_callback_form_with_errors_has_no_wcag_violations(page, portal_url, language):
    page.goto(f"{portal_url}/{language}/werkgevers/bel-mij-terug/")
    phone = enter_a_mistake(page, "#id_phone", "bel me maar")
    assert phone.get_attribute("aria-invalid") == "true"
    assert phone.input_value() == "bel me maar"
    assert wcag_violations(page) == []


@pytest.mark.parametrize("language", ["nl", "ar"])
@pytest.mark.parametrize("path", ["mijn-vacatures/", "mijn-vacatures/nieuw/", "mijn-organisatie/"])
def test_employer_area_has_no_wcag_violations(page, portal_url, employer_login, path, language):
    log_in_as_employer(page, portal_url, employer_login, language)
    response = page.goto(f"{portal_url}/{language}/werkgevers/{path}")
    assert response.status == 200
    assert page.evaluate("document.documentElement.dir") == ("rtl" if language == "ar" else "ltr")
    assert wcag_violations(page) == []


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_the_vacancy_form_with_errors_and_the_preview_have_no_wcag_violations(
    page, portal_url, employer_login, language
):
    log_in_as_employer(page, portal_url, employer_login, language)
    page.goto(f"{portal_url}/{language}/werkgevers/mijn-vacatures/nieuw/")
    page.locator("#id_hours_min").fill("30")
    page.locator("#id_hours_max").fill("10")
    page.get_by_role("button", name=re.compile(".")).last.click()
    page.wait_for_selector("#form-errors")
    assert wcag_violations(page) == []
    page.goto(f"{portal_url}/{language}/werkgevers/mijn-vacatures/")
    page.locator(".werkroute-dashboard__actions a[href$='/voorbeeld/']").first.click()
    page.wait_for_selector(".werkroute-notice--preview")
    assert wcag_violations(page) == []


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_the_filled_form_and_its_errors_have_no_wcag_violations(
    page, portal_url, employer_login, language
):
    log_in_as_employer(page, portal_url, employer_login, language)
    page.goto(f"{portal_url}/{language}/werkgevers/mijn-vacatures/")
    page.locator(".werkroute-dashboard__actions a[href$='/vervuld/']").first.click()
    page.wait_for_selector("#id_hired_via_portal")
    assert wcag_violations(page) == []
    assert enter_a_mistake(page, "#id_hired_via_portal", "-1").input_value() == "-1"
    assert wcag_violations(page) == []


def test_the_whole_journey_from_sign_up_to_the_arabic_board(
    browser, portal_url, moderator_login, live_mail
):
    digits = unique_digits()
    email = f"journey-{digits}@bakkerij.example"
    title = f"Broodbakker nachtploeg {digits}"
    employer = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    editor = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    visitor = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    refused = [csp_refusals(tab) for tab in (employer, editor, visitor)]

    # 1. The employer signs up.
    employer.goto(f"{portal_url}/nl/werkgevers/aanmelden/")
    employer.locator("#id_name").fill(f"Bakkerij De Reis {digits}")
    employer.locator("#id_kvk_number").fill("7" + digits)
    employer.locator("#id_sector").select_option("horeca")
    employer.locator("#id_place").select_option(index=1)
    employer.locator("#id_public_contact").fill("vragen@bakkerij.example")
    employer.locator("#id_email").fill(email)
    employer.locator("#id_password1").fill(PASSWORD)
    employer.locator("#id_password2").fill(PASSWORD)
    employer.locator("form.werkroute-form button[type=submit]").click()
    employer.wait_for_url(re.compile(r"/aanmelden/verstuurd/$"))

    # 2. ... confirms the e-mail address ...
    link = re.search(r"https?://\S+/bevestigen/\S+/", message_to(email).body).group(0)
    employer.goto(link)
    employer.locator("main form button[type=submit]").click()
    employer.wait_for_url(re.compile(r"/mijn-vacatures/$"))

    # 3. ... and writes a vacancy.
    employer.goto(f"{portal_url}/nl/werkgevers/mijn-vacatures/nieuw/")
    employer.locator("#id_title").fill(title)
    employer.locator("#id_description").fill("U bakt brood in de nacht. Wij leren u het vak.")
    employer.locator("#id_contract").select_option("permanent")
    employer.locator("#id_hours_min").fill("24")
    employer.locator("#id_hours_max").fill("32")
    employer.locator("#id_shift_night").check()
    employer.locator("form.werkroute-form button[type=submit]").click()
    employer.wait_for_selector(".werkroute-messages")
    code = employer.locator(".werkroute-code").first.inner_text().strip()

    # 4. The editor approves the organisation in the Wagtail admin ...
    log_in_to_admin(editor, portal_url, moderator_login)
    editor.goto(f"{portal_url}/admin/snippets/employers/organisation/?approved_at__isnull=true")
    editor.get_by_role("link", name=f"Bakkerij De Reis {digits}").first.click()
    editor.locator("#id_approved").check()
    editor.get_by_role("button", name="Save", exact=True).click()
    editor.wait_for_selector(".messages .success, .w-message--success, [data-w-messages] .success")

    # 5. ... the employer submits the vacancy ...
    employer.goto(f"{portal_url}/nl/werkgevers/mijn-vacatures/")
    employer.locator(f"form[action$='/{code}/submit/'] button").click()
    employer.wait_for_selector(".werkroute-badge--submitted")

    # 6. ... and the editor approves it.
    approve_in_admin(editor, portal_url, title)

    # 7. An anonymous visitor finds it on the Arabic board.
    visitor.goto(f"{portal_url}/ar/vacatures/?q={digits}")
    card = visitor.locator(".werkroute-vacancy-card", has_text=title)
    assert card.count() == 1
    visitor.goto(f"{portal_url}/ar/vacatures/{code}/")
    assert visitor.locator("h1").inner_text().strip() == title

    # 8. The employer edits it: the live version stays until the edit is approved.
    employer.goto(f"{portal_url}/nl/werkgevers/mijn-vacatures/{code}/")
    employer.locator("#id_title").fill(title + " (ook weekend)")
    employer.locator("form.werkroute-form button[type=submit]").click()
    employer.wait_for_selector(".werkroute-messages")
    visitor.goto(f"{portal_url}/ar/vacatures/{code}/")
    assert visitor.locator("h1").inner_text().strip() == title
    employer.goto(f"{portal_url}/nl/werkgevers/mijn-vacatures/")
    employer.locator(f"form[action$='/{code}/submit/'] button").click()
    employer.wait_for_selector(".werkroute-badge--submitted")
    approve_in_admin(editor, portal_url, title)
    visitor.goto(f"{portal_url}/ar/vacatures/{code}/")
    assert visitor.locator("h1").inner_text().strip() == title + " (ook weekend)"
    assert refused == [[], [], []], "the Content-Security-Policy blocked nothing, admin included"


@pytest.fixture
def live_mail():
    """Mail sent by the live server thread lands in the same locmem outbox."""
    mail.outbox = []
    return mail.outbox


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_the_take_offline_question_has_no_wcag_violations_and_cancel_goes_back(
    page, portal_url, employer_login, language
):
    log_in_as_employer(page, portal_url, employer_login, language)
    dashboard = f"{portal_url}/{language}/werkgevers/mijn-vacatures/"
    page.goto(dashboard)
    page.locator(".werkroute-dashboard__actions a[href$='/withdraw/bevestigen/']").first.click()
    page.wait_for_selector("form.werkroute-form input[name=confirm]", state="attached")
    assert wcag_violations(page) == []
    page.set_viewport_size({"width": 320, "height": 640})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    # "Cancel" is a link back: nothing is posted.
    page.locator(f"form.werkroute-form a[href$='/{language}/werkgevers/mijn-vacatures/']").click()
    page.wait_for_url(dashboard)
    assert page.locator(".werkroute-dashboard__actions a[href$='/withdraw/bevestigen/']").count()
