"""The shared form field (core/templates/includes/form_field.html): each kind of input gets its
NL Design System classes, its hint and error are tied to it for screen readers, a radio or
checkbox group is a fieldset with a legend, and a choice of language names each language in
its own script."""

import pytest

from django import forms
from django.template.loader import render_to_string
from django.utils import translation

from core.fields import LanguageChoiceField, LanguageOptionsMixin, own_script_language_choices
from tests.conftest import html

pytestmark = pytest.mark.skeleton

# Written out here, not read from Django: the test fails if the names come from anywhere else.
OWN_SCRIPT_NAMES = {
    "nl": "Nederlands",
    "en": "English",
    "ar": "العربيّة",
    "fa": "فارسی",
    "ti": "ትግርኛ",
    "tr": "Türkçe",
}


class EveryKindForm(forms.Form):
    text = forms.CharField(label="Name", help_text="As residents see it.")
    email = forms.EmailField(label="E-mail address", help_text="We write to it.")
    password = forms.CharField(label="Password", widget=forms.PasswordInput)
    website = forms.URLField(label="Website", required=False, assume_scheme="https")
    hours = forms.IntegerField(label="Hours a week", min_value=1)
    start = forms.DateField(
        label="Start date", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    description = forms.CharField(label="Description", widget=forms.Textarea)
    sector = forms.ChoiceField(label="Sector", choices=[("", "---"), ("zorg", "Care")])
    places = forms.MultipleChoiceField(
        label="Places", choices=[("assen", "Assen"), ("ede", "Ede")], required=False
    )
    night = forms.BooleanField(label="Night shifts", required=False, help_text="Work at night.")
    permit = forms.ChoiceField(
        label="Do you have a residence permit?",
        help_text="A status holder has one.",
        choices=[("yes", "Yes"), ("no", "No")],
        widget=forms.RadioSelect,
    )
    days = forms.MultipleChoiceField(
        label="Which days?",
        help_text="Tick all that apply.",
        choices=[("mon", "Monday"), ("sat", "Saturday")],
        widget=forms.CheckboxSelectMultiple,
    )
    token = forms.CharField(widget=forms.HiddenInput, required=False)
    language = LanguageChoiceField(label="Language for e-mails", help_text="We write in it.")


@pytest.fixture(autouse=True)
def english():
    """Messages are compared in the language they are rendered in."""
    with translation.override("en"):
        yield


def rendered(form, name, **context):
    return html(render_to_string("includes/form_field.html", {"field": form[name], **context}))


def invalid_form():
    form = EveryKindForm(data={"email": "not-an-address", "hours": "0", "permit": "maybe"})
    assert not form.is_valid()
    return form


@pytest.mark.parametrize(
    ("name", "selector", "classes"),
    [
        ("text", "input[type=text]", {"utrecht-textbox", "utrecht-textbox--html-input"}),
        ("email", "input[type=email]", {"utrecht-textbox", "utrecht-textbox--html-input"}),
        ("password", "input[type=password]", {"utrecht-textbox", "utrecht-textbox--password"}),
        ("website", "input[type=url]", {"utrecht-textbox", "utrecht-textbox--url"}),
        ("hours", "input[type=number]", {"utrecht-textbox", "utrecht-textbox--numeric"}),
        ("start", "input[type=date]", {"utrecht-textbox", "utrecht-textbox--html-input"}),
        ("description", "textarea", {"utrecht-textarea", "utrecht-textarea--html-textarea"}),
        ("sector", "select:not([multiple])", {"utrecht-select", "utrecht-select--html-select"}),
        ("places", "select[multiple]", {"utrecht-select", "utrecht-select--html-select"}),
        ("night", "input[type=checkbox]", {"utrecht-checkbox", "utrecht-checkbox--html-input"}),
        ("language", "select", {"utrecht-select", "utrecht-select--html-select"}),
    ],
)
def test_each_kind_of_input_gets_its_nl_design_system_classes_and_its_label(
    name, selector, classes
):
    page = rendered(EveryKindForm(), name)
    (field_input,) = page.select(selector)
    assert classes <= set(field_input["class"])
    assert field_input["id"] == f"id_{name}"
    label = page.find("label", attrs={"for": f"id_{name}"})
    assert "utrecht-form-label" in label["class"]
    assert (
        page.select_one(f".utrecht-form-field .utrecht-form-field__input {selector}") is field_input
    )
    assert "aria-invalid" not in field_input.attrs


@pytest.mark.parametrize(
    ("name", "selector", "invalid_class"),
    [
        ("email", "input", "utrecht-textbox--invalid"),
        ("hours", "input", "utrecht-textbox--invalid"),
        ("description", "textarea", "utrecht-textarea--invalid"),
        ("sector", "select", "utrecht-select--invalid"),
    ],
)
def test_an_error_is_tied_to_its_input_and_marks_it_invalid(name, selector, invalid_class):
    form = invalid_form()
    page = rendered(form, name)
    field_input = page.select_one(selector)
    assert field_input["aria-invalid"] == "true"
    assert invalid_class in field_input["class"]
    assert "utrecht-form-field--invalid" in page.select_one(".utrecht-form-field")["class"]
    error = page.find(id=f"id_{name}-error")
    assert "utrecht-form-field-error-message" in error["class"]
    assert error.get_text(strip=True) == " ".join(form.errors[name])
    assert f"id_{name}-error" in field_input["aria-describedby"].split()


def test_the_hint_and_the_error_are_both_read_with_the_input_hint_first():
    page = rendered(invalid_form(), "email")
    field_input = page.select_one("input")
    assert field_input["aria-describedby"].split() == ["id_email-hint", "id_email-error"]
    hint = page.find(id="id_email-hint")
    assert "utrecht-form-field-description" in hint["class"]
    assert hint.get_text(strip=True) == "We write to it."


def test_a_field_without_hint_or_error_has_no_empty_description_reference():
    page = rendered(EveryKindForm(), "password")
    assert "aria-describedby" not in page.select_one("input").attrs
    assert page.select(".utrecht-form-field-description, .utrecht-form-field-error-message") == []


def test_what_was_typed_is_kept_when_the_form_comes_back_with_an_error():
    page = rendered(invalid_form(), "email")
    assert page.select_one("input")["value"] == "not-an-address"


def test_required_fields_say_so_to_the_browser_and_optional_ones_in_words():
    form = EveryKindForm()
    required = rendered(form, "text")
    assert required.select_one("input").has_attr("required")
    assert "optional" not in required.label.get_text()
    optional = rendered(form, "website")
    assert not optional.select_one("input").has_attr("required")
    assert "(optional)" in optional.label.get_text()
    assert "(optional)" not in rendered(form, "website", hide_optional=True).label.get_text()


def test_a_checkbox_has_its_label_after_it_and_its_hint_tied_to_it():
    page = rendered(EveryKindForm(), "night")
    field = page.select_one(".utrecht-form-field")
    assert "utrecht-form-field--checkbox" in field["class"]
    checkbox = field.select_one("input[type=checkbox]")
    label = field.find("label")
    assert "utrecht-form-label--checkbox" in label["class"]
    assert label["for"] == checkbox["id"]
    assert checkbox.find_next("label") is label
    assert checkbox["aria-describedby"] == "id_night-hint"


@pytest.mark.parametrize(
    ("name", "input_type", "classes"),
    [
        ("permit", "radio", {"utrecht-radio-button", "utrecht-radio-button--html-input"}),
        ("days", "checkbox", {"utrecht-checkbox", "utrecht-checkbox--html-input"}),
    ],
)
def test_a_group_of_choices_is_a_fieldset_whose_legend_asks_the_question(name, input_type, classes):
    form = EveryKindForm()
    page = rendered(form, name)
    fieldset = page.find("fieldset")
    assert "utrecht-form-fieldset" in fieldset["class"]
    legend = fieldset.find("legend", recursive=False)
    assert legend.get_text(strip=True) == form.fields[name].label
    assert "utrecht-form-fieldset__legend" in legend["class"]
    assert fieldset["aria-describedby"] == f"id_{name}-hint"
    inputs = fieldset.select(f"input[type={input_type}]")
    assert [i["value"] for i in inputs] == [value for value, _label in form.fields[name].choices]
    for option in inputs:
        assert classes <= set(option["class"])
        assert option["name"] == name
        assert fieldset.find("label", attrs={"for": option["id"]}) is not None
    # A label per option, no label for the group as a whole: the legend names it.
    assert fieldset.find("label", attrs={"for": f"id_{name}"}) is None


def test_a_required_radio_group_is_required_and_an_error_marks_every_option():
    form = invalid_form()
    page = rendered(form, "permit")
    fieldset = page.find("fieldset")
    assert "utrecht-form-fieldset--invalid" in fieldset["class"]
    assert fieldset["aria-describedby"].split() == ["id_permit-hint", "id_permit-error"]
    assert page.find(id="id_permit-error").get_text(strip=True) == form.errors["permit"][0]
    radios = fieldset.select("input[type=radio]")
    assert all(radio.has_attr("required") for radio in radios)
    assert all(radio["aria-invalid"] == "true" for radio in radios)
    assert all("utrecht-radio-button--invalid" in radio["class"] for radio in radios)


def test_the_error_summary_links_to_an_input_that_exists_for_groups_too():
    form = invalid_form()
    with translation.override("en"):
        summary = html(render_to_string("includes/form_errors.html", {"form": form}))
    page = html("".join(str(rendered(form, name)) for name in form.errors))
    targets = [link["href"] for link in summary.select("a[href^='#']")]
    assert "#id_permit_0" in targets
    for target in targets:
        assert page.find(id=target[1:]) is not None, target


def test_a_hidden_field_is_just_its_input():
    page = rendered(EveryKindForm(), "token")
    assert [tag.name for tag in page.find_all(True)] == ["input"]


def test_text_people_type_takes_its_own_direction_and_addresses_read_left_to_right():
    form = EveryKindForm()
    assert rendered(form, "text").select_one("input")["dir"] == "auto"
    assert rendered(form, "description").select_one("textarea")["dir"] == "auto"
    assert rendered(form, "email").select_one("input")["dir"] == "ltr"
    assert rendered(form, "website").select_one("input")["dir"] == "ltr"


def test_the_forms_own_class_and_direction_are_kept():
    class OwnAttributes(forms.Form):
        code = forms.CharField(
            widget=forms.TextInput(attrs={"class": "werkroute-code", "dir": "ltr"})
        )

    field_input = rendered(OwnAttributes(), "code").select_one("input")
    assert {"werkroute-code", "utrecht-textbox"} <= set(field_input["class"])
    assert field_input["dir"] == "ltr"


@pytest.mark.parametrize("reader", ["nl", "ar", "ti"])
def test_languages_are_offered_in_their_own_script_whatever_the_page_language(reader):
    with translation.override(reader):
        page = html(
            render_to_string("includes/form_field.html", {"field": EveryKindForm()["language"]})
        )
    options = {option["value"]: option for option in page.select("select option")}
    assert {code: option.get_text(strip=True) for code, option in options.items()} == (
        OWN_SCRIPT_NAMES
    )
    for code, option in options.items():
        assert option["lang"] == code
        assert option["dir"] == "auto"


@pytest.mark.parametrize(
    "widget", [forms.RadioSelect, forms.CheckboxSelectMultiple], ids=["radio", "checkbox"]
)
def test_a_language_group_marks_each_label_with_its_language(widget):
    class LanguageRadios(LanguageOptionsMixin, widget):
        pass

    class Languages(forms.Form):
        languages = forms.ChoiceField(
            label="Languages", choices=own_script_language_choices, widget=LanguageRadios
        )

    page = rendered(Languages(), "languages")
    labels = {label["for"]: label for label in page.select("fieldset label")}
    for index, code in enumerate(OWN_SCRIPT_NAMES):
        label = labels[f"id_languages_{index}"]
        assert label["lang"] == code
        assert label.get_text(strip=True) == OWN_SCRIPT_NAMES[code]


@pytest.mark.django_db
@pytest.mark.parametrize("form_name", ["SignUpForm", "ColleagueForm", "VacancyForm"])
def test_the_employers_language_choices_are_in_their_own_script(form_name):
    from employers import forms as employer_forms

    form = getattr(employer_forms, form_name)()
    with translation.override("nl"):
        page = html(render_to_string("includes/form_field.html", {"field": form["language"]}))
    options = page.select("select option")
    assert {option["value"]: option.get_text(strip=True) for option in options} == (
        OWN_SCRIPT_NAMES
    )
    assert all(option["lang"] == option["value"] for option in options)
