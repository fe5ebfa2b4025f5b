"""The vacancy board: places, vacancies (one row each) and their optional text translations."""

import datetime
import math
import secrets

from dateutil.relativedelta import relativedelta

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import DraftStateMixin, Orderable, RevisionMixin, WorkflowMixin
from wagtail.search import index

from core.fields import ChoiceLabelsMixin
from vacancies import lifecycle, pay
from vacancies.choices import (
    Contract,
    DutchLevel,
    Kind,
    SalaryPeriod,
    Sector,
    Shift,
    TranslationQuality,
)
from vacancies.field_layout import editor_panels
from vacancies.forms import VacancyAdminForm
from vacancies.lifecycle import LifecycleQuerySet, today
from vacancies.panels import ModerationFlagsPanel
from vacancies.search_text import refresh_in_chunks, search_text_of

OPEN_DAYS_DEFAULT = 60
OPEN_MONTHS_MAX = 6
# No 0/O, 1/I/L, 2/Z, 5/S, 8/B, 6/G, U/V: a code read aloud or copied from a poster stays right.
REFERENCE_ALPHABET = "ACDEFHJKMNPQRTWXY3479"
REFERENCE_LENGTH = 6


def default_closing_date():
    return today() + datetime.timedelta(days=OPEN_DAYS_DEFAULT)


def latest_closing_date(opened_on):
    return opened_on + relativedelta(months=OPEN_MONTHS_MAX)


def new_reference_code():
    return "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))


def normalise_reference_code(text):
    """What a resident types at the Job Office: any case, spaces or dashes."""
    return "".join(ch for ch in (text or "").upper() if ch.isalnum())


class Place(models.Model):
    """A town or village where jobs are; some have an azc that residents search from."""

    name = models.CharField(
        verbose_name=_("name"),
        max_length=80,
        unique=True,
        help_text=_("The place as people know it, for example 'Luttelgeest'."),
    )
    municipality = models.CharField(
        verbose_name=_("municipality"),
        max_length=80,
        help_text=_("The municipality the place belongs to, for example 'Noordoostpolder'."),
    )
    latitude = models.DecimalField(
        verbose_name=_("latitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(50), MaxValueValidator(54)],
        help_text=_("Degrees north, for example 52.99250. Used for 'within N km of an azc'."),
    )
    longitude = models.DecimalField(
        verbose_name=_("longitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(3), MaxValueValidator(8)],
        help_text=_("Degrees east, for example 6.56490."),
    )
    azc_name = models.CharField(
        verbose_name=_("azc in this place"),
        max_length=120,
        blank=True,
        help_text=_(
            "Fill in when there is an azc here, for example 'azc Assen (Balkenweg)'. "
            "Residents can then search for jobs near it."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("municipality"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")], heading=_("Position")),
        FieldPanel("azc_name"),
    ]

    class Meta:
        verbose_name = _("place")
        verbose_name_plural = _("places")
        ordering = ["name"]

    def __str__(self):
        if self.municipality and self.municipality != self.name:
            return f"{self.name} ({self.municipality})"
        return self.name

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # Vacancies are found by their place's names: a renamed place renames them in search.
        for _batch, _changed in refresh_in_chunks(Vacancy.objects.filter(place=self)):
            pass

    def distance_km(self, other):
        """Great-circle distance; places are few, so this runs in Python, not in SQL."""
        lat1, lon1, lat2, lon2 = map(
            math.radians,
            (
                float(self.latitude),
                float(self.longitude),
                float(other.latitude),
                float(other.longitude),
            ),
        )
        a = (
            math.sin((lat2 - lat1) / 2) ** 2
            + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
        )
        return 2 * 6371 * math.asin(math.sqrt(a))


class VacancyQuerySet(LifecycleQuerySet):
    """`visible()`, `expired()` and the other lifecycle states come from vacancies/lifecycle.py."""


class Vacancy(
    ChoiceLabelsMixin,
    WorkflowMixin,
    DraftStateMixin,
    RevisionMixin,
    index.Indexed,
    ClusterableModel,
):
    """One job, whatever language it is read in: coded facts plus the employer's own text."""

    # Free text, in the language the employer wrote it in.
    title = models.CharField(
        verbose_name=_("job title"),
        max_length=120,
        help_text=_(
            "Short and concrete, for example 'Schoonmaker hotelkamers'. At most 120 characters."
        ),
    )
    description = models.TextField(
        verbose_name=_("description"),
        max_length=4000,
        validators=[MaxLengthValidator(4000)],
        help_text=_(
            "What the work is, where, and what you offer. Plain language, short sentences. "
            "At most 4000 characters."
        ),
    )
    language = models.CharField(
        verbose_name=_("language of the text"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language the title and description above are written in."),
    )
    employer_name = models.CharField(
        verbose_name=_("employer"),
        max_length=120,
        help_text=_("The organisation that hires, as residents will see it."),
    )

    # Coded facts: they read in every language.
    sector = models.CharField(
        verbose_name=_("sector"), max_length=20, choices=Sector.choices, help_text=_("Pick one.")
    )
    kind = models.CharField(
        verbose_name=_("kind of work"),
        max_length=20,
        choices=Kind.choices,
        default=Kind.PAID_JOB,
        help_text=_(
            "A paid job, or an unpaid place: a traineeship (werkervaringsplek) or volunteer "
            "work. An unpaid place has no salary and no work permit (TWV)."
        ),
    )
    unpaid_purpose = models.TextField(
        verbose_name=_("what the unpaid place is for"),
        max_length=600,
        blank=True,
        validators=[MaxLengthValidator(600)],
        help_text=_(
            "Only for a traineeship or volunteer work, and then required: what the person "
            "learns or does, for how long, and who guides them. At most 600 characters."
        ),
    )
    contract = models.CharField(
        verbose_name=_("contract"),
        max_length=20,
        choices=Contract.choices,
        help_text=_("The kind of contract the person gets."),
    )
    hours_min = models.PositiveSmallIntegerField(
        verbose_name=_("hours per week, at least"),
        validators=[MinValueValidator(1), MaxValueValidator(60)],
        help_text=_(
            "The fewest hours a week, 1 to 60. Eight or more counts for housing (koppeling)."
        ),
    )
    hours_max = models.PositiveSmallIntegerField(
        verbose_name=_("hours per week, at most"),
        validators=[MinValueValidator(1), MaxValueValidator(60)],
        help_text=_("The most hours a week, 1 to 60. The same as above when the hours are fixed."),
    )
    shift_day = models.BooleanField(
        verbose_name=Shift.DAY.label, default=True, help_text=_("Work during the day.")
    )
    shift_evening = models.BooleanField(
        verbose_name=Shift.EVENING.label, default=False, help_text=_("Work in the evening.")
    )
    shift_night = models.BooleanField(
        verbose_name=Shift.NIGHT.label, default=False, help_text=_("Work at night.")
    )
    shift_weekend = models.BooleanField(
        verbose_name=Shift.WEEKEND.label,
        default=False,
        help_text=_("Work on Saturdays or Sundays."),
    )
    place = models.ForeignKey(
        Place,
        verbose_name=_("place of work"),
        on_delete=models.PROTECT,
        related_name="vacancies",
        help_text=_("Where the work is. Add a place under Snippets > Places if it is missing."),
    )
    dutch_level = models.PositiveSmallIntegerField(
        verbose_name=_("Dutch needed"),
        choices=DutchLevel.choices,
        default=DutchLevel.BASIC,
        help_text=_("How much Dutch the person needs on the first day."),
    )
    english_enough = models.BooleanField(
        verbose_name=_("English is enough"),
        default=False,
        help_text=_("Tick when someone who speaks English but little Dutch can do this job."),
    )
    training_given = models.BooleanField(
        verbose_name=_("training given"),
        default=False,
        help_text=_("Tick when you train the person for the job."),
    )
    no_diploma_needed = models.BooleanField(
        verbose_name=_("no diploma needed"),
        default=False,
        help_text=_("Tick when no Dutch or foreign diploma is asked for."),
    )
    workplace_tour = models.BooleanField(
        verbose_name=_("workplace tour offered"),
        default=False,
        help_text=_("Tick when candidates can come and see the workplace first."),
    )
    employer_applies_twv = models.BooleanField(
        verbose_name=_("employer applies for the TWV"),
        default=True,
        help_text=_(
            "Tick when you apply at UWV for the work permit (TWV) that an asylum seeker needs. "
            "Status holders need none."
        ),
    )
    jobcoach_or_buddy = models.BooleanField(
        verbose_name=_("jobcoach or buddy"),
        default=False,
        help_text=_("Tick when a jobcoach or a colleague as buddy helps the person start."),
    )
    salary_min = models.DecimalField(
        verbose_name=_("salary from"),
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Optional. Gross, in euros. At least the minimum wage for a paid job."),
    )
    salary_max = models.DecimalField(
        verbose_name=_("salary to"),
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Optional. Gross, in euros. Leave empty for a single amount."),
    )
    salary_period = models.CharField(
        verbose_name=_("salary per"),
        max_length=10,
        choices=SalaryPeriod.choices,
        blank=True,
        help_text=_("Needed when you give a salary."),
    )
    start_date = models.DateField(
        verbose_name=_("start date"),
        null=True,
        blank=True,
        help_text=_("Optional. Leave empty for 'as soon as possible'."),
    )
    closing_date = models.DateField(
        verbose_name=_("closing date"),
        default=default_closing_date,
        help_text=_(
            "The last day people can respond. At most six months ahead; "
            "after this day the vacancy disappears from the board."
        ),
    )

    # How residents respond: through the Job Office with the reference code, or directly.
    respond_via_job_office = models.BooleanField(
        verbose_name=_("respond via the Job Office"),
        default=True,
        help_text=_(
            "Tick when residents can respond at the Job Office or Meedoenbalie of their azc with "
            "the reference code."
        ),
    )
    apply_url = models.URLField(
        verbose_name=_("link to apply"),
        blank=True,
        help_text=_("Optional. A page on your own site where people apply (https://...)."),
    )
    apply_email = models.EmailField(
        verbose_name=_("e-mail to apply"),
        blank=True,
        help_text=_("Optional. An address where people can send a short message."),
    )
    reference_code = models.CharField(
        verbose_name=_("reference code"),
        max_length=REFERENCE_LENGTH,
        unique=True,
        editable=False,
        help_text=_("Made by the portal. Residents show it at the Job Office."),
    )
    # Title, description, place, translations and a token per coded fact in one column, kept
    # up to date on save (search_text.py); on PostgreSQL a GIN index on its Dutch text-search
    # vector makes text queries cheap.
    search_text = models.TextField(editable=False, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="vacancy")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="vacancy",
        for_concrete_model=False,
    )

    objects = VacancyQuerySet.as_manager()

    # The pay rule is checked by the forms, not by clean(): save_revision() cleans too, and a
    # vacancy saved before a higher minimum wage started must still be withdrawn or closed.
    base_form_class = VacancyAdminForm
    panels = [
        ModerationFlagsPanel(),
        *editor_panels(),
        InlinePanel(
            "translations",
            heading=_("Translations of the text"),
            label=_("translation"),
            help_text=_("Optional. The title and description in another portal language."),
        ),
    ]

    # Wagtail's index serves the site search's suggestions only: titles that start with what
    # was typed, among visible vacancies, newest first (search/views.py). Every text query -
    # the board's and the site search's vacancies - matches `search_text` (vacancies/query.py).
    # It is written on publish, unpublish and delete (vacancies/search_index.py), not on save.
    search_auto_update = False
    search_fields = [
        index.AutocompleteField("title"),
        index.FilterField("live"),
        index.FilterField("closing_date"),
        index.FilterField("first_published_at"),
    ]

    class Meta:
        verbose_name = _("vacancy")
        verbose_name_plural = _("vacancies")
        ordering = ["-first_published_at", "-pk"]
        indexes = [
            # The visibility rule and the two sort orders of the board.
            models.Index(fields=["live", "closing_date"], name="vacancy_visible"),
            models.Index(fields=["live", "-first_published_at"], name="vacancy_newest"),
            models.Index(fields=["sector", "live"], name="vacancy_sector"),
        ]

    def __str__(self):
        return f"{self.title} ({self.reference_code})" if self.reference_code else self.title

    @property
    def revisions(self):
        return self._revisions

    # --- rules -----------------------------------------------------------------------------

    def opened_on(self):
        return timezone.localdate(self.first_published_at) if self.first_published_at else today()

    def clean(self):
        super().clean()
        errors = {}
        if self.hours_min and self.hours_max and self.hours_min > self.hours_max:
            errors["hours_max"] = _("The most hours cannot be fewer than the fewest hours.")
        both_salaries = self.salary_min is not None and self.salary_max is not None
        if both_salaries and self.salary_min > self.salary_max:
            errors["salary_max"] = _("The highest salary cannot be lower than the lowest.")
        if (self.salary_min is not None or self.salary_max is not None) and not self.salary_period:
            errors["salary_period"] = _("Say whether the salary is per hour or per month.")
        if self.closing_date:
            if self.closing_date > latest_closing_date(self.opened_on()):
                errors["closing_date"] = _(
                    "A vacancy can stay open for at most six months. Choose an earlier date."
                )
            elif lifecycle.past_closing_date(self) and not self.first_published_at:
                errors["closing_date"] = _("The closing date has passed. Choose a later date.")
        if (
            self.start_date
            and self.closing_date
            and self.start_date < today() - datetime.timedelta(days=365)
        ):
            errors["start_date"] = _("This start date is more than a year ago.")
        if not (self.respond_via_job_office or self.apply_url or self.apply_email):
            errors["respond_via_job_office"] = _(
                "Give residents at least one way to respond: the Job Office, a link or an "
                "e-mail address."
            )
        if errors:
            raise ValidationError(errors)

    def is_open(self, on=None):
        return lifecycle.is_visible(self, on)

    def is_gone(self, on=None):
        return lifecycle.is_gone(self, on)

    @property
    def is_unpaid(self):
        """A traineeship or volunteer work: no salary, no TWV (vacancies/pay.py)."""
        return pay.is_unpaid(self.kind)

    @property
    def shifts(self):
        return [shift for shift in Shift if getattr(self, f"shift_{shift.value}")]

    # --- saving ----------------------------------------------------------------------------

    def save(self, *args, **kwargs):
        if self.reference_code:
            super().save(*args, **kwargs)
        else:
            self._save_with_new_reference_code(*args, **kwargs)
        # save_revision() saves only its bookkeeping fields while this object holds the
        # unpublished draft: its words must not become searchable on the live board.
        if kwargs.get("update_fields") is None:
            self.refresh_search_text()

    def _save_with_new_reference_code(self, *args, **kwargs):
        """Draw codes until one is free; the unique index decides, so two saves cannot clash."""
        for _attempt in range(20):
            self.reference_code = new_reference_code()
            try:
                with transaction.atomic():
                    super().save(*args, **kwargs)
                return
            except IntegrityError:
                if not type(self).objects.filter(reference_code=self.reference_code).exists():
                    raise
        raise IntegrityError("no free reference code after 20 attempts")

    def searchable_text(self):
        """What the board and the site search match this vacancy on (search_text.py)."""
        return search_text_of(self, self.place, self.translations.all())

    def refresh_search_text(self):
        if self.pk is None:
            return
        text = self.searchable_text()
        if text != self.search_text:
            self.search_text = text
            type(self).objects.filter(pk=self.pk).update(search_text=text)


class VacancyTranslation(Orderable):
    """The employer's title and description in another portal language."""

    vacancy = ParentalKey(Vacancy, on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(
        verbose_name=_("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        help_text=_("The language of this translation."),
    )
    title = models.CharField(
        verbose_name=_("job title"), max_length=120, help_text=_("At most 120 characters.")
    )
    description = models.TextField(
        verbose_name=_("description"),
        max_length=4000,
        validators=[MaxLengthValidator(4000)],
        help_text=_("At most 4000 characters."),
    )
    quality = models.CharField(
        verbose_name=_("checked"),
        max_length=10,
        choices=TranslationQuality.choices,
        default=TranslationQuality.MACHINE,
        help_text=_(
            "Machine translations are labelled as such for readers until a person checks them."
        ),
    )

    panels = [
        FieldPanel("language"),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("quality"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("translation")
        verbose_name_plural = _("translations")
        # unique_together (not a constraint) so the admin's inline forms report a clash nicely.
        unique_together = [("vacancy", "language")]

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        self.vacancy.refresh_search_text()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        self.vacancy.refresh_search_text()
        return result

    @property
    def is_machine(self):
        return self.quality == TranslationQuality.MACHINE
