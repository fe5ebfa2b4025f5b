import io
import os
import tempfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from hypothesis.configuration import set_hypothesis_home_dir

from django.core.cache import cache
from django.core.management import call_command
from django.db import connection

# Hypothesis caches its unicode tables (and, where a test keeps one, its examples) in the
# temporary directory, not in a .hypothesis directory in the working tree.
if not os.environ.get("HYPOTHESIS_STORAGE_DIRECTORY"):
    set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "werkroute-hypothesis")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the demo content once into the test database, as `make demo` does.

    Each test runs in a transaction that is rolled back, so the demo is the same for every test.
    """
    with django_db_blocker.unblock():
        database = Path(str(connection.settings_dict["NAME"])).name
        # pytest-django only creates test databases when a collected test is marked django_db;
        # without one, this would write into the developer's own database.
        assert "test" in database, f"not a test database: {database}"
        call_command("load_demo", stdout=io.StringIO())


@pytest.fixture(autouse=True)
def empty_cache():
    """The database is rolled back after each test; the cache (local memory) is emptied."""
    cache.clear()


@pytest.fixture
def indexed(django_capture_on_commit_callbacks):
    """Run what is made inside it with the search index updated, as after a commit."""

    def run(make):
        with django_capture_on_commit_callbacks(execute=True):
            return make()

    return run


@pytest.fixture
def demo_site(db):
    """The demo content: the home page in six languages, the footer pages, demo users."""


def html(response_or_markup):
    """Parsed HTML of a test-client response, or of a string of markup."""
    markup = getattr(response_or_markup, "content", response_or_markup)
    if isinstance(markup, bytes):
        markup = markup.decode()
    return BeautifulSoup(markup, "html.parser")
