"""Production: everything comes from the environment, nothing has a usable default.

Required: SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL. Optional: REDIS_URL (cache),
EMAIL_HOST/EMAIL_PORT/EMAIL_HOST_USER/EMAIL_HOST_PASSWORD/EMAIL_USE_TLS,
MEDIA_ROOT/MEDIA_URL, CONN_MAX_AGE, WAGTAILADMIN_BASE_URL (default https://<first of
ALLOWED_HOSTS>), SECURE_SSL_REDIRECT, LOG_FORMAT,
LOG_LEVEL, PAGE_CACHE_SECONDS, DB_CONNECT_TIMEOUT/DB_STATEMENT_TIMEOUT_MS/DB_LOCK_TIMEOUT_MS/
DB_HEALTH_CHECK_TIMEOUT_MS
(base.py: with_postgresql_limits), REDIS_TIMEOUT_SECONDS/CACHE_RETRY_SECONDS (base.py:
redis_cache_settings).
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def required_env(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"The environment variable {name} must be set for production settings."
        )
    return value


DEBUG = False
SECRET_KEY = required_env("SECRET_KEY")
ALLOWED_HOSTS = [host.strip() for host in required_env("ALLOWED_HOSTS").split(",") if host.strip()]
required_env("DATABASE_URL")  # base.py reads it; an SQLite fallback is never wanted here.


def base_url_from_hosts(allowed_hosts):
    """https://<the first ALLOWED_HOSTS entry that names one host>, or "" when none does
    (a wildcard such as "*" or ".werkroute.nl" is no address to link to)."""
    for host in allowed_hosts:
        if host != "*" and not host.startswith("."):
            return f"https://{host}"
    return ""


# The start of every link in the admin's e-mails; base.py's development default would send
# moderators to 127.0.0.1. `check --deploy` refuses a missing, local or plain-http value
# (core/checks.py).
_base_url_from_env = os.environ.get("WAGTAILADMIN_BASE_URL", "").strip().rstrip("/")
WAGTAILADMIN_BASE_URL = _base_url_from_env or base_url_from_hosts(ALLOWED_HOSTS)
# Connections are kept for a minute and checked before reuse, so a restarted PostgreSQL costs
# one failed check, not a failed request.
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("CONN_MAX_AGE", "60"))  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405
CSRF_TRUSTED_ORIGINS = [
    origin.strip()
    for origin in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",")
    if origin.strip()
]

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "1") == "1"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

if os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "1") == "1"

# Structured logs: one JSON object per line on stderr, for the log collector to index. Django's
# request errors carry status_code and the request line; nothing logs a visitor's IP address.
# LOG_FORMAT=plain gives readable lines instead.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain" if os.environ.get("LOG_FORMAT") == "plain" else "json",
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
