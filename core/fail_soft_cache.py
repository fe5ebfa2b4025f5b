"""A Redis cache that fails soft: when Redis is down or stalled, the site runs without a cache.

Everything the portal keeps in the cache (whole pages, the content version, the menu and
footer, rate-limit counters) can be rebuilt or done without, so a cache error must never reach a
visitor. Every call on this backend that meets a Redis error answers as an empty cache would:
reads find nothing, writes are dropped, `incr` raises ValueError (the key is not there), so the
rate limits count from 1 again and let the attempt through (they fail open).

After a failure the cache is left alone for CACHE_RETRY_SECONDS in this process, so a stalled
Redis costs one socket timeout per process and retry interval, not one per cache call, and the
log gets one warning per outage, not one per call. Short socket timeouts come from the settings
(portal/settings/base.py: redis_cache_settings).

Django's Redis backend makes a new redis-py client for every call; building one fills a table of
some 200 reply handlers (about 90 microseconds), several times in each page served from the
cache. Here each connection pool keeps one client (`ReusedClientRedisCacheClient`): a client is
only a handle on its pool, which is safe to share.
"""

import functools
import logging
import pickle
import time

from redis.exceptions import RedisError

from django.conf import settings
from django.core.cache.backends.redis import RedisCache, RedisCacheClient, RedisSerializer

logger = logging.getLogger(__name__)

# LOCATION -> monotonic time until which the cache is treated as absent. One per process:
# Django makes a backend per thread, and all of them talk to the same Redis.
_down_until = {}


def retry_seconds():
    return getattr(settings, "CACHE_RETRY_SECONDS", 5)


def _fail_soft(answer_when_down):
    """Run the Redis call unless the cache is known to be down; on a Redis error, mark it down
    and give the answer an empty cache would give."""

    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            if time.monotonic() < _down_until.get(self._servers[0], 0):
                return answer_when_down(*args, **kwargs)
            try:
                return method(self, *args, **kwargs)
            except RedisError as error:
                _down_until[self._servers[0]] = time.monotonic() + retry_seconds()
                logger.warning(
                    "Cache unavailable (%s in %s); running without it for %s s",
                    type(error).__name__,
                    method.__name__,
                    retry_seconds(),
                )
                return answer_when_down(*args, **kwargs)

        return wrapper

    return decorate


def _missing_key(key, *args, **kwargs):
    raise ValueError(f"Key {key!r} not found (the cache is unavailable).")


class UnreadableEntry(Exception):
    """A cache entry that no longer unpickles, such as one left by an earlier release whose
    classes have since moved or changed."""


class TolerantSerializer(RedisSerializer):
    def loads(self, data):
        try:
            return super().loads(data)
        except (pickle.UnpicklingError, ImportError, AttributeError, EOFError, TypeError) as error:
            raise UnreadableEntry(str(error)) from error


def _unreadable_as_missing(answer_when_unreadable):
    """An entry that cannot be read counts as not there: it is rebuilt, not shown as a 500."""

    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except UnreadableEntry as error:
                logger.warning("Unreadable cache entry read as missing (%s)", error)
                return answer_when_unreadable(*args, **kwargs)

        return wrapper

    return decorate


class ReusedClientRedisCacheClient(RedisCacheClient):
    """Django's client, with one redis-py client per connection pool instead of one per call."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients.setdefault(id(pool), self._client(connection_pool=pool))
        return client


class FailSoftRedisCache(RedisCache):
    def __init__(self, server, params):
        options = params.setdefault("OPTIONS", {})
        options.setdefault("serializer", TolerantSerializer)
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient

    get = _fail_soft(lambda key, default=None, version=None: default)(
        _unreadable_as_missing(lambda key, default=None, version=None: default)(RedisCache.get)
    )
    get_many = _fail_soft(lambda *args, **kwargs: {})(
        _unreadable_as_missing(lambda *args, **kwargs: {})(RedisCache.get_many)
    )
    has_key = _fail_soft(lambda *args, **kwargs: False)(RedisCache.has_key)
    add = _fail_soft(lambda *args, **kwargs: False)(RedisCache.add)
    set = _fail_soft(lambda *args, **kwargs: None)(RedisCache.set)
    set_many = _fail_soft(lambda data, *args, **kwargs: list(data))(RedisCache.set_many)
    touch = _fail_soft(lambda *args, **kwargs: False)(RedisCache.touch)
    delete = _fail_soft(lambda *args, **kwargs: False)(RedisCache.delete)
    delete_many = _fail_soft(lambda *args, **kwargs: None)(RedisCache.delete_many)
    incr = _fail_soft(_missing_key)(RedisCache.incr)
    clear = _fail_soft(lambda *args, **kwargs: False)(RedisCache.clear)
