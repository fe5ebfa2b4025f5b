"""What a page says about itself to search engines and to apps a link is shared in: its
description, canonical URL and share image. The head tags (core/templatetags/head_tags.py)
ask here; pages answer through small hooks:

- `page.get_meta_description()`: the page's own summary in the reader's language, or "" when
  it has none (home/models/pages.py gives every portal page one: search description, else
  introduction, else the first paragraph);
- `page.get_share_image()`: (image, description) of the page's own picture, or None;
- `page.share_type`: the og:type, "website" unless the page is an article;
- views that are not pages put `meta_description` or `share_type` in the template context, or
  fill the template's `{% block description %}`.

The canonical URL is the page's own language URL, absolute, without a query string: filters,
search words and tracking parameters (utm_..., fbclid) all point to the plain page. The one
exception is the page number of an unfiltered list (?page=3): page 3 of the stories shows
other stories than page 1, so it is its own canonical page (Google's advice for paginated
lists), while page 3 of a filtered list points to the plain list.
"""

import html
import re
from dataclasses import dataclass

from django.conf import settings
from django.utils.html import strip_tags
from django.utils.translation import gettext

from core.localization import reader_language, text_language

# A description longer than this is cut short by search engines and apps anyway.
DESCRIPTION_LENGTH = 160
# Open Graph's recommended size (1.91:1), as JPEG: every app that reads og:image shows it.
SHARE_IMAGE_SPEC = "fill-1200x630|format-jpeg"
# The only query parameter a canonical URL keeps, and only on an unfiltered list.
PAGE_PARAMETER = "page"
# Parameters that only say where a visitor came from: they never make a list "filtered".
TRACKING_PARAMETERS = {"fbclid", "gclid", "msclkid", "mc_cid", "mc_eid", "igshid", "ref"}
TRACKING_PREFIXES = ("utm_",)


def plain_text(markup):
    """Text without tags or entities, on one line: what a meta tag or a title may hold."""
    text = html.unescape(strip_tags(str(markup or "")))
    return " ".join(text.split())


def trimmed(text, limit=DESCRIPTION_LENGTH):
    """`text` in at most `limit` characters, cut after a whole word and marked with an ellipsis."""
    text = plain_text(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut and not text[limit - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-–·") + "…"


_PARAGRAPH = re.compile(r"<p\b[^>]*>(.*?)</p>", re.IGNORECASE | re.DOTALL)


def first_paragraph(rich_text):
    """The first non-empty paragraph of rich text, as plain text ("" for anything else)."""
    if not isinstance(rich_text, str):
        rich_text = getattr(rich_text, "source", "")
        if not isinstance(rich_text, str):
            return ""
    for paragraph in _PARAGRAPH.findall(rich_text):
        text = plain_text(paragraph)
        if text:
            return text
    return plain_text(rich_text)


def site_description():
    """What the portal is, in the reader's language: for pages without text of their own."""
    return gettext(
        "Werkroute helps residents of asylum seekers' centres (azc) find paid work, and "
        "employers hire them: the rules, vacancies, success stories and events."
    )


def in_reader_language(page):
    """Whether the page's own text is in the reader's language (an untranslated page, an alias
    of the Dutch one, is not)."""
    return text_language(page) == reader_language()


def page_description(page):
    """The page's summary (search description, introduction ...) in the reader's language; the
    site's description when the page has none or is not translated."""
    hook = getattr(page, "get_meta_description", None)
    if hook is not None:
        text = hook()
    elif page is not None and in_reader_language(page):
        text = getattr(page, "search_description", "")
    else:
        text = ""
    return trimmed(text) or trimmed(site_description())


def is_tracking(name):
    return name.lower() in TRACKING_PARAMETERS or name.lower().startswith(TRACKING_PREFIXES)


def canonical_url(request):
    """The absolute URL of the page as such: see the module's docstring."""
    url = request.build_absolute_uri(request.path)
    names = [name for name in request.GET if not is_tracking(name)]
    if names == [PAGE_PARAMETER]:
        number = request.GET.get(PAGE_PARAMETER, "")
        if number.isascii() and number.isdigit() and int(number) > 1:
            return f"{url}?{PAGE_PARAMETER}={int(number)}"
    return url


@dataclass(frozen=True)
class ShareImage:
    url: str  # absolute when MEDIA_URL is; made absolute for the request otherwise
    width: int
    height: int
    alt: str


def share_image_of(request, page=None):
    """The page's own picture (its hook) as a share rendition, else the site's default one;
    None when there is neither."""
    hook = getattr(page, "get_share_image", None)
    own = hook() if hook is not None else None
    if own is not None:
        image, alt = own
        shared = rendition_of(image, alt)
    else:
        shared = default_share_image(request)
    if shared is None:
        return None
    return ShareImage(
        request.build_absolute_uri(shared.url), shared.width, shared.height, shared.alt
    )


def rendition_of(image, alt):
    """The share rendition of an image: Wagtail keeps renditions in the cache, so after the
    first request this is no query."""
    if image is None:
        return None
    try:
        rendition = image.get_rendition(SHARE_IMAGE_SPEC)
    except OSError:
        # Wagtail's SourceImageIOError: the file is missing from storage. No picture then,
        # rather than an error page.
        return None
    return ShareImage(rendition.url, rendition.width, rendition.height, alt)


def default_share_image(request):
    """The site's default share image (ShareSettings), from the language's chrome
    (core/chrome.py): no query per page."""
    from core.chrome import chrome_for  # the chrome is made with rendition_of

    shared = chrome_for(request).share_image
    if shared is None:
        return None
    alt = shared.alt
    if reader_language() != settings.LANGUAGE_CODE or not alt:
        # The description is written in Dutch; other readers get the name the image shows.
        alt = settings.WAGTAIL_SITE_NAME
    return ShareImage(shared.url, shared.width, shared.height, alt)
