from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin

from core.fields import optional_page_link


@register_setting(icon="site")
class FooterSettings(BaseSiteSetting):
    """Contact details and statement pages in the footer of every page.

    Pages are chosen in Dutch; each visitor sees the translation in their own language.
    """

    contact_email = models.EmailField(
        verbose_name=_("contact e-mail address"),
        blank=True,
        help_text=_("The address residents and employers can write to about the portal."),
    )
    contact_phone = models.CharField(
        verbose_name=_("contact phone number"),
        max_length=30,
        blank=True,
        help_text=_("As it should be dialled in the Netherlands, for example 0592 123 456."),
    )
    contact_page = optional_page_link(
        _("contact page"),
        _("Optional page with more ways to get in touch."),
    )
    accessibility_page = optional_page_link(
        _("accessibility statement"),
        _("The accessibility statement (toegankelijkheidsverklaring). Required by law."),
    )
    privacy_page = optional_page_link(
        _("privacy statement"),
        _("The privacy statement: what the portal stores and for how long."),
    )

    select_related = ["contact_page", "accessibility_page", "privacy_page"]

    panels = [
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_phone")], heading=_("Contact")
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_page"),
                FieldPanel("accessibility_page"),
                FieldPanel("privacy_page"),
            ],
            heading=_("Pages linked from the footer"),
        ),
    ]

    class Meta:
        verbose_name = _("footer")


@register_setting(icon="image")
class ShareSettings(BaseSiteSetting):
    """The picture a shared link shows (WhatsApp, LinkedIn, Facebook) when its page has none.

    A success story shows its own photo; every other page shows this one. The head tags of
    every page read it (core/sharing.py), from the cache: changing it moves SHARED on.
    """

    default_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("default share image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown with a link to a page that has no picture of its own, for example in "
            "WhatsApp or LinkedIn. It is cut to 1200 × 630 pixels, so keep the important part "
            "in the middle. Without an image, shared links show no picture."
        ),
    )
    default_image_alt = models.CharField(
        verbose_name=_("description of the default share image"),
        max_length=200,
        blank=True,
        help_text=_(
            "What the image shows, in a few Dutch words, for people who cannot see it. "
            "Readers in other languages hear the site name instead, so put the name in the "
            "image."
        ),
    )

    select_related = ["default_image"]

    panels = [FieldPanel("default_image"), FieldPanel("default_image_alt")]

    class Meta:
        verbose_name = _("sharing")

    def clean(self):
        super().clean()
        if self.default_image_id and not self.default_image_alt.strip():
            raise ValidationError(
                {"default_image_alt": _("Describe the image for people who cannot see it.")}
            )


class MenuItemBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(
        label=_("page"),
        help_text=_(
            "The page this item opens. Readers get the page in their own language, under its "
            "title in that language."
        ),
    )
    label = blocks.CharBlock(
        label=_("label"),
        required=False,
        max_length=40,
        help_text=_(
            "Optional. A shorter name than the page title, for example 'Vacatures'. It is "
            "translated with the menu; readers of an untranslated menu see the page title."
        ),
    )

    class Meta:
        icon = "link"
        label = _("Menu item")


class MainMenu(TranslatableMixin, models.Model):
    """The main navigation under the site name, one menu per language.

    Make the menu in Dutch and translate it like a page; a language without a translation shows
    the Dutch menu's pages in that language, under their own titles.
    """

    items = StreamField(
        [("item", MenuItemBlock())],
        verbose_name=_("menu items"),
        blank=True,
        help_text=_(
            "The pages in the main navigation, in order. Keep it short: six items fit on one line "
            "on a laptop; on a phone the menu folds under a 'Menu' button."
        ),
    )

    panels = [FieldPanel("items")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("main menu")
        verbose_name_plural = _("main menus")
        constraints = [
            models.UniqueConstraint(
                fields=["locale"],
                name="portal_one_main_menu_per_language",
                violation_error_message=_(
                    "There is already a main menu in this language. Edit that one instead."
                ),
            )
        ]

    def __str__(self):
        return str(_("Main menu (%(language)s)") % {"language": self.locale.get_display_name()})
