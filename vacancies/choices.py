"""The coded facts of a vacancy. Labels go through gettext, so the facts read in the visitor's
language even when the employer's free text was never translated."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from home.choices import Sector  # noqa: F401  (the vacancy board filters on the same sectors)


class Kind(models.TextChoices):
    PAID_JOB = "job", _("Paid job")
    TRAINEESHIP = "traineeship", _("Traineeship (werkervaringsplek)")
    VOLUNTEER = "volunteer", _("Volunteer work")


class Contract(models.TextChoices):
    TEMPORARY = "temporary", _("Temporary contract")
    PERMANENT = "permanent", _("Permanent contract")
    ON_CALL = "on_call", _("On-call contract")
    AGENCY = "agency", _("Via an employment agency (uitzendbureau)")
    SEASONAL = "seasonal", _("Seasonal work")


class DutchLevel(models.IntegerChoices):
    """How much Dutch the job needs; a lower number asks less of the resident."""

    NONE = 0, _("No Dutch needed")
    BASIC = 1, _("Some Dutch needed")
    GOOD = 2, _("Good Dutch needed")


class SalaryPeriod(models.TextChoices):
    HOUR = "hour", pgettext_lazy("salary", "per hour")
    MONTH = "month", pgettext_lazy("salary", "per month")


class TranslationQuality(models.TextChoices):
    MACHINE = "machine", _("Machine translation, not checked by a person")
    REVIEWED = "reviewed", _("Checked by a person")


class Shift(models.TextChoices):
    """Shifts are stored as one yes/no column each (cheap to count); this names them."""

    DAY = "day", _("Day shifts")
    EVENING = "evening", _("Evening shifts")
    NIGHT = "night", _("Night shifts")
    WEEKEND = "weekend", _("Weekend work")


# Yes/no facts a resident can filter on: the field, and how the filter names it.
SUPPORT_FACTS = {
    "english_enough": _("English is enough"),
    "training_given": _("Training given"),
    "no_diploma_needed": _("No diploma needed"),
    "workplace_tour": _("Workplace tour offered"),
    "employer_applies_twv": _("Employer applies for the TWV"),
    "jobcoach_or_buddy": _("Jobcoach or buddy"),
}
