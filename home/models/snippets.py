"""Snippets embedded in pages: rule statements and Job Office locations; the minimum wage."""

from decimal import Decimal

from dateutil.relativedelta import relativedelta

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.fields import LanguagesField
from home.blocks import OpeningPeriodBlock

# A rule statement nobody has checked for longer than this is listed for editors as stale.
RULE_STALE_AFTER = relativedelta(months=6)


def rule_stale_before(today=None):
    return (today or timezone.localdate()) - RULE_STALE_AFTER


class RuleStatementQuerySet(models.QuerySet):
    def stale(self, today=None):
        return self.filter(last_verified__lt=rule_stale_before(today))


class RuleStatement(TranslatableMixin, index.Indexed, models.Model):
    """One rule the portal states (FACTS.md), dated and sourced, embedded in guides."""

    class Status(models.TextChoices):
        CURRENT = "current", _("in force")
        ANNOUNCED = "announced", _("announced, not yet in force")
        EXPIRED = "expired", _("no longer valid")

    title = models.CharField(
        verbose_name=_("title"),
        max_length=120,
        help_text=_("A short name for the rule, for example 'No more 24-week limit'."),
    )
    text = models.TextField(
        verbose_name=_("rule"),
        max_length=600,
        help_text=_("The rule in one to three plain sentences (B1). No numbers the source lacks."),
    )
    status = models.CharField(
        verbose_name=_("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.CURRENT,
        help_text=_(
            "Announced rules are labelled as not yet in force wherever they appear. Rules no "
            "longer valid are hidden from readers and flagged to editors."
        ),
    )
    source_title = models.CharField(
        verbose_name=_("source"),
        max_length=255,
        help_text=_("The document or page the rule comes from, with chapter or page."),
    )
    source_url = models.URLField(
        verbose_name=_("source link"),
        blank=True,
        help_text=_("Optional. A public web address of the source."),
    )
    last_verified = models.DateField(
        verbose_name=_("last checked on"),
        default=timezone.localdate,
        help_text=_(
            "When someone last checked the rule against its source. Older than six "
            "months: the rule is listed as stale."
        ),
    )
    for_employers = models.BooleanField(
        verbose_name=_("for employers"), default=True, help_text=_("Relevant to employers.")
    )
    for_residents = models.BooleanField(
        verbose_name=_("for residents"), default=True, help_text=_("Relevant to residents.")
    )

    objects = RuleStatementQuerySet.as_manager()

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("text"),
        SynchronizedField("status"),
        SynchronizedField("source_title"),
        SynchronizedField("source_url"),
        SynchronizedField("last_verified"),
        SynchronizedField("for_employers"),
        SynchronizedField("for_residents"),
    ]

    panels = [
        FieldPanel("title"),
        FieldPanel("text"),
        FieldPanel("status"),
        MultiFieldPanel(
            [FieldPanel("source_title"), FieldPanel("source_url"), FieldPanel("last_verified")],
            heading=_("Source"),
        ),
        MultiFieldPanel(
            [FieldPanel("for_employers"), FieldPanel("for_residents")], heading=_("Audiences")
        ),
    ]

    search_fields = [
        index.SearchField("title"),
        index.SearchField("text"),
        index.FilterField("locale_id"),
        index.FilterField("status"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("rule statement")
        verbose_name_plural = _("rule statements")
        ordering = ["title"]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if not (self.for_employers or self.for_residents):
            raise ValidationError(_("Choose at least one audience."))
        if self.last_verified and self.last_verified > timezone.localdate():
            raise ValidationError({"last_verified": _("This date lies in the future.")})

    def is_stale(self, today=None):
        return self.last_verified < rule_stale_before(today)

    @property
    def is_announced(self):
        return self.status == self.Status.ANNOUNCED

    @property
    def is_expired(self):
        return self.status == self.Status.EXPIRED


class MinimumWageQuerySet(models.QuerySet):
    def in_force(self, on=None):
        """The row in force on a day: the latest one that started on or before it."""
        day = on or timezone.localdate()
        return self.filter(valid_from__lte=day).order_by("-valid_from").first()


class MinimumWage(models.Model):
    """The statutory minimum wage per hour for adults, one row per amount and start date.

    A TWV needs at least the minimum wage ("ten minste het minimumloon", FACTS.md), so the
    vacancy board refuses paid work below it (vacancies/pay.py). The amount is not in the
    portal's sources: editors enter it from the government's page, ahead of its start date
    if they like; until there is a row, pay is not checked and moderators are told so.
    """

    amount_per_hour = models.DecimalField(
        verbose_name=_("amount per hour"),
        max_digits=6,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.01"))],
        help_text=_(
            "The statutory minimum wage per hour for adults, gross, in euros and cents. Copy "
            "it from the source below; never estimate it."
        ),
    )
    valid_from = models.DateField(
        verbose_name=_("valid from"),
        unique=True,
        help_text=_(
            "The first day this amount applies. You can enter a new amount before it starts: "
            "the portal uses it from this day on."
        ),
    )
    source_url = models.URLField(
        verbose_name=_("source link"),
        help_text=_(
            "The public page with this amount, for example on rijksoverheid.nl. Employers "
            "whose pay is refused see this link."
        ),
    )
    last_verified = models.DateField(
        verbose_name=_("last checked on"),
        default=timezone.localdate,
        help_text=_(
            "When someone last checked the amount against the source. Older than six "
            "months: the editors' dashboard lists it as stale."
        ),
    )

    objects = MinimumWageQuerySet.as_manager()

    panels = [
        FieldPanel("amount_per_hour"),
        FieldPanel("valid_from"),
        MultiFieldPanel(
            [FieldPanel("source_url"), FieldPanel("last_verified")], heading=_("Source")
        ),
    ]

    class Meta:
        verbose_name = _("minimum wage")
        verbose_name_plural = _("minimum wages")
        ordering = ["-valid_from"]

    def __str__(self):
        return _("EUR %(amount)s per hour from %(date)s") % {
            "amount": self.amount_per_hour,
            "date": date_format(self.valid_from, "SHORT_DATE_FORMAT"),
        }

    def clean(self):
        super().clean()
        if self.last_verified and self.last_verified > timezone.localdate():
            raise ValidationError({"last_verified": _("This date lies in the future.")})

    def is_stale(self, today=None):
        return self.last_verified < rule_stale_before(today)


postcode_validator = RegexValidator(
    r"^[1-9][0-9]{3} ?[A-Z]{2}$", _("Enter a Dutch postcode, for example 9401 AB.")
)
phone_validator = RegexValidator(
    r"^\+?[0-9 ()-]{6,20}$", _("Enter a phone number with digits only, for example 0592 123 456.")
)
whatsapp_validator = RegexValidator(
    r"^\+[1-9][0-9]{7,14}$",
    _("Enter the number in international form without spaces, for example +31612345678."),
)


def served_names(text):
    """The names in a desk's 'serves' field: one per line, surrounding spaces ignored."""
    return [" ".join(line.split()) for line in (text or "").splitlines() if line.strip()]


def served_names_errors(text):
    """What is wrong with a 'serves' text, as messages an editor can act on."""
    errors = []
    lines = (text or "").splitlines()
    # A blank line between names is harmless only at the very end (a trailing newline).
    while lines and not lines[-1].strip():
        lines.pop()
    seen = set()
    for number, line in enumerate(lines, start=1):
        name = " ".join(line.split())
        if not name:
            errors.append(
                _("Line %(number)s is empty. Put one name on every line.") % {"number": number}
            )
        elif name.casefold() in seen:
            errors.append(
                _("'%(name)s' is listed twice (line %(number)s). List each name once.")
                % {"name": name, "number": number}
            )
        seen.add(name.casefold())
    return errors


class Location(TranslatableMixin, models.Model):
    """A desk at or near an azc where residents get help with work."""

    class Kind(models.TextChoices):
        JOB_OFFICE = "job_office", "Job Office"
        MEEDOENBALIE = "meedoenbalie", "Meedoenbalie"
        WERKBALIE = "werkbalie", "Werkbalie"

    name = models.CharField(
        verbose_name=_("name"),
        max_length=120,
        help_text=_("As residents know it, for example 'Job Office azc Assen'."),
    )
    kind = models.CharField(
        verbose_name=_("kind"),
        max_length=20,
        choices=Kind.choices,
        help_text=_("What the desk is called at this azc."),
    )
    street = models.CharField(
        verbose_name=_("street and number"),
        max_length=120,
        help_text=_("For example 'Balkenweg 1'."),
    )
    postcode = models.CharField(
        verbose_name=_("postcode"),
        max_length=7,
        blank=True,
        validators=[postcode_validator],
        help_text=_(
            "For example 9405 CC. Leave empty when the sources give no street address, for "
            "example a desk 'at the reception location'."
        ),
    )
    city = models.CharField(
        verbose_name=_("place"), max_length=80, help_text=_("For example Assen.")
    )
    opening_hours = StreamField(
        [("period", OpeningPeriodBlock())],
        verbose_name=_("opening hours"),
        blank=True,
        help_text=_("One line per day part. Leave empty when the desk works by appointment only."),
    )
    walk_in = models.BooleanField(
        verbose_name=_("walk in without appointment"),
        default=True,
        help_text=_("Tick when residents can come by during opening hours without an appointment."),
    )
    phone = models.CharField(
        verbose_name=_("phone"),
        max_length=20,
        blank=True,
        validators=[phone_validator],
        help_text=_("Optional."),
    )
    whatsapp = models.CharField(
        verbose_name=_("WhatsApp number"),
        max_length=16,
        blank=True,
        validators=[whatsapp_validator],
        help_text=_("Optional. Residents often prefer WhatsApp. International form: +316..."),
    )
    languages = LanguagesField(
        verbose_name=_("languages spoken"),
        help_text=_("The portal languages the staff at this desk speak."),
    )
    serves = models.TextField(
        verbose_name=_("serves"),
        blank=True,
        help_text=_(
            "The azc's and places whose residents come to this desk, one name per line, for "
            "example 'azc Assen' and 'Assen'. Residents pick one of these names in the desk "
            "finder, and vacancies in these places name this desk."
        ),
    )
    other_languages = models.CharField(
        verbose_name=_("other languages"),
        max_length=200,
        blank=True,
        help_text=_("Optional. Other languages spoken, for example 'Somali, Dari'."),
    )

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("other_languages"),
        TranslatableField("opening_hours"),
        SynchronizedField("kind"),
        SynchronizedField("street"),
        SynchronizedField("postcode"),
        SynchronizedField("city"),
        SynchronizedField("walk_in"),
        SynchronizedField("phone"),
        SynchronizedField("whatsapp"),
        SynchronizedField("languages"),
        SynchronizedField("serves"),
    ]

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        MultiFieldPanel(
            [FieldPanel("street"), FieldPanel("postcode"), FieldPanel("city")], heading=_("Address")
        ),
        FieldPanel("serves"),
        FieldPanel("opening_hours"),
        FieldPanel("walk_in"),
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("whatsapp")], heading=_("Contact")),
        MultiFieldPanel(
            [FieldPanel("languages"), FieldPanel("other_languages")], heading=_("Languages")
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("location")
        verbose_name_plural = _("locations")
        ordering = ["city", "name"]

    def __str__(self):
        return f"{self.name} ({self.city})"

    def clean(self):
        super().clean()
        errors = served_names_errors(self.serves)
        if errors:
            raise ValidationError({"serves": errors})

    @property
    def served_names(self):
        return served_names(self.serves)

    @property
    def whatsapp_url(self):
        return f"https://wa.me/{self.whatsapp.lstrip('+')}" if self.whatsapp else ""

    @property
    def phone_href(self):
        return "tel:" + "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")
