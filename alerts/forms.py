"""The sign-up form: an address, a language and how often. The search comes from the URL."""

from django import forms
from django.conf import settings
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _

from alerts.models import Frequency


class LanguageSelect(forms.Select):
    """Each language named in its own script, marked with its language for screen readers."""

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        if value:
            option["attrs"]["lang"] = value
        return option


def own_script_languages():
    return [(code, get_language_info(code)["name_local"]) for code, _name in settings.LANGUAGES]


def normalise_email(address):
    """Addresses compare without case: rate limits and alerts count Name@X and name@x as one."""
    return address.strip().lower()


class AlertForm(forms.Form):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        help_text=_("We send the new vacancies to this address and use it for nothing else."),
        error_messages={
            "required": _("Please type your e-mail address."),
            "invalid": _("This is not an e-mail address. Check it, for example name@example.nl."),
            "max_length": _("This e-mail address is too long."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
    )
    language = forms.ChoiceField(
        label=_("Language of the e-mails"),
        help_text=_("Our texts and the facts of each vacancy come in this language."),
        choices=own_script_languages,
        error_messages={
            "required": _("Please choose a language."),
            "invalid_choice": _("Please choose one of the languages in the list."),
        },
        widget=LanguageSelect,
    )
    frequency = forms.ChoiceField(
        label=_("How often"),
        help_text=_("You only get an e-mail when there are new vacancies."),
        choices=Frequency.choices,
        initial=Frequency.DAILY,
        error_messages={
            "required": _("Please choose how often you want an e-mail."),
            "invalid_choice": _("Please choose once a day or once a week."),
        },
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = get_language()

    def clean_email(self):
        return normalise_email(self.cleaned_data["email"])
