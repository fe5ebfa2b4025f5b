"""The sign-up form: an address, a language and how often. The search comes from the URL."""

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from alerts.models import Frequency
from core.fields import LanguageChoiceField


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
    language = LanguageChoiceField(
        label=_("Language of the e-mails"),
        help_text=_("Our texts and the facts of each vacancy come in this language."),
        error_messages={
            "required": _("Please choose a language."),
            "invalid_choice": _("Please choose one of the languages in the list."),
        },
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
