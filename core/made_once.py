"""After a change, one request makes a cached thing again; the others get it as it was.

A cached page or result is kept under a key that carries the versions it was made from
(core/cache_keys.py), so a change leaves it behind rather than deleting it. Without more, every
request that arrives before the first one is done makes it again: a busy page made many times
over in the same second, and the requests behind them waiting (bench/load.py with churn).

`MadeOnce` names the thing without its versions (a URL, a query) and keeps two small entries:
where it was stored last, and who is making it now. The first request after a change claims the
making; until it is done (at most MAKING_SECONDS), others get what was stored last. Used by the
page cache (core/page_cache.py) and site search's results (search/views.py).

One publication changes many things at once (the board's lists, the home pages, the feeds,
searches). Making all of them in the same second took the site's cores from every other
request, so at most REMAKES_AT_ONCE things are made again at a time, site-wide: a request that
finds them all busy gets the thing as it was, and a later request makes it. A thing with no
earlier copy to give is always made at once.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache

# The longest one request may take to make a thing again while others get it as it was.
MAKING_SECONDS = 10
# How long where a thing was stored last is remembered.
LATEST_SECONDS = 24 * 60 * 60


def identity(*parts):
    """A short key-safe name of a thing from any text parts (a URL, a query and its language)."""
    text = "\x1f".join(str(part) for part in parts)
    return hashlib.md5(text.encode()).hexdigest()  # noqa: S324 - a key, not a secret


def remake_slots():
    return [f"made-once.slot.{number}" for number in range(settings.REMAKES_AT_ONCE)]


class MadeOnce:
    def __init__(self, kind, name):
        self.latest_key = f"{kind}.latest.{name}"
        self.making_key = f"{kind}.rendering.{name}"
        self.makes = False
        self.slot = None

    def stale_while_making(self, store):
        """On a miss: None when this request is to make the thing, else what was stored last in
        `store` (a cache backend), while another request makes it or until a slot is free."""
        claimed = cache.add(self.making_key, True, MAKING_SECONDS)
        stale_key = cache.get(self.latest_key)
        if not claimed:
            return store.get(stale_key) if stale_key else None
        # With nothing to give meanwhile, it is made at once, without a slot.
        if stale_key is not None and not self._take_slot():
            stale = store.get(stale_key)
            if stale is not None:
                cache.delete(self.making_key)  # a later request makes it
                return stale
        self.makes = True
        return None

    def _take_slot(self):
        self.slot = next(
            (slot for slot in remake_slots() if cache.add(slot, True, MAKING_SECONDS)), None
        )
        return self.slot

    def made(self, stored_at):
        """The thing was made: remember its key (None: it was not one to give again, such as a
        404 after an unpublish) and let the next miss make it again."""
        if stored_at:
            cache.set(self.latest_key, stored_at, LATEST_SECONDS)
        else:
            cache.delete(self.latest_key)
        if self.makes:
            cache.delete_many([key for key in (self.making_key, self.slot) if key])
