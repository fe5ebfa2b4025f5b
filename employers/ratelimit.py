"""Counting attempts per IP address and per account, so sign-up, login and submission cannot be
hammered. Counters live in the cache (Redis in production), in fixed windows."""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache

# name: (attempts, seconds). Settings may override one by name.
DEFAULT_LIMITS = {
    "signup": (5, 60 * 60),
    "login": (10, 15 * 60),
    "submit": (20, 60 * 60),
    "resend": (5, 60 * 60),
}


def limit_of(name):
    return getattr(settings, "EMPLOYER_RATE_LIMITS", {}).get(name, DEFAULT_LIMITS[name])


def client_ip(request):
    """REMOTE_ADDR: behind a proxy, the proxy must set it (gunicorn's forwarded_allow_ips)."""
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def _key(name, who, window):
    digest = hashlib.sha256(str(who).lower().encode()).hexdigest()[:32]
    return f"employers:ratelimit:{name}:{digest}:{window}"


def over_limit(name, *whos):
    """Count one attempt for each of `whos` (an IP, an account); True when any is over."""
    attempts, seconds = limit_of(name)
    window = int(time.time() // seconds)
    over = False
    for who in whos:
        if not who:
            continue
        key = _key(name, who, window)
        cache.add(key, 0, seconds)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, seconds)
            count = 1
        over = over or count > attempts
    return over
