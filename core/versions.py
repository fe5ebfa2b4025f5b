"""Version stamps for cached things: a cache key carries the versions of what its content was
made from, and a change moves those versions on, so stale entries are simply never read again.

A version is a random token, not a counter: when an idle namespace's entry expires from the
cache, the new token can never match a key written under the old one.

Namespaces, from wide to narrow (core/invalidation.py decides which a change moves on):
- ANY: moved on by every change a visitor can see; what does not know its dependencies uses it.
- SHARED: a change nobody classified (a snippet, a setting, a place, an organisation); every
  cached page depends on it.
- MENU: the main menu and the footer, shown on every page.
- PAGES: any editorial page published, unpublished or moved (site search, suggestions).
- BOARD: the vacancy board's lists, counts and feeds, and the home page's latest vacancies.
- page_namespace(path), below_namespace(path), vacancy_namespace(code): one page (with the
  breadcrumbs of the pages under it), the listings of the pages under one page, one vacancy.
"""

import secrets

from django.core.cache import cache
from django.db import transaction

ANY = "content"
SHARED = "shared"
MENU = "menu"
PAGES = "pages"
BOARD = "vacancy-board"

# Longer than anything keyed on a version is kept (pages, menus, counts: an hour at most).
VERSION_SECONDS = 7 * 24 * 60 * 60


def page_namespace(tree_path):
    """A page by its place in the tree (Page.path): itself, and the titles the pages under it
    show in their breadcrumbs."""
    return f"page:{tree_path}"


def below_namespace(tree_path):
    """Lists of the pages under a page (the home page's stories and events, an index)."""
    return f"below:{tree_path}"


def vacancy_namespace(reference_code):
    return f"vacancy:{reference_code.upper()}"


def _key(name):
    return f"portal:version:{name}"


def _token():
    return secrets.token_hex(6)


def current_many(names):
    """{name: version} for `names`, in one cache round trip when all exist."""
    names = list(dict.fromkeys(names))
    found = cache.get_many([_key(name) for name in names])
    versions = {}
    for name in names:
        version = found.get(_key(name))
        if version is None:
            cache.add(_key(name), _token(), VERSION_SECONDS)
            version = cache.get(_key(name)) or _token()
        versions[name] = version
    return versions


def current(name):
    return current_many([name])[name]


def bump(name):
    cache.set(_key(name), _token(), VERSION_SECONDS)


def changed(*names):
    """Something a visitor sees changed: move `names` on, and ANY with them - now, and inside a
    transaction again when it commits. A request that read the rows in between still saw the
    old ones and may have cached what it made under the new versions (a page, the pages of a
    route, counts); the second move leaves that unread. A cache that fails then does not undo
    the commit (robust: it is logged)."""
    names = {ANY, *names}
    _move_on(names)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: _move_on(names), robust=True)


def _move_on(names):
    cache.set_many({_key(name): _token() for name in names}, VERSION_SECONDS)
