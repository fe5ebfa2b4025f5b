"""The head tags every page carries (description, canonical URL, Open Graph, Twitter card) and
the share links of vacancies, stories and events. What they say comes from core/sharing.py.

base.html captures the title and description blocks as plain text and hands them to
`{% head_meta %}`; a template says no more than its title and, where the page cannot, its
description block."""

from urllib.parse import quote

from django import template
from django.conf import settings
from django.utils import translation

from wagtail.models import Page

from core import sharing
from core.languages import open_graph_locale

register = template.Library()


class CaptureNode(template.Node):
    # Blocks inside stay overridable: {% extends %} finds them through child_nodelists.
    child_nodelists = ("nodelist",)

    def __init__(self, nodelist, name):
        self.nodelist = nodelist
        self.name = name

    def render(self, context):
        context[self.name] = sharing.plain_text(self.nodelist.render(context))
        return ""


@register.tag
def capture(parser, token):
    """{% capture as name %}...{% endcapture %}: what the inside renders, as plain text (no
    tags, entities decoded, on one line), in the variable `name`; outputs nothing."""
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Use {% capture as name %}...{% endcapture %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])


@register.inclusion_tag("includes/head_meta.html", takes_context=True)
def head_meta(context, title, description=""):
    """Description, canonical URL, Open Graph and Twitter tags of the page being rendered.

    `title` and `description` are the template's (captured blocks); an empty description
    falls back to the context's `meta_description`, then the page's (core/sharing.py)."""
    request = context.get("request")
    if request is None:
        return {}
    page = context.get("page")
    page = page if isinstance(page, Page) else None
    description = description or context.get("meta_description") or ""
    description = sharing.trimmed(description) if description else sharing.page_description(page)
    current = translation.get_language() or settings.LANGUAGE_CODE
    alternates = context.get("alternates") or []
    image = sharing.share_image_of(request, page)
    return {
        "title": title,
        "description": description,
        "canonical_url": sharing.canonical_url(request),
        "type": context.get("share_type") or getattr(page, "share_type", "website"),
        "site_name": settings.WAGTAIL_SITE_NAME,
        "locale": open_graph_locale(current),
        "alternate_locales": [
            open_graph_locale(alternate.code)
            for alternate in alternates
            if alternate.has_own_text and alternate.code != current
        ],
        "image": image,
    }


@register.inclusion_tag("includes/share.html", takes_context=True)
def share_links(context, title):
    """A WhatsApp link and the page's link to copy: plain links, nothing from another site."""
    request = context["request"]
    url = sharing.canonical_url(request)
    # The title, then the link: WhatsApp shows the link's preview from the head tags.
    message = f"{sharing.plain_text(title)} {url}"
    return {
        "url": url,
        "whatsapp_url": "https://wa.me/?text=" + quote(message, safe=""),
    }
