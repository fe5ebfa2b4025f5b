"""Parts of a page kept in the cache as HTML, for every visitor of a language, between changes.

The page cache (core/page_cache.py) keeps whole pages, per URL, for anonymous visitors only,
and after a change makes each page again. Some parts of a page are the same on every request
of a language and cost more than the rest of the page: the home page's lists (its entry pages,
events, stories and latest vacancies: five queries and a dozen cards). A page wraps such a
part in `{% keep fragment %}...{% endkeep %}` (core/templatetags/portal_tags.py), with a
`Fragment` from its context that says what the part is made from:

- `depends_on`: the version namespaces (core/versions.py) whose change makes the part stale;
  SHARED and MENU are always among them, as for every cached page;
- `daily`: whether it changes at midnight (vacancies close by date);
- `seconds`: how long it may be kept at most, read once the part is made, so a part can say
  when what it shows runs out (the home page's events end).

A request keeps the part's names for the page cache too (page_cache.depends_on), since the code
that would declare them does not run when the part comes from the cache. The context values the
part shows are made lazily (`lazily`), so a kept part costs no query. Requests with a session
or CSRF cookie (an editor previewing, an employer) always get the part made for them, as the
page cache does. FRAGMENT_SECONDS=0 switches keeping off.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from django.utils.functional import SimpleLazyObject
from django.utils.safestring import mark_safe

from core import page_cache, versions
from core.cache_keys import versioned_key

ALWAYS = (versions.SHARED, versions.MENU)


def fragment_seconds():
    return settings.FRAGMENT_SECONDS


@dataclass(frozen=True)
class Fragment:
    name: str
    depends_on: tuple
    parts: tuple = ()
    daily: bool = False
    seconds: Callable[[], int] = field(default=fragment_seconds, compare=False)

    def names(self):
        return tuple(dict.fromkeys((*ALWAYS, *self.depends_on)))

    def key(self, request):
        language = translation.get_language() or settings.LANGUAGE_CODE
        return versioned_key(
            f"portal:fragment:{self.name}",
            request.get_host(),
            language,
            *self.parts,
            depends_on=self.names(),
            daily=self.daily,
        )


def lazily(make):
    """A context value made when a template first reads it (`{% if %}`, `{% for %}`), once;
    never made when the part that shows it comes from the cache."""
    return SimpleLazyObject(make)


def render_kept(fragment, request, render):
    """The part `render()` makes, from the cache when it was made before under the same
    versions; made, and kept, otherwise."""
    if (
        fragment is None
        or request is None
        or not settings.FRAGMENT_SECONDS
        or page_cache.carries_personal_cookie(request)
        or getattr(request, "is_preview", False)
    ):
        return render()
    page_cache.depends_on(request, *fragment.names())
    # The key is made before the part: a change while it is made files it under the old
    # versions, so it is never read after that change.
    key = fragment.key(request)
    kept = cache.get(key)
    if kept is None:
        kept = str(render())
        seconds = min(fragment.seconds(), settings.FRAGMENT_SECONDS)
        if seconds > 0:
            cache.set(key, kept, seconds)
    # The part is the output of an autoescaping template, as it was when it was kept.
    return mark_safe(kept)  # noqa: S308
