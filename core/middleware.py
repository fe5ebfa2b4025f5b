"""The site-wide response rules: security headers, caching headers, the language prefix, and a
friendly 503 when the database is away. Each class does one of these; settings/base.py orders
them."""

import logging
import sys

from csp.constants import HEADER as CSP_HEADER
from csp.middleware import CSPMiddleware, PolicyParts

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError, connection
from django.dispatch import receiver
from django.http import HttpResponse, UnreadablePostError
from django.http.multipartparser import MultiPartParserError
from django.middleware.locale import LocaleMiddleware
from django.template.loader import render_to_string
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language_from_request, override

from core.page_cache import UNPREFIXED_PATHS, carries_personal_cookie

ADMIN_PREFIX = "/admin/"
RETRY_AFTER_SECONDS = 30

logger = logging.getLogger("core.unavailable")


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The public site's policy (settings.CONTENT_SECURITY_POLICY) allows scripts only from our
    own files. Wagtail's admin writes inline scripts (date pickers, inline panels, the
    translation editor), so /admin/ gets CONTENT_SECURITY_POLICY_ADMIN instead.

    A page from the page cache carries the header it was stored with; building the policy again
    for it (which django-csp does before it finds the header there) was a tenth of the time of
    serving such a page."""

    def process_response(self, request, response):
        if CSP_HEADER in response:
            return response
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and request.path.startswith(ADMIN_PREFIX):
            return PolicyParts(
                settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"],
                parts.update,
                parts.replace,
                parts.nonce,
            )
        return parts


class PermissionsPolicyMiddleware:
    """No page needs a camera, a microphone, the visitor's location or any other device."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(f"{feature}=()" for feature in settings.PERMISSIONS_POLICY_DENIED)

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", self.header)
        return response


class CacheHeadersMiddleware:
    """Every HTML response says who may keep it.

    Outside the page cache in MIDDLEWARE, so it sees the page cache's own max-age and leaves
    it. Anonymous pages may be kept for PAGE_CACHE_SECONDS by browsers and a CDN: short,
    because expiry and moderation must show soon. Not-found and gone answers are not kept, so
    a page published a moment later is found at once. Anything for a signed-in person, or
    setting a cookie, is private. Views that said never_cache keep their no-store.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Cache-Control"):
            return response
        if response.status_code >= 500:
            patch_cache_control(response, no_store=True)
        elif is_personal(request, response):
            patch_cache_control(response, private=True, no_cache=True)
        elif request.method in ("GET", "HEAD") and response.status_code == 200:
            patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_SECONDS)
        return response


def is_personal(request, response):
    user = getattr(request, "user", None)
    return (
        bool(response.cookies)
        or carries_personal_cookie(request)
        or bool(user is not None and user.is_authenticated)
    )


class LanguagePrefixMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware turns any 404 into a redirect to the same path under /nl/,
    because Wagtail's catch-all page route matches everything there. For the admin, documents,
    static files and the other paths outside the language prefix that only hides the real 404."""

    def process_response(self, request, response):
        # Outside i18n_patterns a miss is a plain 404, never a redirect to /nl/...
        if response.status_code == 404 and request.path_info.startswith(tuple(UNPREFIXED_PATHS)):
            response.setdefault("Content-Language", settings.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)


# The failures of a database that is away, restarting or too slow (connection refused or lost,
# statement or lock timeout). Other database errors are bugs and stay 500s.
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)
# Form fields never shown back on the 503 page, by (part of) their name.
NEVER_SHOWN_FIELDS = ("password", "csrf", "token")


class DatabaseUnavailableMiddleware:
    """When PostgreSQL is down or restarting, visitors get a page in their language saying the
    site is back soon (503 with Retry-After), not the generic error page. Nothing is kept:
    Django drops the broken connection at the end of the request and the next request opens a
    new one, so the site recovers on its own when the database returns.

    First in MIDDLEWARE, because any layer may touch the database: Wagtail's redirects look up
    every 404, the session is saved after the view, the user is loaded for the cache headers.
    Django turns an exception in an inner middleware into a 500 before it gets here, so that
    path is caught through the got_request_exception signal (remember_database_failure)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            response = self.get_response(request)
        except DATABASE_UNAVAILABLE as exception:
            return database_unavailable(request, exception)
        failure = getattr(request, "database_failure", None)
        if failure is not None:
            return database_unavailable(request, failure)
        return response

    def process_exception(self, request, exception):
        # A view's failure: answered here, before Django logs it as a 500.
        if isinstance(exception, DATABASE_UNAVAILABLE):
            return database_unavailable(request, exception)
        return None


@receiver(got_request_exception, dispatch_uid="core.middleware.remember_database_failure")
def remember_database_failure(sender, request=None, **kwargs):
    """Sent while Django turns an uncaught exception into a 500: the exception is the one being
    handled. DatabaseUnavailableMiddleware then answers 503 instead."""
    exception = sys.exc_info()[1]
    if request is not None and isinstance(exception, DATABASE_UNAVAILABLE):
        request.database_failure = exception


def raise_if_database_unavailable():
    """Django's constraint checks (Q.check, used by full_clean) swallow a database error and
    report the constraint as violated, so a cut connection looks like invalid input. Call this
    where such a ValidationError is caught: it raises the database's own error if it is away."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def database_unavailable(request, exception):
    logger.error("database unavailable: %s %s", request.method, request.path, exc_info=exception)
    return unavailable_response(request)


def unavailable_response(request):
    # The path's prefix, else the language cookie or the browser's: never the database.
    language = get_language_from_request(request, check_path=True)
    with override(language):
        # Rendered without the request: no context processor may touch the database.
        body = render_to_string(
            "503.html", {"path": request.get_full_path(), "typed": typed_text(request)}
        )
    response = HttpResponse(body, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    patch_cache_control(response, no_store=True)
    return response


def typed_text(request):
    """What a failed form sent, for the 503 page to show back so it can be copied: an employer
    who typed a vacancy for an hour loses nothing. Never passwords, tokens or files."""
    if request.method != "POST":
        return []
    try:
        sent = request.POST
    except (RequestDataTooBig, UnreadablePostError, MultiPartParserError):
        return []  # the 503 page must still render
    return [
        (name, value)
        for name, values in sent.lists()
        if not any(word in name.lower() for word in NEVER_SHOWN_FIELDS)
        for value in values
        # Words only: a ticked box ("on"), a chosen place's number or a date is quickly redone.
        if value != "on" and any(character.isalpha() for character in value)
    ]
