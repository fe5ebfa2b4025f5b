"""The one way to build the key of a cached thing: what it is, what it was made from (version
namespaces, core/versions.py), whether it changes at midnight (vacancies close by date), and
the parts that tell its variants apart (language, query, page number)."""

import hashlib
import json

from django.core.cache import cache
from django.utils import timezone

from core import versions


def versioned_key(kind, *parts, depends_on=(versions.ANY,), daily=False, known=None):
    """A cache key for `kind` that changes when any namespace in `depends_on` moves on, or the
    day changes when `daily`. `known` holds versions already read ({name: version}), so a page
    is stored under the versions read before it was rendered. Parts may be any text: they are
    hashed, so the key stays short and safe for every cache backend."""
    names = sorted(set(depends_on))
    read = versions.current_many([name for name in names if name not in (known or {})])
    stamp = [[name, (known or {}).get(name) or read[name]] for name in names]
    state = {
        "versions": stamp,
        "day": timezone.localdate().isoformat() if daily else None,
        "parts": [str(part) for part in parts],
    }
    digest = hashlib.sha256(json.dumps(state, ensure_ascii=False).encode()).hexdigest()[:32]
    return f"{kind}:{digest}"


# What is kept for "nothing" (the cache cannot hold None, and "nothing" costs a query too).
NOTHING = "portal:nothing"


def kept_or_made(key, seconds, make):
    """What `make()` returns, from the cache under `key` when it was made before (None too),
    else made now and kept for `seconds`."""
    kept = cache.get(key)
    if kept is None:
        made = make()
        cache.set(key, NOTHING if made is None else made, seconds)
        return made
    return None if isinstance(kept, str) and kept == NOTHING else kept
