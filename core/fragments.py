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
that would declare them does not run when the part comes from the cache (`declared`; the
frame's parts, core/shell.py, declare nothing: the code that makes them declares nothing
either). The context values the part shows are made lazily (`lazily`), so a kept part costs no
query. Several parts of one page are looked up in one cache read (`look_up_many`).

Requests with a session cookie (an editor previewing, an employer) always get the part made
for them, as with the page cache: their pages show a change even when it came without a signal.
A visitor who only has a CSRF cookie (after a form) is anonymous and gets kept parts; a part
never holds a form's CSRF token (what holds one is not kept). FRAGMENT_SECONDS=0 switches
keeping off.
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
# What marks a form's CSRF token: another visitor's would fail, so such a part is not kept.
CSRF_FIELD = "csrfmiddlewaretoken"


def fragment_seconds():
    return settings.FRAGMENT_SECONDS


@dataclass(frozen=True)
class Fragment:
    name: str
    depends_on: tuple
    parts: tuple = ()
    daily: bool = False
    seconds: Callable[[], int] = field(default=fragment_seconds, compare=False)
    # Whether the page cache learns `depends_on` from the part (see the module's docstring).
    declared: bool = True

    def names(self):
        return tuple(dict.fromkeys((*ALWAYS, *self.depends_on)))

    def key(self, request, known=None):
        language = translation.get_language() or settings.LANGUAGE_CODE
        return versioned_key(
            f"portal:fragment:{self.name}",
            request.get_host(),
            language,
            *self.parts,
            depends_on=self.names(),
            daily=self.daily,
            known=known,
        )


@dataclass(frozen=True)
class LookedUp:
    """A fragment looked up ahead of its template (look_up_many): its key for this request and
    the HTML the cache held under it (None: the part is made, and kept, when it renders)."""

    fragment: Fragment
    key: str
    kept: str | None


def keeps_parts(request):
    """Whether this request reads and writes kept parts."""
    return (
        request is not None
        and bool(settings.FRAGMENT_SECONDS)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not getattr(request, "is_preview", False)
    )


def _declare(request, fragments):
    names = [name for fragment in fragments if fragment.declared for name in fragment.names()]
    if names:
        page_cache.depends_on(request, *names)


def look_up_many(request, fragments):
    """{label: LookedUp} of `fragments` ({label: Fragment}), read from the cache at once: the
    versions they depend on in one round trip (none when the page cache read them already),
    the parts in another. {} when this request keeps no parts, so `{% keep %}` makes each."""
    if not fragments or not keeps_parts(request):
        return {}
    _declare(request, fragments.values())
    names = {name for fragment in fragments.values() for name in fragment.names()}
    dependencies = getattr(request, "page_dependencies", None)
    known = dict(getattr(dependencies, "versions", None) or {})
    missing = [name for name in names if name not in known]
    if missing:
        known.update(versions.current_many(missing))
    keys = {label: fragment.key(request, known=known) for label, fragment in fragments.items()}
    kept = cache.get_many(list(keys.values()))
    return {label: LookedUp(fragments[label], key, kept.get(key)) for label, key in keys.items()}


def lazily(make):
    """A context value made when a template first reads it (`{% if %}`, `{% for %}`), once;
    never made when the part that shows it comes from the cache."""
    return SimpleLazyObject(make)


def render_kept(fragment, request, render):
    """The part `render()` makes, from the cache when it was made before under the same
    versions; made, and kept, otherwise. `fragment` is a Fragment, a LookedUp one, or None
    (made every time)."""
    if isinstance(fragment, LookedUp):
        looked_up = fragment
    elif fragment is None or not keeps_parts(request):
        return render()
    else:
        _declare(request, [fragment])
        # The key is made before the part: a change while it is made files it under the old
        # versions, so it is never read after that change.
        key = fragment.key(request)
        looked_up = LookedUp(fragment, key, cache.get(key))
    kept = looked_up.kept
    if kept is None:
        kept = str(render())
        seconds = min(looked_up.fragment.seconds(), settings.FRAGMENT_SECONDS)
        if seconds > 0 and CSRF_FIELD not in kept:
            cache.set(looked_up.key, kept, seconds)
    # The part is the output of an autoescaping template, as it was when it was kept.
    return mark_safe(kept)  # noqa: S308
