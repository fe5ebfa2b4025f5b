import datetime
import math
from urllib.parse import urlencode

from icalendar import Calendar, Event

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Prefetch
from django.http import HttpResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core import sharing, versions
from core.chrome import chrome_for
from core.fields import LanguagesField, optional_page_link
from core.fragments import Fragment, lazily
from core.localization import (
    chosen_pages_q,
    in_active_language,
    language_code_of,
    localize_many,
    shown_for_ids,
)
from core.routing import RoutedPageMixin, public
from home import checker
from home import desks as desks_module
from home.blocks import CheckerQuestionBlock, GuideStreamBlock, heading_anchor
from home.choices import Audience, Sector
from home.translation_status import translation_notice

# Rich text for editors stays small on purpose: headings, emphasis, lists and links.
RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]
PAGE_SIZE = 12
# The story cards' thumbnails (home/includes/story_card.html, as a srcset): 384 px wide for a
# phone that shows them at 1x (about 290-350 CSS px wide there), 480 for sharper screens and
# the widest single-column card; quality 60 is about a third fewer bytes than WebP's default 80
# for a photo, which at this size does not show.
STORY_CARD_IMAGES = (
    "fill-384x216|format-webp|webpquality-60",
    "fill-480x270|format-webp|webpquality-60",
)
# The home page shows this many upcoming events; the agenda has the rest.
HOME_EVENTS = 3


def with_card_images(stories):
    """Stories with their image (in the same query) and its card renditions (one query for all
    cards), not one query per card."""
    renditions = (
        get_image_model().get_rendition_model().objects.filter(filter_spec__in=STORY_CARD_IMAGES)
    )
    return stories.select_related("image").prefetch_related(
        Prefetch("image__renditions", queryset=renditions, to_attr="prefetched_renditions")
    )


def with_shown_locations(events):
    """The events (with select_related location) as a list, each desk in the reader's language
    where translated, for `where`: one query for all, not one per event."""
    events = list(events)
    located = [event for event in events if event.location_id]
    shown = localize_many([event.location for event in located])
    for event, place in zip(located, shown, strict=True):
        event.shown_location = place.obj
    return events


def seconds_until_one_ends(events):
    """How long a list of `events` stays as it is: until the first of them ends (an ended
    event leaves the list); FRAGMENT_SECONDS without events. render_kept (core/fragments.py)
    keeps nothing longer than FRAGMENT_SECONDS in any case."""
    ends = [event.end for event in events]
    if not ends:
        return settings.FRAGMENT_SECONDS
    return max(math.ceil((min(ends) - timezone.now()).total_seconds()), 0)


def shown_snippets(body, block_types):
    """The snippets chosen in blocks of these types, each in the reader's language where
    translated, keyed for the `shown_snippet` tag (home_tags): one query per snippet model for
    the whole page, not one per block (a Dutch guide shown untranslated names Dutch rules)."""
    chosen = [
        block.value for block in body if block.block_type in block_types and block.value is not None
    ]
    return {
        (type(snippet)._meta.label_lower, snippet.pk): shown.obj
        for snippet, shown in zip(chosen, localize_many(chosen), strict=True)
    }


def paginate(request, items, per_page=PAGE_SIZE):
    """A page of `items`; a missing, junk or too-high page number gives the nearest real page."""
    return Paginator(items, per_page).get_page(request.GET.get("page"))


class PortalPage(RoutedPageMixin, Page):
    """What every public page of the portal shares: the translation notice for readers, what
    the head tags say about the page (core/sharing.py), and what its route found with it
    (core/routing.py)."""

    # The og:type of a shared link: pages that are one text are "article".
    share_type = "website"
    # Pages other pages link to by kind (the desk finder, the overviews, the checkers) say
    # which of their fields to carry; core/chrome.py keeps them with the menu per language.
    landmark_fields = None

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["translation_notice"] = translation_notice(self, request)
        return context

    def get_meta_description(self):
        """The editor's search description, else the introduction, else the first paragraph;
        "" for a page not translated into the reader's language (it gets the site's)."""
        if not sharing.in_reader_language(self):
            return ""
        return (
            self.search_description
            or getattr(self, "intro", "")
            or sharing.first_paragraph(getattr(self, "body", None))
        )

    def get_share_image(self):
        """(image, description) to show with a shared link; None: the site's default image."""
        return None

    # The foreign keys whose rows the page shows (a picture, a place): loaded once when its
    # route is found and kept with the route (core/routing.py), whose key moves on when any
    # of those rows is saved (SHARED).
    shown_with_route = ()

    def load_what_it_shows(self):
        for name in self.shown_with_route:
            getattr(self, name)


class HomePage(PortalPage):
    """The start of the portal in one language: who are you, and where do you go from here."""

    intro = models.TextField(
        verbose_name=_("introduction"),
        help_text=_("One or two short sentences under the title, in plain language (B1)."),
    )
    employer_title = models.CharField(
        verbose_name=_("employer entry: title"),
        max_length=80,
        help_text=_("The employers' way in, for example 'Ik ben werkgever'."),
    )
    employer_text = models.TextField(
        verbose_name=_("employer entry: text"),
        max_length=300,
        help_text=_("One sentence that tells employers what they find behind the link."),
    )
    employer_page = optional_page_link(
        _("employer entry: page"),
        _("The page the employer entry links to. Without a page the entry is hidden."),
    )
    resident_title = models.CharField(
        verbose_name=_("resident entry: title"),
        max_length=80,
        help_text=_("The residents' way in, for example 'Ik woon in een azc'."),
    )
    resident_text = models.TextField(
        verbose_name=_("resident entry: text"),
        max_length=300,
        help_text=_("One sentence that tells residents what they find behind the link."),
    )
    resident_page = optional_page_link(
        _("resident entry: page"),
        _("The page the resident entry links to. Without a page the entry is hidden."),
    )

    parent_page_types = ["wagtailcore.Page"]

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("employer_title"),
                FieldPanel("employer_text"),
                FieldPanel("employer_page"),
            ],
            heading=_("Entry for employers"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("resident_title"),
                FieldPanel("resident_text"),
                FieldPanel("resident_page"),
            ],
            heading=_("Entry for residents"),
        ),
    ]

    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        """The home page's lists are one kept part of the page (core/fragments.py): made
        lazily, only when the part is not in the cache, and kept until a page under the home
        page, a vacancy, a snippet or the menu changes, midnight (vacancies close by date) or
        the first event shown ends."""
        context = super().get_context(request, *args, **kwargs)
        chrome = chrome_for(request, language_code_of(self.locale_id))
        entry_pages = lazily(self.entry_pages)
        context["latest_stories"] = with_card_images(
            public(StoryPage.objects.live()).filter(locale_id=self.locale_id)
        ).order_by("-first_published_at")[:3]
        context["story_index"] = chrome.first(StoryIndexPage)
        context["entries"] = lazily(lambda: self.entries(entry_pages))
        context["resident_tasks"] = lazily(lambda: self.resident_tasks(chrome, entry_pages[1]))
        next_events = lazily(
            lambda: with_shown_locations(
                public(EventPage.objects.live())
                .descendant_of(self)
                .filter(end__gte=timezone.now())
                .select_related("location")
                .order_by("start")[:HOME_EVENTS]
            )
        )
        context["next_events"] = next_events
        context["event_index"] = chrome.first(EventIndexPage, under=self.path)
        context["home_lists"] = Fragment(
            "home-lists",
            depends_on=(versions.below_namespace(self.path), versions.BOARD),
            parts=(self.pk,),
            daily=True,
            seconds=lambda: seconds_until_one_ends(next_events),
        )
        return context

    def entries(self, entry_pages):
        employer_page, resident_page = entry_pages
        return [
            {"title": title, "text": text, "page": page}
            for title, text, page in [
                (self.employer_title, self.employer_text, employer_page),
                (self.resident_title, self.resident_text, resident_page),
            ]
            if page is not None
        ]

    def entry_pages(self):
        """The employer and resident entry pages in this home page's language where
        translated (one query)."""
        chosen = [self.employer_page_id, self.resident_page_id]
        pages = Page.objects.filter(chosen_pages_q([pk for pk in chosen if pk], self.locale_id))
        return shown_for_ids(list(pages), chosen, self.locale_id)

    def resident_tasks(self, chrome, resident_page=None):
        """The pages of the three things residents come for, in this home page's language:
        the "may I work?" check, the desk finder and the vacancy board, as landmarks of the
        language's chrome (core/chrome.py: no query of their own).

        Found by page type under this home page, so there is nothing to set up; the residents'
        checker is preferred over other checkers. `home` may not import `vacancies`, so the
        board's type is named, not imported.
        """
        try:
            board = apps.get_model("vacancies", "VacancyIndexPage")
        except LookupError:
            board = None
        resident_path = resident_page.path if resident_page is not None else None
        checkers = chrome.landmarks(CheckerPage)
        check = next(
            (
                checker_page
                for checker_page in checkers
                if resident_path and checker_page.path.startswith(resident_path)
            ),
            None,
        ) or chrome.first(CheckerPage, under=self.path)
        found = {
            "check": check,
            "desk": chrome.first(LocationIndexPage, under=self.path),
            "vacancies": chrome.first(board, under=self.path) if board else None,
        }
        return [(kind, page) for kind, page in found.items() if page is not None]


class ContentPage(PortalPage):
    """A plain page of text: the accessibility statement, the privacy statement, contact."""

    intro = models.TextField(
        verbose_name=_("introduction"),
        blank=True,
        help_text=_("Optional. A short summary shown in bold under the title."),
    )
    body = RichTextField(
        verbose_name=_("text"),
        features=RICH_TEXT_FEATURES,
        help_text=_("The text of the page. Use headings (H2, H3) to split long text."),
    )

    parent_page_types = ["home.HomePage", "home.ContentPage", "home.SectionIndexPage"]
    share_type = "article"

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")


class PageTranslationStatus(models.Model):
    """Whether a person who reads both languages has checked a translated page.

    Kept beside the page rather than on it, so that wagtail-localize never copies or translates
    it, and readers are told how far they can trust a translation (FACTS.md, "Languages").
    """

    class Status(models.TextChoices):
        REVIEWED = "reviewed", _("checked by a person")
        UNREVIEWED = "unreviewed", _("not yet checked by a person")
        MACHINE = "machine", _("machine translation, not yet checked by a person")

    page = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="translation_status",
        help_text=_("A translated page (not a Dutch source page)."),
    )
    status = models.CharField(
        verbose_name=_("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.UNREVIEWED,
        help_text=_(
            "Choose 'checked by a person' only when someone who reads both languages has "
            "compared the translation with the Dutch text."
        ),
    )
    updated_at = models.DateTimeField(verbose_name=_("last changed"), auto_now=True)

    panels = [FieldPanel("page"), FieldPanel("status")]

    class Meta:
        verbose_name = _("translation status")
        verbose_name_plural = _("translation statuses")

    def __str__(self):
        return f"{self.page} ({self.page.locale.language_code}): {self.get_status_display()}"


class SectionIndexPage(PortalPage):
    """The start of one audience's guidance: its guides in the order editors put them."""

    intro = models.TextField(
        verbose_name=_("introduction"),
        help_text=_("Who this section is for and what they find here, in one or two sentences."),
    )
    audience = models.CharField(
        verbose_name=_("audience"),
        max_length=20,
        choices=Audience.choices,
        help_text=_("Whom the guides in this section speak to."),
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.GuidePage", "home.CheckerPage", "home.ContentPage"]
    landmark_fields = ("audience",)
    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("audience")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def get_context(self, request, *args, **kwargs):
        """The guides, made only when their list is not kept (core/fragments.py): it is the
        same for every visitor of the language until a page under the section changes."""
        context = super().get_context(request, *args, **kwargs)
        context["guides"] = lazily(lambda: list(public(self.get_children().live()).specific()))
        context["guide_list"] = Fragment(
            "section-guides", depends_on=(versions.below_namespace(self.path),), parts=(self.pk,)
        )
        return context


class GuidePage(PortalPage):
    """Guidance on one subject, built from blocks: steps, rules, questions, contact desks."""

    intro = models.TextField(
        verbose_name=_("introduction"),
        max_length=400,
        help_text=_("What the reader learns here, in one or two plain sentences (B1)."),
    )
    last_checked = models.DateField(
        verbose_name=_("last checked on"),
        default=timezone.localdate,
        help_text=_("When an editor last checked this guide against the rules. Shown to readers."),
    )
    body = StreamField(
        GuideStreamBlock(),
        verbose_name=_("content"),
        help_text=_(
            "Start sections with a section heading; three or more make a table of contents."
        ),
    )

    parent_page_types = ["home.SectionIndexPage"]
    subpage_types = []
    share_type = "article"
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("last_checked"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    override_translatable_fields = [SynchronizedField("last_checked")]

    class Meta:
        verbose_name = _("guide")
        verbose_name_plural = _("guides")

    def clean(self):
        super().clean()
        if self.last_checked and self.last_checked > timezone.localdate():
            raise ValidationError({"last_checked": _("This date lies in the future.")})

    @cached_property
    def table_of_contents(self):
        headings = [
            {"text": block.value, "anchor": heading_anchor(block.value)}
            for block in self.body
            if block.block_type == "heading"
        ]
        return headings if len(headings) >= 3 else []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["expired_rules"] = [
            block.value
            for block in self.body
            if block.block_type == "rule" and block.value is not None and block.value.is_expired
        ]
        kept = getattr(self, "kept_snippets", None)
        context["shown_snippets"] = kept if kept is not None else self.snippets_it_shows()
        return context

    def snippets_it_shows(self):
        return shown_snippets(self.body, ("rule", "contact"))

    def load_what_it_shows(self):
        """The rules and desks its blocks choose, in the reader's language: a route is kept per
        language (core/routing.py), and saving a rule or desk moves its key on (SHARED). The
        blocks themselves are not kept: Wagtail pickles a StreamField as its raw data, so the
        rows its choosers show are read again, in one query per block type."""
        super().load_what_it_shows()
        self.kept_snippets = self.snippets_it_shows()


class CheckerPage(PortalPage):
    """'May I work?' for residents, 'May I hire this person?' for employers.

    The wording is content that editors and translators change; the rule is home.checker.decide.
    """

    intro = models.TextField(
        verbose_name=_("introduction"),
        help_text=_("What the check does, and that its answer is no legal decision."),
    )
    questions = StreamField(
        [("question", CheckerQuestionBlock())],
        verbose_name=_("questions"),
        help_text=_("One question for each condition, each condition once, in the order to ask."),
    )
    permit_answer = RichTextField(
        verbose_name=_("answer: has a residence permit"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Shown to someone with a residence permit: may work, no TWV needed."),
    )
    eligible_answer = RichTextField(
        verbose_name=_("answer: may work with a TWV"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Shown when every condition is met: the employer applies for a TWV at UWV."),
    )
    not_yet_answer = RichTextField(
        verbose_name=_("answer: not yet"),
        features=RICH_TEXT_FEATURES,
        help_text=_(
            "Shown under the reasons when a condition is not met: what to do, whom to ask."
        ),
    )

    parent_page_types = ["home.SectionIndexPage"]
    subpage_types = []
    landmark_fields = ()
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("questions"),
        MultiFieldPanel(
            [
                FieldPanel("permit_answer"),
                FieldPanel("eligible_answer"),
                FieldPanel("not_yet_answer"),
            ],
            heading=_("Answers"),
        ),
    ]

    class Meta:
        verbose_name = _("work permission check")
        verbose_name_plural = _("work permission checks")

    def clean(self):
        super().clean()
        asked = [block.value["condition"] for block in self.questions]
        if sorted(asked) != sorted(checker.CONDITIONS):
            raise ValidationError({"questions": _("Ask about every condition exactly once.")})
        if any(
            not block.value["reason_if_no"].strip()
            for block in self.questions
            if block.value["condition"] != checker.PERMIT
        ):
            raise ValidationError(
                {"questions": _("Give a reason for every condition except the residence permit.")}
            )

    @property
    def question_list(self):
        return [
            {
                "condition": b.value["condition"],
                "question": b.value["question"],
                "help": b.value["help"],
                "reason_if_no": b.value["reason_if_no"],
            }
            for b in self.questions
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        questions = self.question_list
        answered = any(key in request.GET for key in checker.CONDITIONS)
        form = checker.CheckerForm(questions, request.GET if answered else None)
        context["form"] = form
        if answered and form.is_valid():
            verdict = form.verdict()
            reasons = {q["condition"]: q["reason_if_no"] for q in questions}
            context["verdict"] = verdict
            context["reasons"] = [reasons[key] for key in verdict.unmet]
        return context


class StoryPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned = super().clean()
        if "action-publish" in self.data and not cleaned.get("consent_recorded"):
            self.add_error("consent_recorded", StoryPage.CONSENT_MISSING)
        return cleaned


class StoryPage(PortalPage):
    """A success story: a resident or an employer, in their own words, with their consent."""

    CONSENT_MISSING = _("Record the consent of the people in this story before publishing it.")

    quote = models.TextField(
        verbose_name=_("quote"),
        max_length=300,
        help_text=_("One or two sentences in the person's own words."),
    )
    quote_by = models.CharField(
        verbose_name=_("quote by"),
        max_length=120,
        help_text=_("Who said it, as they agreed to be named, for example 'Samir, cook'."),
    )
    body = RichTextField(
        verbose_name=_("story"),
        features=RICH_TEXT_FEATURES,
        help_text=_("The story: how it started, what helped, what others can learn."),
    )
    sector = models.CharField(
        verbose_name=_("sector"),
        max_length=20,
        choices=Sector.choices,
        help_text=_("The sector of the job; readers filter stories by it."),
    )
    place = models.CharField(
        verbose_name=_("place"),
        max_length=80,
        help_text=_("The municipality, for example Zaanstad."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=False,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "A photo or illustration. Only with consent of everyone who can be recognised."
        ),
    )
    image_alt = models.CharField(
        verbose_name=_("image description"),
        max_length=200,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    consent_recorded = models.BooleanField(
        verbose_name=_("consent recorded"),
        default=False,
        help_text=_("Tick only when the people in the story agreed in writing to its publication."),
    )
    consent_date = models.DateField(
        verbose_name=_("date of consent"),
        null=True,
        blank=True,
        help_text=_("When they gave their consent."),
    )

    base_form_class = StoryPageForm
    parent_page_types = ["home.StoryIndexPage"]
    subpage_types = []
    share_type = "article"
    shown_with_route = ("image",)
    content_panels = Page.content_panels + [
        FieldPanel("quote"),
        FieldPanel("quote_by"),
        FieldPanel("body"),
        FieldRowPanel([FieldPanel("sector"), FieldPanel("place")]),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        MultiFieldPanel(
            [FieldPanel("consent_recorded"), FieldPanel("consent_date")], heading=_("Consent")
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("quote"),
        index.SearchField("body"),
        index.FilterField("sector"),
        index.FilterField("place"),
    ]
    override_translatable_fields = [
        SynchronizedField("place"),
        SynchronizedField("consent_recorded"),
        SynchronizedField("consent_date"),
    ]

    class Meta:
        verbose_name = _("success story")
        verbose_name_plural = _("success stories")

    def clean(self):
        super().clean()
        errors = {}
        if self.live and not self.consent_recorded:
            errors["consent_recorded"] = self.CONSENT_MISSING
        if self.consent_recorded and not self.consent_date:
            errors["consent_date"] = _("Fill in when the consent was given.")
        if self.consent_date and self.consent_date > timezone.localdate():
            errors["consent_date"] = _("This date lies in the future.")
        if errors:
            raise ValidationError(errors)

    def get_meta_description(self):
        """The person's own words sum a story up best."""
        if not sharing.in_reader_language(self):
            return ""
        return self.search_description or self.quote or sharing.first_paragraph(self.body)

    def get_share_image(self):
        return (self.image, self.image_alt) if self.image_id else None


class OverviewPage(PortalPage):
    """A page under the home page that lists things (stories, events, locations)."""

    intro = models.TextField(
        verbose_name=_("introduction"),
        blank=True,
        help_text=_("Optional. One sentence above the list."),
    )

    parent_page_types = ["home.HomePage"]
    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        abstract = True


class StoryIndexPage(OverviewPage):
    """All success stories, newest first, filtered by sector and place."""

    subpage_types = ["home.StoryPage"]
    landmark_fields = ()

    class Meta:
        verbose_name = _("story overview")
        verbose_name_plural = _("story overviews")

    def stories(self):
        return with_card_images(public(StoryPage.objects.live()).child_of(self)).order_by(
            "-first_published_at"
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        stories = self.stories()
        places = sorted(set(stories.values_list("place", flat=True)))
        sector = request.GET.get("sector", "")
        place = request.GET.get("place", "")
        if sector in Sector.values:
            stories = stories.filter(sector=sector)
        else:
            sector = ""
        if place in places:
            stories = stories.filter(place=place)
        else:
            place = ""
        context.update(
            stories=paginate(request, stories),
            sectors=Sector.choices,
            places=places,
            chosen_sector=sector,
            chosen_place=place,
            query_string=urlencode({k: v for k, v in (("sector", sector), ("place", place)) if v}),
        )
        return context


class EventPage(RoutablePageMixin, PortalPage):
    """A job fair, information session, workshop, speed date or walk-in hour."""

    class Kind(models.TextChoices):
        JOB_FAIR = "banenmarkt", _("Job fair")
        INFORMATION = "voorlichting", _("Information session")
        WORKSHOP = "workshop", _("Workshop")
        SPEED_DATE = "speeddate", _("Speed date with employers")
        WALK_IN = "inloopspreekuur", _("Walk-in hour")

    kind = models.CharField(
        verbose_name=_("kind"),
        max_length=20,
        choices=Kind.choices,
        help_text=_("What sort of event this is."),
    )
    intro = models.TextField(
        verbose_name=_("introduction"),
        max_length=400,
        help_text=_("What happens and who it is for, in one or two sentences."),
    )
    start = models.DateTimeField(verbose_name=_("starts"), help_text=_("Date and time it starts."))
    end = models.DateTimeField(verbose_name=_("ends"), help_text=_("Date and time it ends."))
    location = models.ForeignKey(
        "home.Location",
        verbose_name=_("at a desk"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Choose a Job Office or Meedoenbalie, or fill in the address below."),
    )
    address = models.CharField(
        verbose_name=_("address"),
        max_length=200,
        blank=True,
        help_text=_("Where it is, when it is not at one of the desks."),
    )
    languages = LanguagesField(
        verbose_name=_("languages spoken"), help_text=_("The languages spoken at the event.")
    )
    registration = RichTextField(
        verbose_name=_("how to register"),
        features=RICH_TEXT_FEATURES,
        help_text=_("How to sign up, or that no sign-up is needed."),
    )

    parent_page_types = ["home.EventIndexPage"]
    subpage_types = []
    share_type = "article"
    shown_with_route = ("location",)
    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        MultiFieldPanel([FieldPanel("location"), FieldPanel("address")], heading=_("Where")),
        FieldPanel("languages"),
        FieldPanel("registration"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.FilterField("start")]
    override_translatable_fields = [SynchronizedField("languages"), SynchronizedField("address")]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The end must be after the start.")})
        if not self.location_id and not self.address:
            raise ValidationError({"address": _("Choose a desk or fill in an address.")})

    @property
    def is_past(self):
        return self.end < timezone.now()

    def get_meta_description(self):
        """When it is, in the reader's language, then what it is about."""
        text = super().get_meta_description()
        if not text:
            return ""
        start = timezone.localtime(self.start)
        when = f"{date_format(start, 'l')} {date_format(start, 'DATETIME_FORMAT')}"
        return f"{when} · {text}"

    @property
    def where(self):
        if self.location_id:
            place = getattr(self, "shown_location", None) or in_active_language(self.location)
            # Some desks have no street address or postcode in the sources.
            town = " ".join(part for part in (place.postcode, place.city) if part)
            return ", ".join(part for part in (place.name, place.street, town) if part)
        return self.address

    @path("")
    def event(self, request):
        return self.render(request)

    @path("ics/", name="ics")
    def ics(self, request):
        calendar = Calendar()
        calendar.add("prodid", "-//Werkroute//Agenda//NL")
        calendar.add("version", "2.0")
        event = Event()
        # The same event in every language: one UID, so a calendar never holds it twice.
        event.add("uid", f"{self.translation_key}@werkroute")
        event.add("dtstamp", self.last_published_at or timezone.now())
        event.add("dtstart", self.start.astimezone(datetime.UTC))
        event.add("dtend", self.end.astimezone(datetime.UTC))
        event.add("summary", self.title)
        event.add("description", self.intro)
        event.add("location", self.where)
        event.add("url", request.build_absolute_uri(self.get_url(request)))
        calendar.add_component(event)
        response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.slug}.ics"'
        return response


class EventIndexPage(RoutablePageMixin, OverviewPage):
    """Upcoming events first; past ones in the archive."""

    subpage_types = ["home.EventPage"]
    landmark_fields = ()

    class Meta:
        verbose_name = _("event overview")
        verbose_name_plural = _("event overviews")

    def events(self):
        return public(EventPage.objects.live()).child_of(self).select_related("location")

    @path("")
    def upcoming(self, request):
        upcoming = self.events().filter(end__gte=timezone.now()).order_by("start")
        return self.render(
            request, context_overrides={"events": paginate(request, upcoming), "archive": False}
        )

    @path("archief/", name="archive")
    def past(self, request):
        past = self.events().filter(end__lt=timezone.now()).order_by("-start")
        return self.render(
            request, context_overrides={"events": paginate(request, past), "archive": True}
        )


class LocationIndexPage(OverviewPage):
    """Where residents get help with work: every Job Office, Meedoenbalie and Werkbalie."""

    subpage_types = []
    landmark_fields = ()

    class Meta:
        verbose_name = _("location overview")
        verbose_name_plural = _("location overviews")

    def get_context(self, request, *args, **kwargs):
        """The desk finder: a resident picks their azc or place and sees the desk for it."""
        context = super().get_context(request, *args, **kwargs)
        desks = desks_module.source_desks()
        names = desks_module.served_place_names(desks)
        asked = request.GET.get("place", "").strip()[:120]
        chosen = desks_module.served_name(asked, names)
        found = desks_module.desks_serving([chosen], desks) if chosen else []
        # Every desk in the page's language in one query; the found ones are among them.
        shown = dict(
            zip(
                desks,
                desks_module.in_language(desks, language_code_of(self.locale_id)),
                strict=True,
            )
        )
        context.update(
            place_names=names,
            chosen_place=chosen,
            unknown_place=bool(asked) and not found,
            found_desks=[shown[desk] for desk in found],
            locations=list(shown.values()),
        )
        return context
