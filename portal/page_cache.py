"""A cache of whole pages for anonymous visitors, emptied by content changes.

Residents and crawlers read the same pages over and over; rendering one costs tens of
milliseconds of routing, queries and templates. Django's cache middleware keeps the response;
here its key prefix carries a content version and today's date, so:

- a change a visitor can see (publishing, unpublishing or deleting a live page or vacancy, saving
  a rule, location, menu or setting) moves the version on and every cached page is simply never
  read again; drafts and unpublished revisions do not (portal/public_changes.py decides);
- a new day starts a new prefix, so a vacancy past its closing date leaves cached lists at
  midnight without anything being saved.

Only anonymous requests are served from the cache or stored in it: a request that carries a
session or CSRF cookie (an editor, an employer) always gets a fresh page. PAGE_CACHE_SECONDS=0
switches the cache off (the test settings do, apart from the tests of this module).
"""

import threading

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware
from django.utils import timezone

from wagtail.signals import page_published, page_unpublished, published, unpublished

from portal import versions
from portal.public_changes import changes_public_content

CONTENT = "content"
UNCACHED_PREFIXES = ("/admin/", "/documents/", "/static/", "/media/")


def content_changed(sender, **kwargs):
    # Drafts, revisions and bookkeeping leave public pages as they are (portal.public_changes).
    if changes_public_content(sender, **kwargs):
        versions.bump(CONTENT)


def publication_changed(**kwargs):
    versions.bump(CONTENT)


post_save.connect(content_changed, dispatch_uid="portal_page_cache_save")
post_delete.connect(content_changed, dispatch_uid="portal_page_cache_delete")
for signal in (published, unpublished, page_published, page_unpublished):
    signal.connect(publication_changed, dispatch_uid=f"portal_page_cache_{id(signal)}")


def is_anonymous_page_request(request):
    if getattr(settings, "PAGE_CACHE_SECONDS", 0) <= 0:
        return False
    if request.method not in ("GET", "HEAD"):
        return False
    if carries_personal_cookie(request):
        return False
    return not request.path.startswith(UNCACHED_PREFIXES)


def carries_personal_cookie(request):
    """A session or CSRF cookie: an editor or employer, whose pages are their own."""
    return (
        settings.SESSION_COOKIE_NAME in request.COOKIES
        or settings.CSRF_COOKIE_NAME in request.COOKIES
    )


def current_prefix():
    return f"page.{versions.current(CONTENT)}.{timezone.localdate().isoformat()}"


# The prefix is fixed when a request comes in and used again when its response is stored, so a
# change made while the page renders cannot file the old page under the new version.
_request_prefix = threading.local()


class PageCacheKeyMixin:
    def __init__(self, get_response):
        super().__init__(get_response)
        self.cache_timeout = getattr(settings, "PAGE_CACHE_SECONDS", 0)

    @property
    def key_prefix(self):
        return getattr(_request_prefix, "value", None) or current_prefix()

    @key_prefix.setter
    def key_prefix(self, value):
        # Django's middleware sets a fixed prefix in __init__; ours is computed per request.
        pass


class UpdatePageCacheMiddleware(PageCacheKeyMixin, UpdateCacheMiddleware):
    """First in MIDDLEWARE: stores anonymous responses (Django skips those that set cookies)."""

    def _should_update_cache(self, request, response):
        _request_prefix.value = getattr(request, "page_cache_prefix", None)
        return is_anonymous_page_request(request) and super()._should_update_cache(
            request, response
        )


class FetchFromPageCacheMiddleware(PageCacheKeyMixin, FetchFromCacheMiddleware):
    """Last in MIDDLEWARE: answers anonymous requests from the cache when it can."""

    def process_request(self, request):
        if not is_anonymous_page_request(request):
            request._cache_update_cache = False
            return None
        request.page_cache_prefix = _request_prefix.value = current_prefix()
        return super().process_request(request)
