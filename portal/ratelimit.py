"""Counting attempts per IP address and per account, so logins, sign-up and submission cannot be
hammered. Counters live in the cache (Redis in production), in fixed windows. Used by the
employers' pages and the editors' admin login."""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.forms.utils import ErrorDict
from django.utils.translation import gettext as _

TOO_MANY_STATUS = 429

# name: (attempts, seconds). Settings may override one by name.
DEFAULT_LIMITS = {
    "signup": (5, 60 * 60),
    "login": (10, 15 * 60),
    "submit": (20, 60 * 60),
    "resend": (5, 60 * 60),
    "admin_login": (10, 15 * 60),
}


def limit_of(name):
    return getattr(settings, "RATE_LIMITS", {}).get(name, DEFAULT_LIMITS[name])


def client_ip(request):
    """The visitor's address. Behind TRUSTED_PROXY_HOPS proxies that each append to
    X-Forwarded-For (nginx: `$proxy_add_x_forwarded_for`), it is the entry that many places from
    the right: entries further left were written by the visitor and prove nothing. Without
    proxies, REMOTE_ADDR."""
    hops = getattr(settings, "TRUSTED_PROXY_HOPS", 0)
    if hops > 0:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        addresses = [address.strip() for address in forwarded if address.strip()]
        if len(addresses) >= hops:
            return addresses[-hops]
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def _key(name, who, window):
    digest = hashlib.sha256(str(who).lower().encode()).hexdigest()[:32]
    return f"ratelimit:{name}:{digest}:{window}"


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


def too_many_attempts_message():
    return _("Too many attempts. Wait a while and try again; what you typed is kept below.")


class RateLimitedLoginMixin:
    """For a LoginView: past the limit per IP or per account name, the form comes back with the
    name typed and an error, and the password is not even checked."""

    rate_limit_name = "login"

    def post(self, request, *args, **kwargs):
        account = request.POST.get("username", "").strip().lower()
        if over_limit(self.rate_limit_name, client_ip(request), account):
            form = self.get_form()
            form._errors, form.cleaned_data = ErrorDict(), {}
            form.add_error(None, too_many_attempts_message())
            response = self.render_to_response(self.get_context_data(form=form))
            response.status_code = TOO_MANY_STATUS
            return response
        return super().post(request, *args, **kwargs)
