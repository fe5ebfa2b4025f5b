"""The site-wide response rules: security headers, caching headers, the language prefix, and a
friendly 503 when the database is away. Each class does one of these; settings/base.py orders
them."""

import logging

from csp.middleware import CSPMiddleware, PolicyParts

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.middleware.locale import LocaleMiddleware
from django.template.loader import render_to_string
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language_from_path, override

from portal.page_cache import carries_personal_cookie

ADMIN_PREFIX = "/admin/"
# Paths outside i18n_patterns: a miss there is a plain 404, never a redirect to /nl/...
UNPREFIXED_PATHS = (ADMIN_PREFIX, "/documents/", "/static/", "/media/", "/healthz", "/sitemap")
RETRY_AFTER_SECONDS = 30

logger = logging.getLogger("portal.unavailable")


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The public site's policy (settings.CONTENT_SECURITY_POLICY) allows scripts only from our
    own files. Wagtail's admin writes inline scripts (date pickers, inline panels, the
    translation editor), so /admin/ gets CONTENT_SECURITY_POLICY_ADMIN instead."""

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

    First in MIDDLEWARE, so it sees the page cache's own max-age and leaves it. Anonymous pages
    may be kept for PAGE_CACHE_SECONDS by browsers and a CDN: short, because expiry and
    moderation must show soon. Not-found and gone answers are not kept, so a page published a
    moment later is found at once. Anything for a signed-in person, or setting a cookie, is
    private. Views that said never_cache keep their no-store.
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
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED_PATHS):
            response.setdefault("Content-Language", settings.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)


class DatabaseUnavailableMiddleware:
    """When PostgreSQL is down or restarting, visitors get a page in their language saying the
    site is back soon (503 with Retry-After), not the generic error page. Nothing is kept:
    Django drops the broken connection at the end of the request and the next request opens a
    new one, so the site recovers on its own when the database returns."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, (OperationalError, InterfaceError)):
            return None
        logger.error(
            "database unavailable: %s %s", request.method, request.path, exc_info=exception
        )
        return unavailable_response(request)


def unavailable_response(request):
    language = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with override(language):
        # Rendered without the request: no context processor may touch the database.
        body = render_to_string("503.html", {"path": request.get_full_path()})
    response = HttpResponse(body, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    patch_cache_control(response, no_store=True)
    return response
