"""The resident's booking form and the staff's form for opening slots."""

import datetime

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bookings.numbers import normalise_phone, normalise_reference_code
from home.models import Location


class BookingForm(forms.Form):
    """Only what the desk needs to call the resident back: a first name and a number."""

    first_name = forms.CharField(
        label=_("Your first name"),
        max_length=40,
        error_messages={"required": _("Please type your first name.")},
        widget=forms.TextInput(attrs={"autocomplete": "given-name", "dir": "auto"}),
    )
    phone = forms.CharField(
        label=_("Your phone or WhatsApp number"),
        help_text=_("For example 06 12345678 or +31 6 12345678."),
        max_length=30,
        error_messages={"required": _("Please type your phone or WhatsApp number.")},
        widget=forms.TextInput(
            attrs={"autocomplete": "tel", "inputmode": "tel", "type": "tel", "dir": "ltr"}
        ),
    )
    reference_code = forms.CharField(
        label=_("Reference code of a vacancy"),
        help_text=_("Only if you want to talk about a vacancy. Six letters and digits."),
        required=False,
        max_length=12,
        widget=forms.TextInput(attrs={"autocomplete": "off", "dir": "ltr"}),
    )

    def clean_first_name(self):
        name = " ".join(self.cleaned_data["first_name"].split())
        if not name:
            raise forms.ValidationError(_("Please type your first name."))
        return name

    def clean_phone(self):
        number = normalise_phone(self.cleaned_data["phone"])
        if number is None:
            raise forms.ValidationError(
                _(
                    "We do not recognise this number. Type it with digits only, for example "
                    "06 12345678 or +31 6 12345678."
                )
            )
        return number

    def clean_reference_code(self):
        typed = self.cleaned_data["reference_code"]
        if not typed.strip():
            return ""
        code = normalise_reference_code(typed)
        if code is None:
            raise forms.ValidationError(
                _("A reference code has six letters and digits, for example K7M3QX.")
            )
        return code


def source_desks():
    return Location.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by("name")


class OpenSlotsForm(forms.Form):
    """One slot, or a weekly pattern: talks from `first_time` to `last_time` every `minutes`,
    on `day` and the same weekday for `weeks` weeks."""

    desk = forms.ModelChoiceField(label=_("Desk"), queryset=Location.objects.none())
    day = forms.DateField(label=_("First day"), widget=forms.DateInput(attrs={"type": "date"}))
    first_time = forms.TimeField(
        label=_("First talk starts at"), widget=forms.TimeInput(attrs={"type": "time"})
    )
    last_time = forms.TimeField(
        label=_("Last talk starts at"),
        required=False,
        help_text=_("Leave empty for a single talk."),
        widget=forms.TimeInput(attrs={"type": "time"}),
    )
    minutes = forms.IntegerField(
        label=_("Minutes per talk"), min_value=5, max_value=240, initial=30
    )
    weeks = forms.IntegerField(
        label=_("Number of weeks"),
        min_value=1,
        max_value=26,
        initial=1,
        help_text=_("1 for this day only; more to repeat it every week on the same weekday."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["desk"].queryset = source_desks()

    def clean(self):
        cleaned = super().clean()
        first, last = cleaned.get("first_time"), cleaned.get("last_time")
        if first and last and last < first:
            self.add_error("last_time", _("The last talk cannot start before the first."))
        day = cleaned.get("day")
        if day and day < timezone.localdate():
            self.add_error("day", _("Choose today or a day in the future."))
        return cleaned

    def start_times(self):
        """Every start time the form describes, as aware datetimes."""
        data = self.cleaned_data
        first, last = data["first_time"], data["last_time"] or data["first_time"]
        step = datetime.timedelta(minutes=data["minutes"])
        times = []
        for week in range(data["weeks"]):
            day = data["day"] + datetime.timedelta(weeks=week)
            moment = datetime.datetime.combine(day, first)
            end = datetime.datetime.combine(day, last)
            while moment <= end:
                times.append(timezone.make_aware(moment))
                moment += step
        return times
