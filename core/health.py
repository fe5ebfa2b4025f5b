"""GET /healthz: can this process reach its database and its cache?

For a load balancer or uptime check: 200 with {"database": "ok", "cache": "ok"}, or 503 naming
the part that failed. It sets no cookie and is never cached; it reveals no version, host or
error text.
"""

import secrets

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

OK = "ok"
UNAVAILABLE = "unavailable"


def database_state():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return UNAVAILABLE
    return OK


def cache_state():
    key = f"healthz:{secrets.token_hex(8)}"
    try:
        cache.set(key, OK, 10)
        found = cache.get(key)
        cache.delete(key)
    except Exception:  # noqa: BLE001 - every cache backend raises its own errors
        return UNAVAILABLE
    return OK if found == OK else UNAVAILABLE


@never_cache
@require_safe
def healthz(request):
    states = {"database": database_state(), "cache": cache_state()}
    healthy = all(state == OK for state in states.values())
    return JsonResponse(states, status=200 if healthy else 503)
