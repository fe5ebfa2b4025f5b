"""The "may this person work?" rule (FACTS.md, "When may an asylum seeker work").

The questions' wording is editable content on the CheckerPage; the rule itself lives here, so a
change in the law is one change in code with its exhaustive test.
"""

from dataclasses import dataclass

from django import forms
from django.utils.translation import gettext_lazy as _

# A statushouder (residence permit) may work without a TWV; the other conditions are those for
# an asylum seeker, all required (002 ch. 2.2; 003 ch. 2.1).
PERMIT = "permit"
ASYLUM_SEEKER_CONDITIONS = ["adult", "six_months", "coa", "minimum_wage", "w_document"]
CONDITIONS = [PERMIT, *ASYLUM_SEEKER_CONDITIONS]

CONDITION_CHOICES = [
    (PERMIT, _("Has a residence permit (status holder)")),
    ("adult", _("Is 18 or older")),
    ("six_months", _("Asylum application pending at the IND for at least six months")),
    ("coa", _("Lives in a COA reception location")),
    ("minimum_wage", _("The job pays at least the minimum wage")),
    ("w_document", _("Has a valid W-document")),
]

MAY_WORK_WITH_PERMIT = "permit"
MAY_WORK_WITH_TWV = "eligible"
NOT_YET = "not_yet"


@dataclass(frozen=True)
class Verdict:
    outcome: str
    unmet: tuple = ()


def decide(answers):
    """`answers` maps each condition to True or False; with a permit the others do not matter."""
    if answers[PERMIT]:
        return Verdict(MAY_WORK_WITH_PERMIT)
    unmet = tuple(key for key in ASYLUM_SEEKER_CONDITIONS if not answers[key])
    return Verdict(NOT_YET, unmet) if unmet else Verdict(MAY_WORK_WITH_TWV)


ANSWER_CHOICES = [("yes", _("Yes")), ("no", _("No"))]


class CheckerForm(forms.Form):
    """The questions of a checker page, answered yes or no; read from the query string (GET)."""

    def __init__(self, questions, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for question in questions:
            self.fields[question["condition"]] = forms.ChoiceField(
                label=question["question"],
                help_text=question.get("help") or "",
                choices=ANSWER_CHOICES,
                widget=forms.RadioSelect,
                required=False,
                error_messages={"invalid_choice": _("Choose yes or no.")},
            )

    def clean(self):
        cleaned = super().clean()
        has_permit = cleaned.get(PERMIT)
        if not has_permit and PERMIT not in self.errors:
            self.add_error(PERMIT, _("Choose yes or no."))
        elif has_permit == "no":
            for key in ASYLUM_SEEKER_CONDITIONS:
                if key in self.fields and not cleaned.get(key) and key not in self.errors:
                    self.add_error(key, _("Choose yes or no."))
        return cleaned

    def verdict(self):
        answers = {key: self.cleaned_data.get(key) == "yes" for key in CONDITIONS}
        return decide(answers)
