"""StreamField blocks of the guide pages, with descriptions and previews for editors."""

import re

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from home.checker import CONDITION_CHOICES
from home.choices import Actor, Weekday

# Rich text inside blocks: no headings (sections use the heading block, which feeds the table
# of contents), only emphasis, lists and links.
BLOCK_RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]

YOUTUBE_ID = re.compile(
    r"^https://(?:www\.)?(?:youtube\.com/watch\?v=|youtu\.be/|youtube-nocookie\.com/embed/)"
    r"([A-Za-z0-9_-]{11})(?:[&?#].*)?$"
)


class HeadingBlock(blocks.CharBlock):
    """A section heading (h2); guides with three or more get a table of contents."""

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["anchor"] = heading_anchor(value)
        return context

    class Meta:
        template = "home/blocks/heading.html"
        icon = "title"
        label = _("Section heading")
        description = _("Starts a new section; listed in the table of contents.")
        preview_value = "Wanneer mag een asielzoeker werken?"


def heading_anchor(text):
    return slugify(text, allow_unicode=True) or "sectie"


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("step"), help_text=_("What happens, for example 'Apply for the TWV'.")
    )
    text = blocks.RichTextBlock(
        label=_("explanation"),
        features=BLOCK_RICH_TEXT_FEATURES,
        required=False,
        help_text=_("Optional. What the reader needs to know or do."),
    )
    actor = blocks.ChoiceBlock(
        label=_("who does it"), choices=Actor.choices, help_text=_("Who takes this step.")
    )
    duration = blocks.CharBlock(
        label=_("how long it usually takes"),
        required=False,
        max_length=80,
        help_text=_(
            "Optional, only when a source says so, for example 'usually about five weeks'."
        ),
    )


class StepsBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(StepBlock(), **kwargs)

    class Meta:
        template = "home/blocks/steps.html"
        icon = "list-ol"
        label = _("Numbered steps")
        description = _("A procedure in order: who does what, and how long it takes.")


class FlowChartStepBlock(blocks.StructBlock):
    label = blocks.CharBlock(
        label=_("step"), max_length=80, help_text=_("A few words, for example 'UWV decides'.")
    )
    actor = blocks.ChoiceBlock(
        label=_("who does it"), choices=Actor.choices, help_text=_("Who takes this step.")
    )
    duration = blocks.CharBlock(
        label=_("how long it usually takes"),
        required=False,
        max_length=80,
        help_text=_("Optional, only when a source says so."),
    )


class FlowChartBlock(blocks.StructBlock):
    """A route drawn as boxes and arrows from an ordered list.

    The list is the figure: the boxes and arrows are only styling (portal.css), so screen
    readers, text-only browsers and print read the same steps in the same order. No picture
    needs a separate text alternative that could drift from it.
    """

    caption = blocks.CharBlock(
        label=_("caption"), help_text=_("What the chart shows, for example 'From sign-up to work'.")
    )
    steps = blocks.ListBlock(FlowChartStepBlock(), label=_("steps"), min_num=2)
    note = blocks.TextBlock(
        label=_("note"),
        required=False,
        help_text=_("Optional. One sentence under the chart, for example about waiting times."),
    )

    class Meta:
        template = "home/blocks/flow_chart.html"
        icon = "list-ol"
        label = _("Flow chart")
        description = _("An overview of a route as boxes and arrows, readable as a numbered list.")


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("kind"),
        choices=[("info", _("Good to know")), ("warning", _("Watch out"))],
        default="info",
        help_text=_("'Watch out' for risks and common mistakes."),
    )
    title = blocks.CharBlock(label=_("title"), required=False, help_text=_("Optional."))
    text = blocks.RichTextBlock(label=_("text"), features=BLOCK_RICH_TEXT_FEATURES)

    class Meta:
        template = "home/blocks/callout.html"
        icon = "warning"
        label = _("Call-out")
        description = _("A highlighted box: a tip or a warning.")


class FaqItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("question"), help_text=_("As a reader would ask it."))
    answer = blocks.RichTextBlock(label=_("answer"), features=BLOCK_RICH_TEXT_FEATURES)


class FaqBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(FaqItemBlock(), **kwargs)

    class Meta:
        template = "home/blocks/faq.html"
        icon = "help"
        label = _("Questions and answers")
        description = _("Questions that open to show their answer; works without JavaScript.")


class RuleBlock(SnippetChooserBlock):
    def __init__(self, **kwargs):
        super().__init__("home.RuleStatement", **kwargs)

    class Meta:
        template = "home/blocks/rule.html"
        icon = "clipboard-list"
        label = _("Rule statement")
        description = _("A rule with its status and source, kept up to date in one place.")


class DownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(
        label=_("document"), help_text=_("A PDF or flyer from the documents.")
    )
    title = blocks.CharBlock(
        label=_("link text"),
        required=False,
        help_text=_("Optional. Defaults to the document's title."),
    )
    description = blocks.TextBlock(
        label=_("description"),
        required=False,
        help_text=_("Optional. One sentence on what is in it."),
    )

    class Meta:
        template = "home/blocks/download.html"
        icon = "download"
        label = _("Download")
        description = _("A link to a document, with its file type and size.")


class ContactBlock(SnippetChooserBlock):
    def __init__(self, **kwargs):
        # Without a desk the block points residents to the desk finder, so one guide serves
        # residents of every azc.
        kwargs.setdefault("required", False)
        kwargs.setdefault(
            "help_text",
            _("Optional. Leave empty to send residents to the desk finder to find their own desk."),
        )
        super().__init__("home.Location", **kwargs)

    class Meta:
        template = "home/blocks/contact.html"
        icon = "site"
        label = _("Contact desk")
        description = _("Address, opening hours and languages of a Job Office or Meedoenbalie.")


class VideoBlock(blocks.StructBlock):
    url = blocks.URLBlock(
        label=_("YouTube address"),
        help_text=_(
            "For example https://www.youtube.com/watch?v=... Nothing loads from YouTube "
            "until a visitor chooses to play the video."
        ),
    )
    title = blocks.CharBlock(label=_("title"), help_text=_("What the video is about."))
    transcript = blocks.RichTextBlock(
        label=_("transcript"),
        features=BLOCK_RICH_TEXT_FEATURES,
        required=False,
        help_text=_("What is said and shown, for readers who cannot or do not want to watch."),
    )

    def clean(self, value):
        value = super().clean(value)
        if not YOUTUBE_ID.match(value["url"]):
            raise blocks.StructBlockValidationError(
                {"url": ValidationError(_("Enter the address of a YouTube video."))}
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        match = YOUTUBE_ID.match(value["url"])
        video_id = match.group(1) if match else ""
        context["watch_url"] = f"https://www.youtube.com/watch?v={video_id}"
        context["embed_url"] = f"https://www.youtube-nocookie.com/embed/{video_id}?autoplay=1"
        return context

    class Meta:
        template = "home/blocks/video.html"
        icon = "media"
        label = _("Video")
        description = _(
            "A YouTube video behind a play button: no third-party request before a click."
        )


class ComparisonRowBlock(blocks.StructBlock):
    topic = blocks.CharBlock(label=_("topic"), help_text=_("For example 'Work permit (TWV)'."))
    asylum_seeker = blocks.TextBlock(label=_("asylum seeker"))
    status_holder = blocks.TextBlock(label=_("status holder"))


class ComparisonBlock(blocks.StructBlock):
    caption = blocks.CharBlock(label=_("caption"), help_text=_("What the table compares."))
    rows = blocks.ListBlock(ComparisonRowBlock(), label=_("rows"))

    class Meta:
        template = "home/blocks/comparison.html"
        icon = "table"
        label = _("Comparison asylum seeker / status holder")
        description = _("A table with one row per topic.")


class GuideStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    text = blocks.RichTextBlock(
        features=BLOCK_RICH_TEXT_FEATURES,
        label=_("Text"),
        template="home/blocks/text.html",
        description=_("Paragraphs and lists."),
        icon="pilcrow",
    )
    steps = StepsBlock()
    flow_chart = FlowChartBlock()
    callout = CalloutBlock()
    faq = FaqBlock()
    rule = RuleBlock()
    download = DownloadBlock()
    contact = ContactBlock()
    video = VideoBlock()
    comparison = ComparisonBlock()


class OpeningPeriodBlock(blocks.StructBlock):
    weekday = blocks.ChoiceBlock(label=_("day"), choices=Weekday.choices)
    opens = blocks.TimeBlock(label=_("from"), format="%H:%M")
    closes = blocks.TimeBlock(label=_("until"), format="%H:%M")

    def clean(self, value):
        value = super().clean(value)
        if value["opens"] >= value["closes"]:
            raise blocks.StructBlockValidationError(
                {"closes": ValidationError(_("The closing time must be after the opening time."))}
            )
        return value

    class Meta:
        icon = "time"
        label = _("Opening hours")


class CheckerQuestionBlock(blocks.StructBlock):
    condition = blocks.ChoiceBlock(
        label=_("condition"),
        choices=CONDITION_CHOICES,
        help_text=_("The rule this question checks. Each condition once."),
    )
    question = blocks.CharBlock(label=_("question"), help_text=_("Answerable with yes or no."))
    help = blocks.TextBlock(
        label=_("explanation"),
        required=False,
        help_text=_("Optional. Helps the reader answer, for example where to find the date."),
    )
    reason_if_no = blocks.TextBlock(
        label=_("reason shown when the answer is no"),
        required=False,
        help_text=_(
            "Why this condition matters and what the reader can do. Needed for every condition "
            "except the residence permit."
        ),
    )

    class Meta:
        icon = "help"
        label = _("Question")
