from django import forms
from django.conf import settings
from django.db import models
from django.utils.encoding import force_str
from django.utils.hashable import make_hashable
from django.utils.translation import get_language_info

# {field: {value: label}} of the models with ChoiceLabelsMixin, made once per process.
_choice_labels = {}


class ChoiceLabelsMixin:
    """get_<field>_display() at the cost of a dict look-up. Django's builds a dict of all the
    field's choices on every call, hashing each (lazy) label, which translates it: a board of
    twenty cards, three labels each, spent more on that than on its query. The labels stay
    lazy here, so each is translated into the language active when it is shown."""

    def _get_FIELD_display(self, field):  # noqa: N802 - Django's name, which it calls
        labels = _choice_labels.get(field)
        if labels is None:
            labels = _choice_labels[field] = dict(make_hashable(field.flatchoices))
        value = getattr(self, field.attname)
        return force_str(labels.get(make_hashable(value), value), strings_only=True)


def optional_link(to, verbose_name, help_text):
    """A link to a page or snippet chosen in the admin; it becomes empty when that is deleted."""
    return models.ForeignKey(
        to,
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )


def optional_page_link(verbose_name, help_text):
    return optional_link("wagtailcore.Page", verbose_name, help_text)


class LanguagesField(models.CharField):
    """A set of portal languages, stored as comma-separated codes ("nl,ar") on any database.

    Edited as checkboxes; read as a list of codes in the order of settings.LANGUAGES.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 100)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if kwargs.get("max_length") == 100:
            del kwargs["max_length"]
        if kwargs.get("blank") is True:
            del kwargs["blank"]
        if kwargs.get("default") is list:
            del kwargs["default"]
        return name, path, args, kwargs

    @staticmethod
    def _ordered(codes):
        wanted = set(codes)
        return [code for code, _name in settings.LANGUAGES if code in wanted]

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if value is None or value == "":
            return []
        if isinstance(value, str):
            value = value.split(",")
        return self._ordered(value)

    def get_prep_value(self, value):
        return ",".join(self.to_python(value))

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        # The choices are checked per code by the form field; the stored string is not a choice.
        if not self.blank and not value:
            raise models.ValidationError(self.error_messages["blank"], code="blank")

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=own_script_language_choices(),
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )


# Embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069) change how the text
# around them is ordered: a name with U+202E shows reversed and can pose as another name. Pages
# isolate every user text already (<bdi>, dir="auto"); these invisible characters are removed
# when the text is saved. Marks (U+200E, U+200F) stay: they only nudge neutral characters.
BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def without_bidi_controls(value):
    return value.translate(BIDI_CONTROLS) if isinstance(value, str) else value


class NoBidiControlsMixin:
    """For forms whose text is shown to others: every text field is saved without them."""

    def _clean_fields(self):
        super()._clean_fields()
        for name, value in self.cleaned_data.items():
            if isinstance(self.fields[name].widget, forms.PasswordInput):
                continue
            self.cleaned_data[name] = without_bidi_controls(value)


def own_script_language_choices():
    """The portal languages, each named in its own language and script ("العربيّة", "Türkçe"),
    as the language switcher names them: a reader finds their language without reading ours."""
    return [(code, get_language_info(code)["name_local"]) for code, _name in settings.LANGUAGES]


class LanguageOptionsMixin:
    """For a choice widget of portal languages. Each option says which language its label is in
    (WCAG 3.1.2), so a screen reader pronounces "فارسی" in Persian, and is isolated (dir="auto")
    so a right-to-left name keeps its own order in a left-to-right list and the other way round.
    With radio buttons or checkboxes, includes/form_field.html puts the lang on each label."""

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        if value and str(value) in dict(settings.LANGUAGES):
            option["attrs"].update(lang=str(value), dir="auto")
        return option


class LanguageSelect(LanguageOptionsMixin, forms.Select):
    pass


class LanguageChoiceField(forms.ChoiceField):
    """A form field for choosing the language the portal writes or shows something in."""

    widget = LanguageSelect

    def __init__(self, **kwargs):
        kwargs.setdefault("choices", own_script_language_choices)
        super().__init__(**kwargs)


def offer_languages_in_own_script(field):
    """Turns a form field made from a model's `choices=settings.LANGUAGES` into an own-script
    choice, keeping its label, help text and required-ness."""
    field.choices = own_script_language_choices()
    field.widget = LanguageSelect(choices=field.choices, attrs=field.widget.attrs)
    field.widget.is_required = field.required
    return field
