"""The forms employers fill in. Help texts come from the models, so admin and portal agree."""

import re

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from core.fields import (
    LanguageChoiceField,
    NoBidiControlsMixin,
    offer_languages_in_own_script,
)
from employers.accounts import employer_accounts, is_employer_account, staff_accounts
from employers.models import (
    MAX_HIRES,
    CallbackRequest,
    Organisation,
    normalise_kvk_number,
    validate_kvk_number,
)
from employers.uploads import clean_logo
from vacancies import pay
from vacancies.field_layout import VACANCY_FIELD_GROUPS, employer_fields
from vacancies.forms import PayRuleFormMixin
from vacancies.models import Vacancy

ORGANISATION_FIELDS = [
    "name",
    "kvk_number",
    "sector",
    "place",
    "website",
    "public_contact",
    "description",
]


def https_by_default(model_field, **kwargs):
    """Web addresses typed without a scheme get https:// (Django 6's default already)."""
    if isinstance(model_field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return model_field.formfield(**kwargs)


def normalised_email(value):
    return (value or "").strip().lower()


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class KvkNumberMixin:
    # Sign-up sets this to False: there a taken number must not be told to whoever types it
    # (it would reveal which organisations have an account); the view e-mails the explanation.
    reveal_taken_kvk = True
    kvk_taken = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Room for spaces and dots as people type them; the model keeps the eight digits.
        model_field = Organisation._meta.get_field("kvk_number")
        self.fields["kvk_number"] = forms.CharField(
            label=capfirst(model_field.verbose_name),
            help_text=model_field.help_text,
            max_length=16,
            widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
        )

    def clean_kvk_number(self):
        number = normalise_kvk_number(self.cleaned_data.get("kvk_number"))
        validate_kvk_number(number)
        clash = Organisation.objects.filter(kvk_number=number)
        if self.instance.pk:
            clash = clash.exclude(pk=self.instance.pk)
        if clash.exists() and not self.reveal_taken_kvk:
            self.kvk_taken = True
        elif clash.exists():
            raise ValidationError(
                _(
                    "This KvK number is already registered. Ask a colleague with an account to "
                    "add you, or contact the municipality."
                ),
                code="kvk_taken",
            )
        return number


class SignUpForm(NoBidiControlsMixin, KvkNumberMixin, forms.ModelForm):
    """A new organisation and its first account in one go."""

    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        help_text=_("You log in with it, and we send the confirmation link to it."),
    )
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 8 characters; not only digits and not a common password."),
    )
    password2 = forms.CharField(
        label=_("Password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("Type the same password once more."),
    )
    language = LanguageChoiceField(
        label=_("Language for e-mails"),
        help_text=_("The portal writes to you in this language."),
    )
    # A field people never see; software that fills in every field gives itself away.
    fax_number = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta:
        model = Organisation
        fields = ORGANISATION_FIELDS
        formfield_callback = https_by_default

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = get_language()
        self.fields["email"].widget.attrs["autocomplete"] = "email"

    @property
    def is_bot(self):
        return bool(self.data.get(self.add_prefix("fax_number")))

    reveal_taken_kvk = False

    def validate_unique(self):
        # The model would refuse a taken KvK number in so many words; nothing is saved then.
        if not self.kvk_taken:
            super().validate_unique()

    def clean_email(self):
        """An address that has an account is not refused here, which would tell anyone which
        addresses have one: the view answers as for a new address and e-mails the owner."""
        email = normalised_email(self.cleaned_data["email"])
        User = get_user_model()
        self.existing_account = (
            User.objects.filter(username=email).first()
            or User.objects.filter(email__iexact=email).first()
        )
        return email

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("The two passwords are not the same."))
        elif first:
            user = get_user_model()(username=cleaned.get("email", ""), email=cleaned.get("email"))
            try:
                password_validation.validate_password(first, user)
            except ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class EmployerLoginForm(AuthenticationForm):
    username = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "email"}),
    )

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _(
            "This e-mail address and password do not match an account that is confirmed. "
            "Check both, or confirm your e-mail address with the link we sent."
        ),
    }

    def clean_username(self):
        return normalised_email(self.cleaned_data.get("username"))

    def confirm_login_allowed(self, user):
        # Editors log in at /admin/login/; here they get the same answer as a wrong password.
        super().confirm_login_allowed(user)
        if not is_employer_account(user):
            raise self.get_invalid_login_error()


class EmployerPasswordResetForm(PasswordResetForm):
    """Sends a link to employer accounts only: an editor's account is reset in the admin."""

    def get_users(self, email):
        employers = employer_accounts().values("pk")
        return (user for user in super().get_users(email) if employers.filter(pk=user.pk))


class ResendConfirmationForm(forms.Form):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        help_text=_("The address you signed up with."),
    )


class ColleagueForm(forms.Form):
    email = forms.EmailField(
        label=_("Your colleague's e-mail address"),
        max_length=254,
        help_text=_("We send your colleague a link to choose a password."),
    )
    language = LanguageChoiceField(
        label=_("Language for e-mails"),
        help_text=_("The portal writes to your colleague in this language."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = get_language()

    def clean_email(self):
        email = normalised_email(self.cleaned_data["email"])
        if (
            get_user_model().objects.filter(username=email).exists()
            or staff_accounts().filter(email__iexact=email).exists()
        ):
            raise ValidationError(
                _("There is already an account with this e-mail address."), code="email_taken"
            )
        return email


class ClosedAsFilledForm(forms.Form):
    """The placement figure the municipality reports: how many people, never who."""

    hired_via_portal = forms.IntegerField(
        label=_("How many people did you hire through Werkroute?"),
        required=False,
        min_value=1,
        max_value=MAX_HIRES,
        help_text=_(
            "Leave this empty if you found someone another way. Only a number: we do not ask "
            "for names."
        ),
    )


class OrganisationForm(NoBidiControlsMixin, KvkNumberMixin, forms.ModelForm):
    """The organisation's profile. Name and KvK number are fixed once an editor approved them."""

    class Meta:
        model = Organisation
        fields = [*ORGANISATION_FIELDS, "logo"]
        # Not Django's ImageField check: employers/uploads.py gives a reason for each refusal.
        field_classes = {"logo": forms.FileField}
        formfield_callback = https_by_default
        widgets = {
            "logo": forms.ClearableFileInput(attrs={"accept": "image/png,image/jpeg,image/webp"})
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.is_approved:
            for name in ("name", "kvk_number"):
                self.fields[name].disabled = True
                self.fields[name].help_text = _(
                    "Approved by the municipality. Ask the municipality to change it."
                )

    def clean_logo(self):
        logo = self.cleaned_data.get("logo")
        if logo and logo is not self.initial.get("logo") and hasattr(logo, "content_type"):
            return clean_logo(logo)
        return logo


class VacancyForm(NoBidiControlsMixin, PayRuleFormMixin, forms.ModelForm):
    class Meta:
        model = Vacancy
        fields = employer_fields()
        formfield_callback = https_by_default
        widgets = {
            "start_date": DateInput(),
            "closing_date": DateInput(),
            "description": forms.Textarea(attrs={"rows": 10}),
            "unpaid_purpose": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("hours_min", "hours_max"):
            self.fields[name].widget.attrs.update({"min": 1, "max": 60})
        self.fields["place"].queryset = self.fields["place"].queryset.order_by("name")
        # The language the employer writes in, named in that language (as the switcher does).
        offer_languages_in_own_script(self.fields["language"])

    def field_groups(self):
        return [
            (group.heading, [self[name] for name in group.fields]) for group in VACANCY_FIELD_GROUPS
        ]

    @cached_property
    def minimum_wage(self):
        """The minimum wage in force today, shown with its source next to the salary fields."""
        return pay.minimum_wage_on()


class OrganisationAdminForm(WagtailAdminModelForm):
    """The editors' form: an editor approves a new organisation by ticking a box."""

    approved = forms.BooleanField(
        label=_("Approved"),
        required=False,
        help_text=_(
            "Tick when you have checked the organisation (KvK number, website). Its vacancies "
            "can be submitted for publication from then on."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["approved"].initial = self.instance.is_approved
        self.newly_approved = False

    def save(self, commit=True):
        approved = self.cleaned_data.get("approved")
        if approved and not self.instance.is_approved:
            self.instance.approve(self.for_user)
            self.newly_approved = True
        elif not approved:
            self.instance.approved_at = None
            self.instance.approved_by = None
        return super().save(commit=commit)


# A phone number as people type it: digits, spaces, +, -, parentheses; 6 to 20 digits.
CALLBACK_PHONE_CHARACTERS = re.compile(r"^[0-9 +()\-]+$")
CALLBACK_PHONE_DIGITS = (6, 20)


def too_long_message():
    return _(
        "Please shorten this to at most %(limit_value)d characters (you typed %(show_value)d)."
    )


def callback_field(model_field_name, label, help_text, required_message, **kwargs):
    """A form field with the length of the model's field and messages in the reader's language."""
    max_length = CallbackRequest._meta.get_field(model_field_name).max_length
    return forms.CharField(
        label=label,
        help_text=help_text,
        max_length=max_length,
        error_messages={"required": required_message, "max_length": too_long_message()},
        **kwargs,
    )


class CallbackForm(NoBidiControlsMixin, forms.Form):
    """An employer asks the employer service point to call back: only what a call needs."""

    organisation = callback_field(
        "organisation",
        _("Organisation"),
        _("The name of your company or organisation."),
        _("Please type the name of your organisation."),
        widget=forms.TextInput(attrs={"autocomplete": "organization", "dir": "auto"}),
    )
    name = callback_field(
        "name",
        _("Your name"),
        _("Whom we ask for when we call."),
        _("Please type your name."),
        widget=forms.TextInput(attrs={"autocomplete": "name", "dir": "auto"}),
    )
    phone = callback_field(
        "phone",
        _("Phone number"),
        _("The number we can call you on, for example 0592 123 456 or +31 6 12345678."),
        _("Please type your phone number."),
        widget=forms.TextInput(
            attrs={"autocomplete": "tel", "inputmode": "tel", "type": "tel", "dir": "ltr"}
        ),
    )
    question = callback_field(
        "question",
        _("Your question"),
        _(
            "What would you like to talk about? At most 1000 characters. Please write no "
            "personal details of residents here."
        ),
        _("Please type your question, so the right person calls you."),
        widget=forms.Textarea(attrs={"rows": 5, "dir": "auto"}),
    )
    # A field people never see; software that fills in every field gives itself away.
    fax_number = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    @property
    def is_bot(self):
        return bool(self.data.get(self.add_prefix("fax_number")))

    def clean_organisation(self):
        return self._one_line("organisation", _("Please type the name of your organisation."))

    def clean_name(self):
        return self._one_line("name", _("Please type your name."))

    def _one_line(self, name, empty_message):
        value = " ".join(self.cleaned_data[name].split())
        if not value:
            raise ValidationError(empty_message)
        return value

    def clean_phone(self):
        number = " ".join(self.cleaned_data["phone"].split())
        digits = sum(character.isdigit() for character in number)
        low, high = CALLBACK_PHONE_DIGITS
        if not CALLBACK_PHONE_CHARACTERS.match(number) or not low <= digits <= high:
            raise ValidationError(
                _(
                    "We do not recognise this phone number. Use digits, and if you like spaces, "
                    "+, - or brackets, for example 0592 123 456 or +31 6 12345678."
                ),
                code="phone",
            )
        return number

    def clean_question(self):
        question = self.cleaned_data["question"].strip()
        if not question:
            raise ValidationError(_("Please type your question, so the right person calls you."))
        return question
