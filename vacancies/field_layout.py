"""The fields of a vacancy that people fill in, in the groups both forms show them.

The employer's form (employers/forms.py) and the editors' admin panels (Vacancy.panels) both
read this one list, so a new fact of a vacancy is added once and appears in both.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel


def row_panel(row):
    if isinstance(row, str):
        return FieldPanel(row)
    return FieldRowPanel([FieldPanel(name) for name in row])


@dataclass(frozen=True)
class FieldGroup:
    heading: str  # as the employer reads it
    rows: tuple  # each a field name, or a tuple of names shown side by side
    editor_heading: str | None = None  # where the editors' admin says it otherwise
    editor_rows: tuple = ()  # fields only editors fill in (the employer's form sets them)

    @property
    def fields(self):
        return [name for row in self.rows for name in ((row,) if isinstance(row, str) else row)]

    def panel(self):
        return MultiFieldPanel(
            [
                FieldPanel(row)
                if isinstance(row, str)
                else FieldRowPanel([FieldPanel(name) for name in row])
                for row in self.rows + self.editor_rows
            ],
            heading=self.editor_heading or self.heading,
        )


VACANCY_FIELD_GROUPS = (
    FieldGroup(
        _("The job in your words"),
        ("title", "description", "language"),
        editor_heading=_("The employer's text"),
        editor_rows=("employer_name",),
    ),
    FieldGroup(
        _("The job"),
        (
            "sector",
            "kind",
            "unpaid_purpose",
            "contract",
            "place",
            ("hours_min", "hours_max"),
            ("start_date", "closing_date"),
        ),
    ),
    FieldGroup(
        _("When the work is"), (("shift_day", "shift_evening", "shift_night", "shift_weekend"),)
    ),
    FieldGroup(_("Salary"), (("salary_min", "salary_max", "salary_period"),)),
    FieldGroup(
        _("Language and support"),
        (
            "dutch_level",
            "english_enough",
            "training_given",
            "no_diploma_needed",
            "workplace_tour",
            "jobcoach_or_buddy",
        ),
    ),
    FieldGroup(_("Work permit (TWV)"), ("employer_applies_twv",)),
    FieldGroup(
        _("How residents respond"),
        ("respond_via_job_office", "apply_url", "apply_email"),
        editor_heading=_("How to respond"),
    ),
)


def employer_fields():
    """Every field the employer's form has, in the order it shows them."""
    return [name for group in VACANCY_FIELD_GROUPS for name in group.fields]


def editor_panels():
    """The same groups as the editors' admin panels."""
    return [group.panel() for group in VACANCY_FIELD_GROUPS]
