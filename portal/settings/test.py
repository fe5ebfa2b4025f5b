"""The test suite: DATABASE_URL when set (CI: PostgreSQL), otherwise SQLite."""

import os

import dj_database_url

from .base import *  # noqa: F403
from .base import BASE_DIR, redis_cache_settings, with_postgresql_limits

SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
DEBUG = False

if os.environ.get("DATABASE_URL"):
    # The test run itself (migrations, the demo, dropping the test database on a busy machine)
    # has no statement or lock limit; the fault test's server sets production's limits.
    DATABASES = {
        "default": with_postgresql_limits(
            dj_database_url.config(), default_statement_ms=0, default_lock_ms=0
        )
    }
    # The fault test (tests/portal/test_faults.py) also runs a server that keeps connections.
    DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("TEST_CONN_MAX_AGE", "0"))
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": BASE_DIR / "db.sqlite3",
            "TEST": {"NAME": BASE_DIR / ".test-db.sqlite3"},
        }
    }

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# The fault test (tests/portal/test_faults.py) runs a server on Redis behind a cuttable proxy.
if os.environ.get("TEST_REDIS_URL"):
    CACHES = redis_cache_settings(os.environ["TEST_REDIS_URL"])
# Tests change data behind the application's back (queryset updates); the page cache has its
# own tests (tests/portal/test_page_cache.py), which switch it on.
PAGE_CACHE_SECONDS = int(os.environ.get("TEST_PAGE_CACHE_SECONDS", "0"))
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
WAGTAILADMIN_BASE_URL = "http://testserver"
MEDIA_ROOT = str(BASE_DIR / ".test-media")
