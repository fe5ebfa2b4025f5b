"""The form renderer (core/form_renderer.py) writes Django's inputs, options and selects in
Python: its markup must be Django's own, character for character. Each kind is rendered both
ways and compared, then every public page with a form."""

import re

import pytest

from django import forms
from django.forms.renderers import DjangoTemplates
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import mark_safe

from bookings.models import Slot
from core.form_renderer import FormRenderer
from home import checker
from home.models import CheckerPage
from vacancies.models import VacancyIndexPage

DJANGO = DjangoTemplates()
PORTAL = FormRenderer()

CHOICES = [("a", "Één & twee"), ("b", mark_safe("<b>vet</b>")), (3, 4), ("", "---")]
GROUPED = [("Noord", [("assen", "Assen"), ("emmen", "Emmen")]), ("z", "Zuid <&>")]


def widgets():
    """(name, widget, value) of every kind the renderer writes itself, with awkward values."""
    awkward = {"data-x": 'a"b<c>&', "required": True, "disabled": False, "lang": "ar", "min": 3}
    yield "text", forms.TextInput(attrs=awkward), 'Jan "de" <Vries> & zn'
    yield "text, no value", forms.TextInput(), None
    yield "text, safe value", forms.TextInput(), mark_safe("<i>al veilig</i>")
    yield "email", forms.EmailInput(attrs={"autocomplete": "email"}), "a@example.nl"
    yield "password", forms.PasswordInput(render_value=True), "geheim&"
    yield "number", forms.NumberInput(attrs={"step": 0.5}), 12
    yield "url", forms.URLInput(), "https://example.nl/?a=1&b=2"
    yield "date", forms.DateInput(), "2026-12-07"
    yield "hidden", forms.HiddenInput(), "x"
    yield "checkbox, on", forms.CheckboxInput(), True
    yield "checkbox, off", forms.CheckboxInput(attrs={"class": "c"}), False
    yield "select", forms.Select(choices=CHOICES, attrs={"id": "s"}), "b"
    yield "select, grouped", forms.Select(choices=GROUPED), "emmen"
    yield "select, none chosen", forms.Select(choices=CHOICES), None
    yield "select multiple", forms.SelectMultiple(choices=CHOICES), ["a", 3]
    yield "null boolean", forms.NullBooleanSelect(), True
    yield "radio", forms.RadioSelect(choices=CHOICES, attrs={"id": "r"}), "a"
    yield "checkboxes", forms.CheckboxSelectMultiple(choices=GROUPED), ["assen"]
    yield "textarea (not written here)", forms.Textarea(), "regel & regel"


@pytest.mark.parametrize(
    "name, widget, value", list(widgets()), ids=[name for name, *_ in widgets()]
)
def test_each_kind_of_widget_renders_as_django_renders_it(name, widget, value):
    for language in ("nl", "ar"):
        with translation.override(language):
            ours = widget.render("veld", value, attrs={"id": "id_veld"}, renderer=PORTAL)
            theirs = widget.render("veld", value, attrs={"id": "id_veld"}, renderer=DJANGO)
        assert ours == theirs, name


@pytest.mark.parametrize("wrap_label", [True, False])
def test_each_option_of_a_group_renders_as_django_renders_it(wrap_label):
    class Form(forms.Form):
        choice = forms.ChoiceField(choices=CHOICES, widget=forms.RadioSelect)
        several = forms.MultipleChoiceField(choices=GROUPED, widget=forms.CheckboxSelectMultiple)

    tags = []
    for renderer in (PORTAL, DJANGO):
        form = Form({"choice": "b", "several": ["emmen"]}, renderer=renderer)
        tags.append(
            [option.tag(wrap_label=wrap_label) for name in form.fields for option in form[name]]
        )
    assert tags[0] == tags[1]
    assert len(tags[0]) == len(CHOICES) + 3


def test_an_option_with_a_template_of_its_own_renders_through_it():
    class StarredSelect(forms.Select):
        option_template_name = "django/forms/widgets/attrs.html"  # any other template will do

    widget = StarredSelect(choices=CHOICES)
    ours = widget.render("veld", "a", renderer=PORTAL)
    assert ours == widget.render("veld", "a", renderer=DJANGO)
    assert "<option" not in ours


def test_the_portal_renders_its_forms_with_it(settings):
    assert settings.FORM_RENDERER == "core.form_renderer.FormRenderer"


def without_tokens(markup):
    """The page without what differs on every request (the CSRF token, the CSP nonce)."""
    markup = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", markup)
    return re.sub(r'nonce="[^"]*"', "", markup)


def form_pages():
    for code in ("nl", "ar"):
        checker_page = CheckerPage.objects.live().filter(locale__language_code=code).first()
        answers = {checker.PERMIT: "no", **dict.fromkeys(checker.ASYLUM_SEEKER_CONDITIONS, "yes")}
        board = VacancyIndexPage.objects.live().filter(locale__language_code=code).first()
        with translation.override(code):
            yield checker_page.url, answers
            yield board.url, {"sector": "horeca", "hours": "16", "q": "kok"}
            yield reverse("employers:signup"), {}
            yield reverse("employers:callback"), {}
            yield reverse("alerts:subscribe"), {}
            desk = Slot.objects.upcoming().order_by("starts_at").first().desk
            yield reverse("bookings:desk", args=[desk.translation_key]), {}


@pytest.mark.usefixtures("demo_site")
def test_every_public_form_looks_the_same_with_django_s_renderer(client):
    pages = list(form_pages())
    ours = [client.get(url, query) for url, query in pages]
    with override_settings(FORM_RENDERER="django.forms.renderers.DjangoTemplates"):
        theirs = [client.get(url, query) for url, query in pages]
    for (url, _query), mine, django_s in zip(pages, ours, theirs, strict=True):
        assert mine.status_code == django_s.status_code == 200, url
        assert "<input" in mine.text, url
        assert without_tokens(mine.text) == without_tokens(django_s.text), url
