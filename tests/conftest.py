import hashlib
import io
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from hypothesis.configuration import set_hypothesis_home_dir

from django.apps import apps as django_apps
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone

# Hypothesis caches its unicode tables (and, where a test keeps one, its examples) in the
# temporary directory, not in a .hypothesis directory in the working tree.
if not os.environ.get("HYPOTHESIS_STORAGE_DIRECTORY"):
    set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "werkroute-hypothesis")


DATABASE_FIXTURES = {"db", "transactional_db", "live_server", "django_db_setup"}


def uses_database(item):
    fixtures = set(getattr(item, "fixturenames", ()))
    return bool(item.get_closest_marker("django_db") or fixtures & DATABASE_FIXTURES)


def pytest_collection_modifyitems(items):
    """A test that never touches the database cannot need the demo: it is marked `skeleton`."""
    for item in items:
        if not uses_database(item):
            item.add_marker(pytest.mark.skeleton)
        elif item.get_closest_marker("skeleton") and "demo_site" in item.fixturenames:
            raise pytest.UsageError(f"{item.nodeid} is marked skeleton but asks for demo_site")


def runs_on_skeleton(session):
    """Whether every test of this session is marked `skeleton`: then the test database gets the
    skeleton site only. Any other test needs the demo, and then the whole session gets the demo
    (a skeleton test passes on either: it makes its own data with the factories)."""
    items = session.items
    return bool(items) and all(item.get_closest_marker("skeleton") for item in items)


@pytest.fixture(scope="session")
def django_db_modify_db_settings(
    request, django_db_modify_db_settings_parallel_suffix, django_db_blocker
):
    """A skeleton session has its own test database (test_<name>_skeleton), so that it can run
    beside a demo session on the same server (`make test-unit` runs the two side by side).

    A demo session on PostgreSQL starts from a copy of the demo database when an earlier session
    of the same code left one today (see keep_demo_template): `make test` loads the demo once for
    the unit tests and the browser tests start from its copy."""
    if runs_on_skeleton(request.session):
        for database in settings.DATABASES.values():
            test = database.setdefault("TEST", {})
            test["NAME"] = f"{test.get('NAME') or 'test_' + str(database['NAME'])}_skeleton"
        return
    if connection.vendor != "postgresql":
        return
    template = DEMO_TEMPLATE["name"] = demo_template_name()
    with django_db_blocker.unblock(), connection._nodb_cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [template])
        if cursor.fetchone():
            settings.DATABASES["default"].setdefault("TEST", {})["TEMPLATE"] = template


# The saved demo database of this session's code and day, named before the test database is made.
DEMO_TEMPLATE = {"name": None}


def demo_template_name():
    """The name of the saved demo database for this code and this day: test_<name>_demo_<hash>.

    The hash covers what load_demo's result depends on: the apps' Python code and catalogues,
    everything in demo/, and today's date (the demo dates vacancies and events from today)."""
    root = Path(settings.BASE_DIR)
    digest = hashlib.sha256(timezone.localdate().isoformat().encode())
    sources = [path for path in (root / "demo").rglob("*") if path.is_file()]
    for app in ("core", "home", "bookings", "vacancies", "search", "alerts", "employers"):
        sources += (root / app).rglob("*.py")
    for app in ("editors", "portal", "locale"):
        sources += (root / app).rglob("*.p[yo]")
    for path in sorted(sources):
        if "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return f"{demo_template_prefix()}{digest.hexdigest()[:12]}"


def demo_template_prefix():
    test = connection.settings_dict.get("TEST") or {}
    name = test.get("NAME") or f"test_{connection.settings_dict['NAME']}"
    # CI drops every test_<name>_* database when it ends (.ci/run).
    return f"{name}_demo_"


def keep_demo_template():
    """Save the freshly loaded demo database as a template for later sessions of this code and
    day, replacing older ones. PostgreSQL copies a database only while nobody is connected."""
    template = DEMO_TEMPLATE["name"]
    loaded = connection.settings_dict["NAME"]
    connection.close()
    with connection._nodb_cursor() as cursor:
        prefix = template[: -len(template.rsplit("_", 1)[1])]
        cursor.execute(
            "SELECT datname FROM pg_database WHERE left(datname, %s) = %s", [len(prefix), prefix]
        )
        for (old,) in cursor.fetchall():
            cursor.execute(f'DROP DATABASE IF EXISTS "{old}"')
        cursor.execute(f'CREATE DATABASE "{template}" TEMPLATE "{loaded}"')


@pytest.fixture(scope="session")
def django_db_setup(request, django_db_setup, django_db_blocker):
    """Fill the test database once per session: the skeleton site (tests/home/factories.py) when
    every test of the session is marked `skeleton`, otherwise the whole demo, as `make demo` does.

    Each test runs in a transaction that is rolled back, so every test starts from the same data.
    """
    with django_db_blocker.unblock():
        database = Path(str(connection.settings_dict["NAME"])).name
        # pytest-django only creates test databases when a collected test is marked django_db;
        # without one, this would write into the developer's own database.
        assert "test" in database, f"not a test database: {database}"
        if runs_on_skeleton(request.session):
            build_skeleton()
        elif settings.DATABASES["default"].get("TEST", {}).get("TEMPLATE"):
            pass  # a copy of a demo database loaded by an earlier session of this code today
        else:
            call_command("load_demo", stdout=io.StringIO())
            if DEMO_TEMPLATE["name"]:
                keep_demo_template()
    yield
    with django_db_blocker.unblock():
        release_test_database()


@contextmanager
def rolled_back_at_the_end(django_db_blocker):
    """For a module-scoped fixture: what is made inside the block stays for the module's tests
    (each test's own changes are rolled back to it) and is rolled back when the block ends."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


def release_test_database():
    """Before pytest-django drops the test database: end the connections that servers started
    by tests (tests/core/test_faults.py) may still hold for a moment after they stopped, which
    would keep PostgreSQL from dropping it ("being accessed by other users")."""
    if connection.vendor != "postgresql":
        return
    name = connection.settings_dict["NAME"]
    connection.close()
    with connection._nodb_cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = %s AND pid <> pg_backend_pid()",
            [name],
        )


def build_skeleton():
    """The skeleton site in every language, with the editors' roles in step with its pages."""
    from editors.roles import sync_roles
    from tests.home.factories import build_site

    build_site()
    sync_roles(django_apps)


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
    """The demo content: the home page in six languages, the footer pages, demo users. Asking
    for it keeps a test out of the skeleton session (see runs_on_skeleton)."""


def html(response_or_markup):
    """Parsed HTML of a test-client response, or of a string of markup."""
    markup = getattr(response_or_markup, "content", response_or_markup)
    if isinstance(markup, bytes):
        markup = markup.decode()
    return BeautifulSoup(markup, "html.parser")
