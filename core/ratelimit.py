"""Counting attempts per IP address and per account, so logins, sign-up and submission cannot be
hammered. Counters live in the cache (Redis in production), in fixed windows. Used by the
employers' pages and the editors' admin login.

One refusal policy for every rate-limited place: `attempt()` counts and returns a `Refusal`
when the limit is passed; the answer is then always status 429 with a Retry-After header and a
message in the visitor's language - as the error of the form, which comes back with everything
typed (`Refusal.refuse(form)`, `answer(response, refusal)`), or, where there is no form, the
429 page (`refused_page`). Places that must look the same whether or not an account exists
(resending a confirmation, a password reset) count with `over_limit` and refuse silently.
"""

import hashlib
import math
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from django.conf import settings
from django.core.cache import cache
from django.forms.utils import ErrorDict
from django.shortcuts import render
from django.urls import reverse
from django.utils.formats import time_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _

TOO_MANY_STATUS = 429

# name: (attempts, seconds). Settings may override one by name.
DEFAULT_LIMITS = {
    "signup": (5, 60 * 60),
    "login": (10, 15 * 60),
    "submit": (20, 60 * 60),
    "resend": (5, 60 * 60),
    "admin_login": (10, 15 * 60),
    # Per organisation and per IP: each invite sends an e-mail to an address typed in.
    "invite": (10, 60 * 60),
    # Per employer account: each saved draft is a revision; a script saving without end would
    # fill the database (a form typed by hand is saved far less often).
    "draft_save": (30, 10 * 60),
    # Booking a talk at a desk. Per IP address: many residents of one azc share its address,
    # so generous; per phone number: a few bookings a day is plenty for one person.
    "booking": (30, 60 * 60),
    "booking_number": (6, 24 * 60 * 60),
    # Asking for e-mail alerts (each sends a confirmation e-mail to the address typed in): per
    # IP address generous, as residents of one azc share it; per address a few a day.
    "alert_signup": (30, 60 * 60),
    "alert_signup_address": (5, 24 * 60 * 60),
    # An employer's "call me back" request: each one is e-mailed to the service point.
    "callback": (5, 60 * 60),
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


def now():
    """The clock the counters use; tests move it instead of sleeping."""
    return time.time()


def _key(name, who, window):
    digest = hashlib.sha256(str(who).lower().encode()).hexdigest()[:32]
    return f"ratelimit:{name}:{digest}:{window}"


def _window_key(name, who):
    attempts, seconds = limit_of(name)
    return _key(name, who, int(now() // seconds)), attempts, seconds


def seconds_left_in_window(name):
    _attempts, seconds = limit_of(name)
    return seconds - now() % seconds


def count_attempt(name, who):
    """Count one attempt by `who` in the current window; the new count."""
    key, _attempts, seconds = _window_key(name, who)
    cache.add(key, 0, seconds)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, seconds)
        return 1


def is_over(name, who):
    """Whether `who` already used up the attempts of this window, without counting one."""
    key, attempts, _seconds = _window_key(name, who)
    return (cache.get(key) or 0) >= attempts


@dataclass(frozen=True)
class Refusal:
    """An attempt over the limit: what to tell the visitor, and in how many seconds to retry."""

    message: str
    retry_after: float

    def refuse(self, form):
        """The form comes back with what was typed, its own errors and this one on top."""
        if not hasattr(form, "cleaned_data"):
            form.is_valid()
        form.add_error(None, self.message)


def answer(response, refusal):
    """The response as the answer to a refused attempt (unchanged when `refusal` is None)."""
    if refusal is not None:
        response.status_code = TOO_MANY_STATUS
        response["Retry-After"] = str(max(1, math.ceil(refusal.retry_after)))
    return response


def refused_page(request, refusal, back_url):
    """The answer where there is no form to show the refusal on."""
    moment = localtime(datetime.fromtimestamp(now() + refusal.retry_after, tz=UTC))
    context = {"time": time_format(moment, "H:i"), "back_url": back_url}
    return answer(render(request, "429.html", context), refusal)


def attempt(name, *whos):
    """Count one attempt for each of `whos` (an IP, an account); a Refusal when any is over."""
    attempts = limit_of(name)[0]
    over = False
    for who in whos:
        if who:
            over = count_attempt(name, who) > attempts or over
    if not over:
        return None
    return Refusal(too_many_attempts_message(), seconds_left_in_window(name))


def over_limit(name, *whos):
    """Count as `attempt` does; True when over. For answers that must not show the refusal."""
    return attempt(name, *whos) is not None


def too_many_attempts_message():
    return _("Too many attempts. Wait a while and try again; what you typed is kept below.")


# An account is never blocked outright, or anyone could lock its owner out by typing wrong
# passwords for it. After FREE_FAILURES wrong passwords in a row, each next one makes the account
# wait before it may try again: 2, 4, 8 ... seconds, at most MAX_DELAY_SECONDS. The right password
# works as soon as the wait is over, and resets the count.
FREE_FAILURES = 5
MAX_DELAY_SECONDS = 5 * 60
# How long a run of failures is remembered after the last one.
FAILURES_KEPT_SECONDS = 24 * 60 * 60


def _account_key(name, account):
    digest = hashlib.sha256(str(account).lower().encode()).hexdigest()[:32]
    return f"ratelimit:{name}:account:{digest}"


def account_wait_until(name, account):
    """The moment (a Unix time) this account may try again, or None when it may now."""
    failures = cache.get(_account_key(name, account))
    if not failures or failures["until"] <= now():
        return None
    return failures["until"]


def record_failed_login(name, account):
    key = _account_key(name, account)
    failures = cache.get(key) or {"count": 0, "until": 0}
    failures["count"] += 1
    over = failures["count"] - FREE_FAILURES
    if over > 0:
        failures["until"] = now() + min(2**over, MAX_DELAY_SECONDS)
    cache.set(key, failures, FAILURES_KEPT_SECONDS)


def forget_failed_logins(name, account):
    cache.delete(_account_key(name, account))


def account_waits_message(until, reset_url):
    moment = localtime(datetime.fromtimestamp(until, tz=UTC))
    return _(
        "Too many wrong passwords for this account. Try again after %(time)s. "
        "Forgot your password? A new one can still be set at %(reset_url)s"
    ) % {"time": time_format(moment, "H:i:s"), "reset_url": reset_url}


class RateLimitedLoginMixin:
    """For a LoginView. Only failed logins count. Past the limit per IP address, or while the
    account waits after wrong passwords (see FREE_FAILURES), the form comes back with the name
    typed and an error, and the password is not even checked."""

    rate_limit_name = "login"
    reset_route = "employers:password_reset"

    def post(self, request, *args, **kwargs):
        account = request.POST.get("username", "").strip().lower()
        if is_over(self.rate_limit_name, client_ip(request)):
            seconds = seconds_left_in_window(self.rate_limit_name)
            return self.refused(Refusal(too_many_attempts_message(), seconds))
        until = account and account_wait_until(self.rate_limit_name, account)
        if until:
            reset_url = request.build_absolute_uri(reverse(self.reset_route))
            return self.refused(Refusal(account_waits_message(until, reset_url), until - now()))
        return super().post(request, *args, **kwargs)

    def refused(self, refusal):
        form = self.get_form()
        # Not validated: the password is not even checked while refused.
        form._errors, form.cleaned_data = ErrorDict(), {}
        refusal.refuse(form)
        return answer(self.render_to_response(self.get_context_data(form=form)), refusal)

    def form_valid(self, form):
        forget_failed_logins(self.rate_limit_name, self.typed_account())
        return super().form_valid(form)

    def form_invalid(self, form):
        count_attempt(self.rate_limit_name, client_ip(self.request))
        if self.typed_account():
            record_failed_login(self.rate_limit_name, self.typed_account())
        return super().form_invalid(form)

    def typed_account(self):
        return self.request.POST.get("username", "").strip().lower()
