"""The employers' forms on a 320 px phone, in Dutch and in Arabic (right to left): no sideways
scrolling (WCAG 1.4.10), no axe violations, every input and button a 44 px target with a visible
focus; and a sign-up with mistakes that announces them and keeps what was typed.
"""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from tests.browser.axe import wcag_violations
from tests.browser.conftest import checked_context, new_page
from tests.browser.test_employers import employer_login, log_in_as_employer  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PHONE = {"width": 320, "height": 640}
LANGUAGES = ["nl", "ar"]

# Every visible control of the page's main forms, and for checkboxes and radio buttons the
# label that makes up the rest of the target.
CONTROLS = """() => [...document.querySelectorAll(
    'main form input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=file]),'
    + 'main form select, main form textarea, main form button,'
    + 'main form .utrecht-form-field--checkbox, main form .utrecht-form-field--radio'
  )]
  .filter(element => element.offsetParent !== null && !element.closest('.werkroute-honeypot'))
  .map(element => {
    const box = element.getBoundingClientRect();
    return {name: element.id || element.className || element.tagName, height: box.height,
            right: box.right, left: box.left};
  })"""


@pytest.fixture
def phone(browser):
    with checked_context(browser, viewport=PHONE) as context:
        yield new_page(context)


def assert_fits_a_phone_and_has_no_wcag_violations(page):
    assert page.locator("main form").count() >= 1, page.url
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{page.url} is {width} px wide"
    controls = page.evaluate(CONTROLS)
    assert controls, page.url
    too_small = [control["name"] for control in controls if control["height"] < 44]
    assert too_small == [], f"targets under 44 px high on {page.url}"
    outside = [c["name"] for c in controls if c["left"] < 0 or c["right"] > PHONE["width"]]
    assert outside == [], f"controls wider than the screen on {page.url}"
    assert wcag_violations(page) == [], page.url


def assert_focus_is_visible(page, selector):
    page.locator(selector).first.focus()
    outline = page.evaluate(
        "s => { const style = getComputedStyle(document.querySelector(s));"
        " return [style.outlineStyle, parseFloat(style.outlineWidth)]; }",
        selector,
    )
    assert outline[0] != "none" and outline[1] >= 2, (selector, outline)


@pytest.fixture(scope="session")
def password_reset_path(django_db_setup, django_db_blocker, employer_login):  # noqa: F811
    with django_db_blocker.unblock():
        user = get_user_model().objects.get(username=employer_login)
        uid = urlsafe_base64_encode(force_bytes(user.pk))
        token = default_token_generator.make_token(user)
    return lambda language: translation.override(language)(reverse)(
        "employers:password_reset_confirm", args=[uid, token]
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_public_employer_forms_fit_a_phone_without_wcag_violations(
    phone, portal_url, password_reset_path, language
):
    for path in ["aanmelden/", "inloggen/", "wachtwoord/", "aanmelden/opnieuw/"]:
        response = phone.goto(f"{portal_url}/{language}/werkgevers/{path}")
        assert response.status == 200, path
        assert phone.evaluate("document.documentElement.dir") == (
            "rtl" if language == "ar" else "ltr"
        )
        assert_fits_a_phone_and_has_no_wcag_violations(phone)
    assert_focus_is_visible(phone, "main form input[type=email]")
    assert_focus_is_visible(phone, "main form button[type=submit]")

    phone.goto(portal_url + password_reset_path(language))
    phone.wait_for_selector("#id_new_password1")
    assert_fits_a_phone_and_has_no_wcag_violations(phone)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_employers_own_forms_fit_a_phone_without_wcag_violations(
    phone,
    portal_url,
    employer_login,  # noqa: F811
    language,
):
    log_in_as_employer(phone, portal_url, employer_login, language)
    for path in ["mijn-vacatures/nieuw/", "mijn-organisatie/"]:
        response = phone.goto(f"{portal_url}/{language}/werkgevers/{path}")
        assert response.status == 200, path
        assert_fits_a_phone_and_has_no_wcag_violations(phone)
    assert_focus_is_visible(phone, "main form select")

    phone.goto(f"{portal_url}/{language}/werkgevers/mijn-vacatures/")
    phone.locator(".werkroute-dashboard__actions a[href$='/vervuld/']").first.click()
    phone.wait_for_selector("#id_hired_via_portal")
    assert_fits_a_phone_and_has_no_wcag_violations(phone)


def test_the_vacancy_form_offers_its_text_language_in_each_languages_own_script(
    phone,
    portal_url,
    employer_login,  # noqa: F811
):
    log_in_as_employer(phone, portal_url, employer_login, "ar")
    phone.goto(f"{portal_url}/ar/werkgevers/mijn-vacatures/nieuw/")
    persian = phone.locator("#id_language option[value=fa]")
    assert persian.get_attribute("lang") == "fa"
    assert persian.inner_text().strip() == "فارسی"
    assert phone.locator("#id_language option[value=nl]").inner_text().strip() == "Nederlands"


def test_a_sign_up_with_mistakes_announces_them_and_keeps_what_was_typed(phone, portal_url):
    # The sign-up is rate limited per address; other browser tests sign up from this one too.
    cache.clear()
    phone.goto(f"{portal_url}/ar/werkgevers/aanmelden/")
    phone.locator("#id_name").fill("مخبز الرحلة")
    phone.locator("#id_kvk_number").fill("123")
    phone.locator("#id_email").fill("geen-adres")
    phone.locator("#id_password1").fill("browser-wachtwoord-73")
    phone.locator("#id_description").fill("نحن نخبز الخبز كل ليلة.")
    phone.locator("form.werkroute-form button[type=submit]").click()
    phone.wait_for_selector("#form-errors")

    summary = phone.locator("#form-errors")
    assert summary.get_attribute("role") == "alert"
    assert summary.is_visible()
    kvk = phone.locator("#id_kvk_number")
    assert kvk.get_attribute("aria-invalid") == "true"
    described = kvk.get_attribute("aria-describedby").split()
    assert "id_kvk_number-error" in described
    error = phone.locator("#id_kvk_number-error")
    assert error.is_visible() and error.inner_text().strip()
    assert "id_kvk_number-hint" in described
    # The summary's link takes the visitor to the field.
    assert summary.locator("a[href='#id_kvk_number']").count() == 1
    for required in ("#id_sector", "#id_place", "#id_email", "#id_password2"):
        assert phone.locator(required).get_attribute("aria-invalid") == "true", required
    # What was typed is kept, except the password; a field without a mistake is not invalid.
    assert phone.locator("#id_name").input_value() == "مخبز الرحلة"
    assert phone.locator("#id_name").get_attribute("aria-invalid") is None
    assert kvk.input_value() == "123"
    assert phone.locator("#id_email").input_value() == "geen-adres"
    assert phone.locator("#id_description").input_value() == "نحن نخبز الخبز كل ليلة."
    assert phone.locator("#id_password1").input_value() == ""
    # The invalid field is marked in more than colour: a thicker border and a bar beside it.
    styles = phone.evaluate(
        """() => {
          const kvk = document.querySelector('#id_kvk_number');
          const input = getComputedStyle(kvk);
          const field = getComputedStyle(kvk.closest('.utrecht-form-field'));
          const name = getComputedStyle(document.querySelector('#id_name'));
          return [input.borderTopWidth, name.borderTopWidth, field.borderInlineStartWidth];
        }"""
    )
    assert float(styles[0].removesuffix("px")) > float(styles[1].removesuffix("px"))
    assert float(styles[2].removesuffix("px")) >= 3
    assert_fits_a_phone_and_has_no_wcag_violations(phone)
