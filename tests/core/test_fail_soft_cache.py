"""Entries that no longer unpickle (left by an earlier release whose classes moved, as when the
core library left the `portal` package) are read as missing, not raised as a 500."""

import pickle
import socket
import threading

import pytest
import redis

from core.fail_soft_cache import FailSoftRedisCache

REDIS = ("127.0.0.1", 6379)
DB = 12


@pytest.fixture
def redis_cache():
    try:
        socket.create_connection(REDIS, timeout=1).close()
    except OSError:
        pytest.skip("needs Redis on 127.0.0.1:6379")
    raw = redis.Redis(*REDIS, db=DB)
    raw.flushdb()
    yield FailSoftRedisCache(f"redis://{REDIS[0]}:{REDIS[1]}/{DB}", {}), raw
    raw.flushdb()


class MenuLink:
    """Stands for a class that a later release moves elsewhere."""


def entry_of_a_moved_class():
    """The pickle of an object whose class's module is gone (protocol 2 names it as text)."""
    entry = pickle.dumps(MenuLink(), protocol=2)
    assert __name__.encode() in entry
    return entry.replace(__name__.encode(), b"gone.module")


def test_an_entry_that_no_longer_unpickles_reads_as_missing(redis_cache):
    cache, raw = redis_cache
    cache.set("menu", "fresh")
    raw.set(cache.make_and_validate_key("menu"), entry_of_a_moved_class())
    assert cache.get("menu", "rebuild") == "rebuild"
    assert cache.get_many(["menu"]) == {}


def test_readable_entries_still_read(redis_cache):
    cache, _raw = redis_cache
    cache.set("menu", ["a", "b"])
    cache.set("count", 3)
    assert cache.get("menu") == ["a", "b"]
    assert cache.get_many(["menu", "count"]) == {"menu": ["a", "b"], "count": 3}


def test_each_connection_pool_keeps_one_client(redis_cache):
    """Django's backend builds a redis-py client per call; this one reuses it, and it still
    reads and writes from any thread that shares the backend."""
    cache, _raw = redis_cache
    client = cache._cache.get_client(write=True)
    cache.set("menu", ["a"])
    assert cache._cache.get_client("menu") is client
    assert cache._cache.get_client(write=True) is client
    answers = []
    worker = threading.Thread(target=lambda: answers.append(cache.get("menu")))
    worker.start()
    worker.join()
    assert answers == [["a"]]
