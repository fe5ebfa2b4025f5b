"""A cache of whole pages for anonymous visitors, made stale by what changed, not by everything.

Residents and crawlers read the same pages over and over; rendering one costs tens of
milliseconds of routing, queries and templates. Django's cache middleware keeps the response;
here its key prefix comes from the versions of what the page was made from (core/versions.py)
and today's date (core/cache_keys.py), so:

- while a page renders, the code that reads content declares what it depends on
  (`depends_on`): every Wagtail page its own place in the tree (core/wagtail_hooks.py), the
  board its BOARD, a vacancy page its vacancy, the menus and footer MENU, all of them SHARED.
  The names are kept per URL, so the next request finds the page under the same versions;
- a change a visitor can see moves on only the namespaces it touches (core/invalidation.py):
  publishing a vacancy makes the board, the home page and that vacancy's pages render again,
  while other vacancies and the guides stay cached; drafts move nothing
  (core/public_changes.py);
- a page that declares nothing depends on ANY, which every change moves on (correct first);
- a new day starts new keys, so a vacancy past its closing date leaves cached lists at
  midnight without anything being saved.

After a change, and when a page has been kept for PAGE_CACHE_SECONDS, the first request for
it makes it again; until it is done, other requests for that page get the page as it was
(core/made_once.py, at most MAKING_SECONDS, never a page whose last making gave anything but a
200), instead of all making it at once. For that, a stored page outlives its lifetime by
STALE_SECONDS: Django finds a page through the list of headers it varies on, stored beside it
for PAGE_CACHE_SECONDS, so a page is not found once that list has expired, but its stored copy
can still be given while it is made again.

Only anonymous requests are served from the cache or stored in it: a request that carries a
session or CSRF cookie (an editor, an employer) always gets a fresh page. The cache looks for a
page once the view is known, so a view it never keeps (`never_page_cached`: site search, which
counts every search) costs no look-up. PAGE_CACHE_SECONDS=0 switches the cache off (the test
settings do, apart from the tests of this module).
"""

import threading

from django.conf import settings
from django.core.cache import cache
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware
from django.utils.cache import get_cache_key

from core import invalidation, versions  # noqa: F401 - invalidation connects the signals
from core.cache_keys import versioned_key
from core.made_once import MadeOnce, identity

CONTENT = versions.ANY
# The paths outside the language prefix (i18n_patterns), each with whether the page cache may
# keep its answers: the sitemap (costly) and robots.txt are public; the rest personal, files
# or live checks.
UNPREFIXED_PATHS = {
    "/admin/": False,
    "/documents/": False,
    "/static/": False,
    "/media/": False,
    "/healthz": False,
    "/sitemap": True,
    "/robots.txt": True,
}
UNCACHED_PATHS = tuple(path for path, cached in UNPREFIXED_PATHS.items() if not cached)
# How long the names a URL's page depends on are remembered.
DEPENDENCIES_SECONDS = 24 * 60 * 60
# How long a page is kept after its PAGE_CACHE_SECONDS, for the requests that come while one
# request makes it again (its list of varying headers expires on time, so it is made again).
STALE_SECONDS = 5 * 60


def is_anonymous_page_request(request):
    if getattr(settings, "PAGE_CACHE_SECONDS", 0) <= 0:
        return False
    if request.method not in ("GET", "HEAD"):
        return False
    if carries_personal_cookie(request):
        return False
    return not request.path.startswith(UNCACHED_PATHS)


def carries_personal_cookie(request):
    """A session or CSRF cookie: an editor or employer, whose pages are their own."""
    return (
        settings.SESSION_COOKIE_NAME in request.COOKIES
        or settings.CSRF_COOKIE_NAME in request.COOKIES
    )


def never_page_cached(view):
    """Mark a view whose answers the page cache neither keeps nor looks for: they are private
    (site search counts every search, so no cache may answer one in its place)."""
    view.never_page_cached = True
    return view


def depends_on(request, *names):
    """Declare that the page being rendered shows content of these version namespaces. Call it
    before reading that content: the versions are read now, so a change made while the page
    renders files it under the old versions, never the new ones."""
    dependencies = getattr(request, "page_dependencies", None)
    if dependencies is not None:
        dependencies.declare(names)


class PageDependencies:
    """The namespaces of one request's page and their versions as first read."""

    def __init__(self, request):
        url = identity(request.build_absolute_uri())
        self.url_key = "page.dependencies." + url
        # Where the URL's page was last stored, and who is making it again now.
        self.making = MadeOnce("page", url)
        remembered = cache.get(self.url_key)
        self.remembered = tuple(remembered) if remembered else (versions.ANY,)
        self.versions = versions.current_many({versions.ANY, *self.remembered})
        self.declared = set()

    def declare(self, names):
        names = {versions.SHARED, versions.MENU, *names}
        missing = [name for name in names if name not in self.versions]
        if missing:
            self.versions.update(versions.current_many(missing))
        self.declared |= names

    def prefix(self, names):
        return versioned_key("page", depends_on=names, daily=True, known=self.versions)

    def lookup_prefix(self):
        return self.prefix(self.remembered)

    def store_prefix(self):
        names = tuple(sorted(self.declared)) or (versions.ANY,)
        if names != self.remembered:
            cache.set(self.url_key, names, DEPENDENCIES_SECONDS)
        return self.prefix(names)


# Django's middleware reads `key_prefix` when it builds a key; ours is per request.
_request_prefix = threading.local()


class PageCacheKeyMixin:
    def __init__(self, get_response):
        super().__init__(get_response)
        self.cache_timeout = getattr(settings, "PAGE_CACHE_SECONDS", 0)

    @property
    def key_prefix(self):
        return getattr(_request_prefix, "value", None) or "page"

    @key_prefix.setter
    def key_prefix(self, value):
        # Django's middleware sets a fixed prefix in __init__; ours is computed per request.
        pass


class UpdatePageCacheMiddleware(PageCacheKeyMixin, UpdateCacheMiddleware):
    """First in MIDDLEWARE: stores anonymous responses (Django skips those that set cookies)."""

    def _should_update_cache(self, request, response):
        dependencies = getattr(request, "page_dependencies", None)
        if dependencies is None or not is_anonymous_page_request(request):
            return False
        if not super()._should_update_cache(request, response):
            return False
        if response.status_code == 200:
            _request_prefix.value = dependencies.store_prefix()
        return True

    def process_response(self, request, response):
        response = super().process_response(request, response)
        dependencies = getattr(request, "page_dependencies", None)
        if dependencies is not None and getattr(request, "_cache_update_cache", False):
            # Where the page was stored, if it was (not a 404, not a page that set a cookie).
            stored_at = None
            if response.status_code == 200:
                key = get_cache_key(request, self.key_prefix, "GET", cache=self.cache)
                # Kept past its lifetime, to be given as it was while it is made again.
                kept = key and self.cache.touch(key, self.cache_timeout + STALE_SECONDS)
                stored_at = key if kept else None
            dependencies.making.made(stored_at)
        return response


class FetchFromPageCacheMiddleware(PageCacheKeyMixin, FetchFromCacheMiddleware):
    """Last in MIDDLEWARE: answers anonymous requests from the cache when it can, once the view
    is known (process_view), so that a view marked `never_page_cached` is not looked up."""

    def process_request(self, request):
        request._cache_update_cache = False
        return None

    def process_view(self, request, view_func, view_args, view_kwargs):
        if getattr(view_func, "never_page_cached", False) or not is_anonymous_page_request(request):
            return None
        request.page_dependencies = PageDependencies(request)
        _request_prefix.value = request.page_dependencies.lookup_prefix()
        # Django's look-up; it sets _cache_update_cache when the page is to be stored.
        response = super().process_request(request)
        if response is None and request._cache_update_cache:
            response = request.page_dependencies.making.stale_while_making(self.cache)
            if response is not None:
                request._cache_update_cache = False
        return response
