"""Version numbers for cached fragments: a cache key includes the version, and a change to
the content behind it moves the version on, so stale entries are simply never read again."""

from django.core.cache import cache


def _key(name):
    return f"portal:version:{name}"


def current(name):
    version = cache.get(_key(name))
    if version is None:
        version = 1
        cache.add(_key(name), version, None)
    return version


def bump(name):
    try:
        cache.incr(_key(name))
    except ValueError:
        cache.set(_key(name), 2, None)
