"""core/made_once.py: one request makes a changed thing again, at most REMAKES_AT_ONCE things
are made again at a time, and a thing with nothing to give meanwhile never waits for a slot."""

import pytest

from django.core.cache import cache

from core.made_once import MAKING_SECONDS, MadeOnce, remake_slots

pytestmark = pytest.mark.skeleton


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def made_before(name, value):
    """A thing made and stored once, as the page cache or site search do."""
    first = MadeOnce("test", name)
    assert first.stale_while_making(cache) is None
    cache.set(f"stored:{name}", value)
    first.made(f"stored:{name}")


def test_a_thing_never_stored_is_made_without_taking_a_remake_slot():
    making = MadeOnce("test", "zoeken")
    assert making.stale_while_making(cache) is None
    assert making.makes
    assert making.slot is None
    assert cache.get_many(remake_slots()) == {}
    making.made(None)  # not kept, as a private search page


def test_a_changed_thing_takes_a_slot_while_it_is_made_and_gives_it_back():
    made_before("bord", "zoals het was")
    making = MadeOnce("test", "bord")
    assert making.stale_while_making(cache) is None
    assert making.slot in remake_slots()
    assert cache.get(making.slot)
    # Meanwhile another request gets it as it was.
    assert MadeOnce("test", "bord").stale_while_making(cache) == "zoals het was"
    making.made("stored:bord")
    assert cache.get_many(remake_slots()) == {}
    assert cache.get(making.making_key) is None


def test_when_every_slot_is_taken_the_thing_is_given_as_it_was_and_made_later():
    made_before("bord", "zoals het was")
    for slot in remake_slots():
        cache.add(slot, True, MAKING_SECONDS)
    waiting = MadeOnce("test", "bord")
    assert waiting.stale_while_making(cache) == "zoals het was"
    assert not waiting.makes
    assert cache.get(waiting.making_key) is None, "free for the next request"
    cache.delete_many(remake_slots())
    assert MadeOnce("test", "bord").stale_while_making(cache) is None
