"""Employer organisations, their accounts, which organisation posted which vacancy, and the
employers' contact point with its callback requests."""

import datetime
import re

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import AbstractGroupApprovalTask, Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.fields import optional_link
from employers import uploads
from home.choices import Sector
from home.models.snippets import phone_validator, postcode_validator
from vacancies.models import Place, Vacancy

KVK_PATTERN = re.compile(r"^\d{8}$")
# A vacancy is one job, sometimes for a team; more than this is a typing error.
MAX_HIRES = 50


def normalise_kvk_number(value):
    """What people type: '1234 5678', '12.34.56.78' - the KvK number is the eight digits."""
    return re.sub(r"[\s.\-]", "", value or "")


def validate_kvk_number(value):
    if not KVK_PATTERN.match(normalise_kvk_number(value)):
        raise ValidationError(
            _("A KvK number has exactly eight digits, for example 12345678."), code="kvk"
        )


class OrganisationQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(approved_at__isnull=False)

    def awaiting_approval(self):
        return self.filter(approved_at__isnull=True)


class Organisation(index.Indexed, ClusterableModel):
    """An employer that posts vacancies; an editor approves it before its first publication."""

    name = models.CharField(
        verbose_name=_("organisation name"),
        max_length=120,
        help_text=_("The name residents will see on your vacancies. At most 120 characters."),
    )
    slug = models.SlugField(
        verbose_name=_("address on the portal"),
        max_length=80,
        unique=True,
        allow_unicode=False,
        help_text=_("Made from the name; the last part of the public profile's address."),
    )
    kvk_number = models.CharField(
        verbose_name=_("KvK number"),
        max_length=8,
        unique=True,
        validators=[validate_kvk_number],
        help_text=_("The eight digits of your registration at the Chamber of Commerce (KvK)."),
    )
    sector = models.CharField(
        verbose_name=_("sector"),
        max_length=20,
        choices=Sector.choices,
        help_text=_("The sector most of your work is in."),
    )
    place = models.ForeignKey(
        Place,
        verbose_name=_("place"),
        on_delete=models.PROTECT,
        related_name="organisations",
        help_text=_("Where your organisation is. Ask the municipality if your place is missing."),
    )
    website = models.URLField(
        verbose_name=_("website"),
        blank=True,
        help_text=_("Optional. Your own site, starting with https://."),
    )
    logo = models.ImageField(
        verbose_name=_("logo"),
        upload_to=uploads.logo_upload_to,
        blank=True,
        help_text=_("Optional. PNG, JPEG or WebP, at most 5 MB."),
    )
    description = models.TextField(
        verbose_name=_("short description"),
        max_length=1000,
        blank=True,
        help_text=_(
            "Optional. What your organisation does, in a few plain sentences. "
            "At most 1000 characters."
        ),
    )
    public_contact = models.CharField(
        verbose_name=_("contact for residents' questions"),
        max_length=200,
        help_text=_(
            "A public e-mail address or phone number where residents and job coaches can ask "
            "about your vacancies. Shown on your profile."
        ),
    )
    created_at = models.DateTimeField(verbose_name=_("signed up on"), auto_now_add=True)
    approved_at = models.DateTimeField(
        verbose_name=_("approved on"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When an editor approved the organisation."),
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = OrganisationQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("kvk_number"),
                FieldPanel("sector"),
                FieldPanel("place"),
                FieldPanel("website"),
                FieldPanel("description"),
                FieldPanel("public_contact"),
            ],
            heading=_("Organisation"),
        ),
        FieldPanel("approved", heading=_("Approval")),
        InlinePanel(
            "stories",
            heading=_("Success stories about this employer"),
            label=_("success story"),
            help_text=_("Stories shown on the employer's public profile."),
        ),
    ]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("approved_at"),
    ]

    class Meta:
        verbose_name = _("employer organisation")
        verbose_name_plural = _("employer organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def is_approved(self):
        return self.approved_at is not None

    def approve(self, user):
        self.approved_at = timezone.now()
        self.approved_by = user

    def clean(self):
        super().clean()
        self.kvk_number = normalise_kvk_number(self.kvk_number)

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self._free_slug()
        update_fields = kwargs.get("update_fields")
        logo_may_change = self.pk and (update_fields is None or "logo" in update_fields)
        old_logo = (
            type(self).objects.filter(pk=self.pk).values_list("logo", flat=True).first()
            if logo_may_change
            else None
        )
        super().save(*args, **kwargs)
        if old_logo and old_logo != self.logo.name:  # replaced or cleared
            uploads.delete_replaced_logo(type(self), self.logo.storage, old_logo)

    def _free_slug(self):
        base = slugify(self.name)[:70] or "werkgever"
        slug, number = base, 1
        while type(self).objects.filter(slug=slug).exclude(pk=self.pk).exists():
            number += 1
            slug = f"{base}-{number}"
        return slug


class OrganisationStory(Orderable):
    """A success story page an editor links to an employer's public profile."""

    organisation = ParentalKey(Organisation, on_delete=models.CASCADE, related_name="stories")
    story = models.ForeignKey(
        "home.StoryPage",
        verbose_name=_("success story"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A published success story that mentions this employer."),
    )

    panels = [FieldPanel("story")]

    class Meta(Orderable.Meta):
        verbose_name = _("success story")
        verbose_name_plural = _("success stories")


class Membership(models.Model):
    """A user account that acts for an employer organisation. Such a user is never staff."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="employer_membership"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    language = models.CharField(
        verbose_name=_("language for e-mails"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The portal writes to this person in this language."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("employer account")
        verbose_name_plural = _("employer accounts")

    def __str__(self):
        return f"{self.user.email} ({self.organisation})"


class Posting(models.Model):
    """Which organisation posted a vacancy, who did it, and what became of it."""

    vacancy = models.OneToOneField(
        Vacancy, primary_key=True, on_delete=models.CASCADE, related_name="posting"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="postings"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    filled_at = models.DateTimeField(
        verbose_name=_("closed as filled on"),
        null=True,
        blank=True,
        help_text=_("Set when the employer says the vacancy is filled."),
    )
    hired_via_portal = models.PositiveSmallIntegerField(
        verbose_name=_("people hired via the portal"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_HIRES)],
        help_text=_(
            "How many people the employer hired through Werkroute when closing it as filled; "
            "empty when it was filled another way. A number only: no names."
        ),
    )
    closing_reminder_sent_for = models.DateField(
        null=True,
        blank=True,
        help_text=_("The closing date the five-day reminder was sent for, so it goes once."),
    )

    class Meta:
        verbose_name = _("posted vacancy")
        verbose_name_plural = _("posted vacancies")

    def __str__(self):
        return f"{self.vacancy} - {self.organisation}"


class ModerationTask(AbstractGroupApprovalTask):
    """Group approval in which nobody approves a change they made themselves."""

    class Meta:
        verbose_name = _("moderation task (no self-approval)")
        verbose_name_plural = _("moderation tasks (no self-approval)")

    @staticmethod
    def made_by(revision, user):
        return revision is not None and revision.user_id is not None and revision.user_id == user.pk

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if self.made_by(obj.get_latest_revision(), user):
            return [action for action in actions if action[0] != "approve"]
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve" and self.made_by(task_state.revision, user):
            raise PermissionDenied("An approver cannot approve a change they made themselves.")
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups approve; nobody approves their own change.")


@register_setting(icon="form")
class EmployerFormSettings(BaseSiteSetting):
    """The rule statements the employers' vacancy form shows beside the TWV question."""

    twv_who_applies = optional_link(
        "home.RuleStatement",
        _("rule: who applies for the TWV"),
        _("For example the rule that the employer applies at UWV."),
    )
    twv_how_long = optional_link(
        "home.RuleStatement",
        _("rule: how long the TWV takes"),
        _("For example the rule on UWV's decision time."),
    )
    twv_not_needed = optional_link(
        "home.RuleStatement",
        _("rule: who needs no TWV"),
        _("For example the rule that status holders need no TWV."),
    )

    panels = [
        FieldPanel("twv_who_applies"),
        FieldPanel("twv_how_long"),
        FieldPanel("twv_not_needed"),
    ]

    class Meta:
        verbose_name = _("employers' vacancy form")

    def twv_rules(self):
        return [
            rule
            for rule in (self.twv_who_applies, self.twv_how_long, self.twv_not_needed)
            if rule is not None
        ]


def retention_days():
    """How long a callback request is kept (settings.CALLBACK_RETENTION_DAYS)."""
    return settings.CALLBACK_RETENTION_DAYS


class EmployerServicePoint(TranslatableMixin, models.Model):
    """The one named contact point for employers (werkgeversservicepunt), one per language.

    Employers ask for "één (gespecialiseerd) aanspreekpunt" (seed 001, 003). Editors fill it in
    in Dutch and translate its prose like a page; the numbers and address are the same in every
    language. Every employer page shows it (employers/contact_point.py); residents' desks are
    not shown there.
    """

    name = models.CharField(
        verbose_name=_("name"),
        max_length=120,
        help_text=_(
            "As employers should know it, for example 'Werkgeversservicepunt Assen'. "
            "At most 120 characters."
        ),
    )
    intro = models.TextField(
        verbose_name=_("short introduction"),
        max_length=400,
        blank=True,
        help_text=_(
            "Optional. What employers can ask here, in one or two plain sentences. "
            "At most 400 characters."
        ),
    )
    phone = models.CharField(
        verbose_name=_("phone"),
        max_length=20,
        blank=True,
        validators=[phone_validator],
        help_text=_(
            "The number employers call, as it is dialled in the Netherlands, for example "
            "0592 123 456. Only a real number of the service point: never a made-up one."
        ),
    )
    email = models.EmailField(
        verbose_name=_("e-mail address"),
        blank=True,
        help_text=_(
            "Employers write to it, and requests to be called back are sent to it. Without an "
            "address those requests are only listed in the admin."
        ),
    )
    opening_hours = models.CharField(
        verbose_name=_("opening hours"),
        max_length=200,
        blank=True,
        help_text=_(
            "When the phone is answered, in words, for example 'Monday to Friday, "
            "9.00 to 17.00'. Optional."
        ),
    )
    street = models.CharField(
        verbose_name=_("street and number"),
        max_length=120,
        blank=True,
        help_text=_("Optional. Only when employers can visit, for example 'Balkenweg 1'."),
    )
    postcode = models.CharField(
        verbose_name=_("postcode"),
        max_length=7,
        blank=True,
        validators=[postcode_validator],
        help_text=_("Optional. For example 9405 CC."),
    )
    city = models.CharField(
        verbose_name=_("place"),
        max_length=80,
        blank=True,
        help_text=_("Optional. For example Assen."),
    )

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("intro"),
        TranslatableField("opening_hours"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        SynchronizedField("street"),
        SynchronizedField("postcode"),
        SynchronizedField("city"),
    ]

    panels = [
        FieldPanel("name"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("opening_hours")],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("street"), FieldPanel("postcode"), FieldPanel("city")],
            heading=_("Address"),
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("employer service point")
        verbose_name_plural = _("employer service points")
        constraints = [
            models.UniqueConstraint(
                fields=["locale"],
                name="employers_one_service_point_per_language",
                violation_error_message=_(
                    "There is already an employer service point in this language. Edit that "
                    "one instead."
                ),
            )
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if not (self.phone or self.email):
            raise ValidationError(
                _("Fill in a phone number, an e-mail address or both, so employers can reach it.")
            )

    @property
    def phone_href(self):
        return "tel:" + "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")

    @property
    def address(self):
        return " ".join(part for part in (self.postcode, self.city) if part)


class CallbackRequestQuerySet(models.QuerySet):
    def older_than_retention(self, now=None):
        cutoff = (now or timezone.now()) - datetime.timedelta(days=retention_days())
        return self.filter(created_at__lt=cutoff)


class CallbackRequest(models.Model):
    """An employer's "call me back" request to the employer service point.

    The only personal data an anonymous visitor leaves with the portal's employer side; deleted
    CALLBACK_RETENTION_DAYS after it came in (purge_callback_requests), as the privacy
    statement says.
    """

    organisation = models.CharField(
        verbose_name=_("organisation"),
        max_length=120,
        help_text=_("The employer's organisation, as typed."),
    )
    name = models.CharField(
        verbose_name=_("name"),
        max_length=80,
        help_text=_("Whom to ask for when calling back."),
    )
    phone = models.CharField(
        verbose_name=_("phone"),
        max_length=30,
        help_text=_("The number to call back, as typed."),
    )
    question = models.TextField(
        verbose_name=_("question"),
        max_length=1000,
        help_text=_("What the employer wants to talk about."),
    )
    language = models.CharField(
        verbose_name=_("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language the request was made in."),
    )
    created_at = models.DateTimeField(verbose_name=_("received on"), auto_now_add=True)
    handled = models.BooleanField(
        verbose_name=_("handled"),
        default=False,
        help_text=_("Tick once the employer has been called back."),
    )

    objects = CallbackRequestQuerySet.as_manager()

    # Editors read the request and tick "handled"; what the employer typed stays as typed.
    panels = [
        FieldPanel("organisation", read_only=True),
        FieldPanel("name", read_only=True),
        FieldPanel("phone", read_only=True),
        FieldPanel("question", read_only=True),
        FieldPanel("language", read_only=True),
        FieldPanel("created_at", read_only=True),
        FieldPanel("handled"),
    ]

    class Meta:
        verbose_name = _("callback request")
        verbose_name_plural = _("callback requests")
        ordering = ["handled", "-created_at"]
        indexes = [models.Index(fields=["created_at"], name="employers_callback_created")]

    def __str__(self):
        return f"{self.name} ({self.organisation})"
