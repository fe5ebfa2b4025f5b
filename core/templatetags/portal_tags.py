"""Site chrome that every page shares: language alternates, breadcrumbs, footer links."""

import unicodedata
from dataclasses import dataclass

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.functional import SimpleLazyObject
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from wagtail.models import Page

from core import shell, slots
from core.chrome import chrome_for
from core.fragments import render_kept
from core.localization import has_own_text, language_code_of, text_language, translations_of
from core.menu import current_link, main_menu_links
from core.structured_data import breadcrumb_list, json_ld_script

register = template.Library()


@dataclass(frozen=True)
class LanguageAlternate:
    code: str
    name_local: str
    url: str
    is_current: bool
    bidi: bool
    # False when this language shows the Dutch text (an untranslated page): such a URL is kept
    # in the switcher but left out of the hreflang alternates.
    has_own_text: bool


def home_url(language_code):
    with translation.override(language_code):
        return reverse("wagtail_serve", args=[""])


def _page_translations(page):
    """The live translations of a page by language code, fetched with the page (no query when
    the route found it, core/routing.py)."""
    return {
        language_code_of(translated.locale_id): translated
        for translated in translations_of(page)
        if translated.live
    }


def language_alternates_for(request, page=None):
    """Where the current page lives in each portal language, in the order of LANGUAGES."""
    current = translation.get_language()
    translations = _page_translations(page) if isinstance(page, Page) else {}
    alternates = []
    for code, _name in settings.LANGUAGES:
        info = translation.get_language_info(code)
        translated_page = translations.get(code)
        if translated_page is not None:
            # A routable page's sub-URL (a vacancy, its poster) exists in every language.
            url = translated_page.get_url(request) + getattr(request, "alternate_subpath", "")
            own_text = has_own_text(translated_page)
        elif isinstance(page, Page):
            # A page that does not exist in this language: offer that language's home page.
            url, own_text = home_url(code), False
        else:
            url, own_text = translate_url(request.path, code), True
        alternates.append(
            LanguageAlternate(
                code=code,
                name_local=info["name_local"],
                url=url,
                is_current=code == current,
                bidi=info["bidi"],
                has_own_text=own_text,
            )
        )
    return alternates


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """The page's alternates, worked out when a template first reads them: not at all when the
    frame's parts that show them come from the cache (core/shell.py)."""
    request = context.get("request")
    if request is None:
        return []
    page = context.get("page")
    return SimpleLazyObject(lambda: language_alternates_for(request, page))


@register.simple_tag(takes_context=True)
def kept_shell(context, title, description):
    """The frame's parts of this page as kept in the cache (core/shell.py), for `{% keep %}`."""
    page = context.get("page")
    return shell.frame_parts(
        context.get("request"),
        page if isinstance(page, Page) else None,
        title=title,
        description=description,
        context_description=context.get("meta_description") or "",
        share_type=context.get("share_type") or "",
    )


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    return context["request"].build_absolute_uri(url)


@register.filter
def content_language(page):
    """The language a page's text is written in: Dutch for an untranslated page (an alias)."""
    return text_language(page)


@register.filter
def language_dir(language_code):
    """The direction, rtl or ltr, to give text written in the language with this code.

    An element with a dir attribute is isolated from the text around it (the HTML rendering rules
    give it unicode-bidi: isolate), so a Dutch title inside an Arabic breadcrumb keeps its own
    order. Better than dir="auto" for text whose language is known: an Arabic title that starts
    with a Latin name ("Werkroute: ...") stays right to left.
    """
    try:
        return "rtl" if translation.get_language_info(language_code)["bidi"] else "ltr"
    except KeyError:
        return "auto"


@register.filter
def direction_of(text, language_code):
    """The direction of a title or name: its script's when it has only one, else its language's.

    A translation may keep its Dutch title while the page is Arabic ("Doe de check: mag ik
    werken?"); given rtl, the question mark would move to the start. An Arabic title that starts
    with a Latin name ("Werkroute: ...") has both scripts and keeps its language's direction.
    """
    scripts = {unicodedata.bidirectional(character) for character in str(text)}
    right_to_left = bool(scripts & {"R", "AL"})
    if right_to_left != ("L" in scripts):
        return "rtl" if right_to_left else "ltr"
    return language_dir(language_code)


@register.filter
def bdi(value):
    """The value, escaped, in a <bdi> element: a name or title of unknown direction inside a
    translated sentence ("More about {{ name }}") neither reorders the sentence nor is reordered
    by it. Use it on the variables of a blocktranslate, so the msgid stays plain text."""
    return format_html("<bdi>{}</bdi>", value)


@register.simple_tag
def breadcrumb_pages(page):
    """The ancestors of a page from its language's home page down, without the page itself:
    those the route passed through (core/routing.py), else one query."""
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    passed = getattr(page, "route_ancestors", None)
    if passed is not None:
        return [ancestor for ancestor in passed if ancestor.depth >= 2]
    return list(page.get_ancestors().filter(depth__gte=2).select_related("locale"))


@register.simple_tag(takes_context=True)
def breadcrumb_json_ld(context, crumbs, subpage_title=""):
    """The visible breadcrumb trail as a schema.org BreadcrumbList, from the same pages and
    titles as includes/breadcrumbs.html, with absolute URLs."""
    request = context.get("request")
    page = context.get("page")
    if request is None or not crumbs or not isinstance(page, Page):
        return ""

    def absolute(url):
        return request.build_absolute_uri(url) if url else None

    trail = [(crumb.title, absolute(crumb.get_url(request))) for crumb in crumbs]
    trail.append((page.title, absolute(page.get_url(request))))
    if subpage_title:
        trail.append((subpage_title, absolute(request.path)))
    return json_ld_script(breadcrumb_list(trail))


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer in the page's language, from the language's chrome (core/chrome.py): the
    contact details and the statement pages, read from the cache, never written (a site
    without footer settings gets the footer without them)."""
    request = context.get("request")
    if request is None:
        return ""
    page = context.get("page")
    chrome = chrome_for(request, shell.frame_language(page if isinstance(page, Page) else None))
    return render_to_string(
        "includes/footer.html", {"footer": chrome, "links": chrome.footer_links}, request=request
    )


class KeepNode(template.Node):
    child_nodelists = ("nodelist",)

    def __init__(self, nodelist, fragment):
        self.nodelist = nodelist
        self.fragment = fragment

    def render(self, context):
        return render_kept(
            self.fragment.resolve(context) or None,
            context.get("request"),
            lambda: self.nodelist.render(context),
        )


@register.tag
def keep(parser, token):
    """{% keep fragment %}...{% endkeep %}: what the inside renders, kept in the cache for
    every visitor of the language until what it is made from changes (core/fragments.py);
    `fragment` is a core.fragments.Fragment, or None to render the inside every time."""
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("Use {% keep fragment %}...{% endkeep %}")
    nodelist = parser.parse(("endkeep",))
    parser.delete_first_token()
    return KeepNode(nodelist, parser.compile_filter(bits[1]))


@register.simple_tag
def current_home_url():
    return home_url(translation.get_language() or settings.LANGUAGE_CODE)


@register.simple_tag(takes_context=True)
def page_slot(context, name, subject=None):
    """Render what other apps registered for slot `name` (see core/slots.py); `subject` is
    what the slot is about when it is not the page, such as the vacancy on a vacancy page."""
    request = context.get("request")
    rendered = []
    for part in slots.parts(name):
        part_context = part.get_context(request, context.get("page"), subject)
        if part_context is not None:
            rendered.append(render_to_string(part.template_name, part_context, request=request))
    # Each part is the output of an autoescaping template.
    return mark_safe("".join(rendered))  # noqa: S308


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The main navigation for this reader: (title, url, language, aria-current) per item.

    The links are the same on every page of a language: they come from the language's chrome
    (core/chrome.py), cached until content changes; only which one is current is worked out
    per request.
    """
    request = context.get("request")
    if request is None:
        return []
    language = translation.get_language() or settings.LANGUAGE_CODE
    links = main_menu_links(request, language)
    current, exact = current_link(links, request.path)
    return [
        {
            "title": link.title,
            "url": link.url,
            "language": link.language,
            "current": ("page" if exact else "true") if link is current else "",
        }
        for link in links
    ]
