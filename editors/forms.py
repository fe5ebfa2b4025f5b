from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.languages import language_name
from editors.figures import MAX_PERIOD_DAYS, Period
from editors.section_po import sections
from editors.translation_backlog import target_locales
from vacancies.models import Vacancy, VacancyTranslation


class PeriodForm(forms.Form):
    start = forms.DateField(
        label=_("From"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("First day of the period, for example the first of last month."),
    )
    end = forms.DateField(
        label=_("Up to and including"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Last day of the period."),
    )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end:
            if end < start:
                raise ValidationError(
                    _("The last day comes before the first day. Swap them and try again."),
                    code="reversed",
                )
            if (end - start).days > MAX_PERIOD_DAYS:
                raise ValidationError(_("Choose a period of at most three years."), code="too_long")
        return cleaned

    def period(self):
        return Period(self.cleaned_data["start"], self.cleaned_data["end"])


# The largest PO file accepted: a whole section is a few hundred kilobytes at most.
MAX_PO_BYTES = 2 * 1024 * 1024


class SectionChoiceMixin(forms.Form):
    language = forms.ChoiceField(
        label=_("Language"), help_text=_("The language the agency translates into.")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [
            (locale.language_code, language_name(locale.language_code))
            for locale in target_locales()
        ]


class SectionExportForm(SectionChoiceMixin):
    section = forms.ModelChoiceField(
        label=_("Section"),
        queryset=None,
        help_text=_("The page and every published page below it, in Dutch."),
    )
    field_order = ["section", "language"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["section"].queryset = sections()


class SectionImportForm(SectionChoiceMixin):
    po_file = forms.FileField(
        label=_("PO file"),
        help_text=_("A PO file exported here and filled in by the translators. At most 2 MB."),
    )

    def clean_po_file(self):
        upload = self.cleaned_data["po_file"]
        if not upload.name.lower().endswith(".po"):
            raise ValidationError(
                _("Upload the .po file you exported here, not another kind of file."),
                code="extension",
            )
        if upload.size > MAX_PO_BYTES:
            raise ValidationError(_("The file is larger than 2 MB."), code="too_large")
        return upload


class BaseVacancyTranslationFormSet(forms.BaseInlineFormSet):
    def clean(self):
        super().clean()
        for form in self.forms:
            if form.cleaned_data.get("DELETE"):
                continue
            if form.cleaned_data.get("language") == self.instance.language:
                form.add_error(
                    "language",
                    ValidationError(
                        _("The vacancy is written in this language: choose another one."),
                        code="source_language",
                    ),
                )


VacancyTranslationFormSet = forms.inlineformset_factory(
    Vacancy,
    VacancyTranslation,
    formset=BaseVacancyTranslationFormSet,
    fields=["language", "title", "description", "quality"],
    extra=1,
    can_delete=True,
)


# The comment goes to the employer in an e-mail and on their dashboard: room for a few points.
MAX_CHANGES_COMMENT = 2000


class RequestChangesForm(forms.Form):
    """A moderator's answer that sends a vacancy back: what the employer should change."""

    comment = forms.CharField(
        label=_("What should the employer change?"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=MAX_CHANGES_COMMENT,
        help_text=_(
            "The employer reads this in an e-mail and on their dashboard. Be concrete and "
            "friendly, for example: 'Please give the pay per hour.' At most 2000 characters."
        ),
        error_messages={
            "required": _("Write what the employer should change, so they can fix it."),
            "max_length": _(
                "Make the comment shorter: at most %(limit_value)d characters (it has "
                "%(show_value)d)."
            ),
        },
    )
