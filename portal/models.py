from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from portal.fields import optional_page_link


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
