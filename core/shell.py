"""The frame every page shares (base.html), kept as HTML per address and language.

The head's language links and share tags, the header (site search, language switcher, main
menu), the breadcrumbs and the footer take longer to render than the content of most pages.
They are the same for every visitor of one address in one language, so base.html wraps each in
`{% keep shell.<part> %}` (core/fragments.py), and `frame_parts` looks all of them up in one
cache read. What each part is made from, besides the host and the language:

- hreflang: the path (the page's translations, or the view's URL in each language);
- head_meta: the canonical URL, the title and description the template gives, and the view's
  own description and share type (the page's own description and picture come with PAGES);
- header: the path (the switcher's links, the menu item that is current);
- breadcrumbs: the path (the pages above it);
- footer: the language of the page (its chrome's contact details and statement pages).

Every part depends on SHARED, MENU and PAGES, as the chrome does (core/chrome.py): saving a
menu, the footer, the share settings or an image, and publishing, unpublishing or moving any page
make each part again. The query string changes none of them: filters and search words are in the
page's content, not in its frame.

A part is kept only for an address that exists: the error pages (404.html, 429.html), which
answer any path a visitor types, render their frame without keeping it. An address that holds
a secret (a `token` in the URL: confirming an alert or a booking, cancelling one) is nobody
else's: its frame, whose links repeat the address, is made and never kept. A template that gives
a part content of its own (the vacancy page's breadcrumbs) overrides the block, and that part
is made every time.
"""

from django.conf import settings
from django.utils import translation

from core import sharing, versions
from core.fragments import Fragment, look_up_many
from core.localization import language_code_of

SHELL_SHOWS = (versions.PAGES,)
# URL parameters that make an address personal: its parts are not kept per path.
SECRET_URL_PARAMETERS = {"token"}


def frame_language(page):
    """The language of the page's frame: the page's own (an untranslated page is served in the
    reader's locale), else the active one."""
    if page is not None:
        return language_code_of(page.locale_id)
    return translation.get_language() or settings.LANGUAGE_CODE


def holds_a_secret(request):
    match = getattr(request, "resolver_match", None)
    return bool(match and SECRET_URL_PARAMETERS & set(match.kwargs))


def frame_parts(request, page, title, description, context_description="", share_type=""):
    """{part name: LookedUp} of the frame of this request's page ({} when nothing is kept)."""
    if request is None or holds_a_secret(request):
        return {}
    path = request.path

    def part(name, *parts):
        return Fragment(f"frame-{name}", depends_on=SHELL_SHOWS, parts=parts, declared=False)

    head = (sharing.canonical_url(request), title, description, context_description, share_type)
    return look_up_many(
        request,
        {
            "hreflang": part("hreflang", path),
            "head_meta": part("head_meta", *head),
            "header": part("header", path),
            "breadcrumbs": part("breadcrumbs", path),
            "footer": part("footer", frame_language(page)),
        },
    )
