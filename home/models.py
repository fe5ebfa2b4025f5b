from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from home.translation_status import translation_notice
from portal.fields import optional_page_link
from portal.localization import localized_pages

# Rich text for editors stays small on purpose: headings, emphasis, lists and links.
RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class PortalPage(Page):
    """What every public page of the portal shares: the translation notice for readers."""

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["translation_notice"] = translation_notice(self, request)
        return context


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
        context = super().get_context(request, *args, **kwargs)
        employer_page, resident_page = localized_pages(
            [self.employer_page, self.resident_page], self.locale
        )
        context["entries"] = [
            {"title": title, "text": text, "page": page}
            for title, text, page in [
                (self.employer_title, self.employer_text, employer_page),
                (self.resident_title, self.resident_text, resident_page),
            ]
            if page is not None
        ]
        return context


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

    parent_page_types = ["home.HomePage", "home.ContentPage"]

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
