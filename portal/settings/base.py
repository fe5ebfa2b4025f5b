"""Settings shared by every environment. See DESIGN.md, "Settings and environments"."""

import os
from pathlib import Path

import dj_database_url
from redis.backoff import NoBackoff
from redis.retry import Retry

from core import languages
from core.machine_translation import machine_translator
from search.backends import search_backends

BASE_DIR = Path(__file__).resolve().parent.parent.parent

languages.register_extra_languages()

DEBUG = False

INSTALLED_APPS = [
    # Our apps first, so their templates win over the libraries'.
    "core",
    "home",
    "vacancies",
    "employers",
    "editors",
    "search",
    "bookings",
    "alerts",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "csp",
]

MIDDLEWARE = [
    # Outermost: a database that is away answers 503, whichever layer below ran into it.
    "core.middleware.DatabaseUnavailableMiddleware",
    # Sees every other response, including the page cache's, and says who may keep it.
    "core.middleware.CacheHeadersMiddleware",
    # Pages go out gzipped (a 30 KB board page becomes 5 KB on a phone), with Django's random
    # padding against BREACH. Outside the page cache, which keeps the plain page.
    "django.middleware.gzip.GZipMiddleware",
    "core.page_cache.UpdatePageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "core.middleware.ContentSecurityPolicyMiddleware",
    "core.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.LanguagePrefixMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "core.page_cache.FetchFromPageCacheMiddleware",
]
# Whole pages for anonymous visitors, kept until content changes (core/page_cache.py). Also
# the Cache-Control max-age those pages get, so browsers and proxies keep them only briefly.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "60"))
# How many cached pages and search results may be made again at the same time, site-wide, after
# a change or when they expire; other requests get them as they were (core/made_once.py).
REMAKES_AT_ONCE = max(int(os.environ.get("REMAKES_AT_ONCE", "1")), 1)
# Parts of pages that are the same for every visitor of a language (the home page's lists),
# kept as HTML until what they show changes, for an hour at most; 0 switches it off
# (core/fragments.py).
FRAGMENT_SECONDS = int(os.environ.get("FRAGMENT_SECONDS", "3600"))

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "core" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Django's form renderer with its inputs and options written in Python, not per-option
# templates: the same markup, a fraction of the time (core/form_renderer.py).
FORM_RENDERER = "core.form_renderer.FormRenderer"

# Embedded default: an SQLite file. Production and CI set DATABASE_URL (PostgreSQL).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}


def with_postgresql_limits(database, default_statement_ms=5000, default_lock_ms=3000):
    """A stalled or locked PostgreSQL must not hold a request (and its worker) for ever: the
    connection attempt, each statement and each wait for a lock give up after a few seconds,
    and the request ends in the 503 page (core/middleware.DatabaseUnavailableMiddleware).
    A kept connection (CONN_MAX_AGE) is checked before reuse with a client-side limit,
    DB_HEALTH_CHECK_TIMEOUT_MS (core/postgresql/base.py), because the server's own limits do
    not help when the server or the network stalls.
    DB_CONNECT_TIMEOUT is in seconds, the others in milliseconds; 0 means no limit.

    A statement runs in one process unless DB_PARALLEL_WORKERS says otherwise: starting
    parallel workers cost more than they saved for the board's counts statement (36 ms in one
    process, 48 ms with two workers, at 100,000 vacancies on an idle two-core machine), and
    under load they take the cores the other requests need."""
    if "postgresql" not in database.get("ENGINE", ""):
        return database
    database["ENGINE"] = "core.postgresql"
    database["HEALTH_CHECK_TIMEOUT_MS"] = int(os.environ.get("DB_HEALTH_CHECK_TIMEOUT_MS", "1000"))
    options = database.setdefault("OPTIONS", {})
    options["connect_timeout"] = int(os.environ.get("DB_CONNECT_TIMEOUT", "3"))
    statement_ms = int(os.environ.get("DB_STATEMENT_TIMEOUT_MS", default_statement_ms))
    lock_ms = int(os.environ.get("DB_LOCK_TIMEOUT_MS", default_lock_ms))
    parallel_workers = int(os.environ.get("DB_PARALLEL_WORKERS", "0"))
    server_options = (
        f"-c statement_timeout={statement_ms} -c lock_timeout={lock_ms}"
        f" -c max_parallel_workers_per_gather={parallel_workers}"
    )
    options["options"] = f"{options.get('options', '')} {server_options}".strip()
    return database


with_postgresql_limits(DATABASES["default"])
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


def redis_cache_settings(url):
    """Redis as a cache that fails soft (core/fail_soft_cache.py): short socket timeouts and
    no retries, because a page rendered without the cache beats a page that waits for it."""
    timeout = float(os.environ.get("REDIS_TIMEOUT_SECONDS", "0.5"))
    return {
        "default": {
            "BACKEND": "core.fail_soft_cache.FailSoftRedisCache",
            "LOCATION": url,
            "OPTIONS": {
                "socket_connect_timeout": timeout,
                "socket_timeout": timeout,
                "retry": Retry(NoBackoff(), 0),
            },
        }
    }


# After a cache error, seconds this process runs without the cache before it tries again.
CACHE_RETRY_SECONDS = int(os.environ.get("CACHE_RETRY_SECONDS", "5"))
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = redis_cache_settings(REDIS_URL)
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: URLs carry the language (/nl/, /ar/ ...), content is translated with wagtail-localize.
LANGUAGE_CODE = languages.SOURCE_LANGUAGE
LANGUAGES = languages.LANGUAGES
LANGUAGES_BIDI = languages.LANGUAGES_BIDI
LOCALE_PATHS = [BASE_DIR / "locale"]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# A translation is created as a draft; a translator or editor publishes it when it is ready.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# The Wagtail admin exists in Dutch and English; the public site in all portal languages.
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
# The admin's password reset mails staff accounts only; employers reset theirs on their pages.
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "portal.admin_login.StaffPasswordResetForm"  # noqa: S105

TIME_ZONE = "Europe/Amsterdam"
# Our own date formats where Django has none (Tigrinya) or an incomplete set (Arabic).
FORMAT_MODULE_PATH = ["core.formats"]
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = []
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
MEDIA_ROOT = os.environ.get("MEDIA_ROOT", str(BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "Werkroute"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = search_backends(os.environ)
# How long the site search log keeps its daily counts (prune_search_log).
SEARCH_LOG_DAYS = int(os.environ.get("SEARCH_LOG_DAYS", "90"))
# How long employers' "call me back" requests are kept (purge_callback_requests).
CALLBACK_RETENTION_DAYS = int(os.environ.get("CALLBACK_RETENTION_DAYS", "90"))
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "docx", "xlsx", "ods"]

# Off unless MACHINE_TRANSLATOR is set (core/machine_translation.py).
_machine_translator = machine_translator(os.environ)
if _machine_translator:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = _machine_translator

LOGIN_URL = "wagtailadmin_login"

# Anonymous visitors get no cookie: nothing writes the session for them, and pages they can
# reach carry no CSRF token.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# How many proxies in front of gunicorn append to X-Forwarded-For (core/ratelimit.py counts
# attempts per visitor's address); 0 when gunicorn sees visitors directly.
TRUSTED_PROXY_HOPS = int(os.environ.get("TRUSTED_PROXY_HOPS", "0"))
CSRF_COOKIE_HTTPONLY = True  # nothing reads it from JavaScript: forms carry the token
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# Content-Security-Policy (django-csp, core/middleware.py). Public pages load scripts, styles,
# fonts and images only from this site: no inline script or style, no third party. Structured
# data (JSON-LD) is a data block, which script-src does not govern.
_media_origin = "/".join(MEDIA_URL.split("/")[:3]) if "://" in MEDIA_URL else None
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *filter(None, [_media_origin])],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-src": ["'none'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}
# Wagtail's admin writes inline scripts and styles and shows previews in a same-origin frame.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:", *filter(None, [_media_origin])],
        "font-src": ["'self'", "data:"],
        "frame-src": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
PERMISSIONS_POLICY_DENIED = [
    "accelerometer",
    "autoplay",
    "camera",
    "display-capture",
    "geolocation",
    "gyroscope",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "usb",
    "browsing-topics",
]
# No request from the admin to a third party: no update check, no Gravatar.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Werkroute <noreply@werkroute.example>")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
