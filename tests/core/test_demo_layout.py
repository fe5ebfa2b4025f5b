"""The demo lives in its own `demo` app, and nothing in the portal's apps imports it.

DESIGN.md: "demo/ demo content as data plus the `load_demo` command; nothing imports it but
tests/bench". The apps' source is parsed, not imported, so a lazy import inside a function
counts too.
"""

from pathlib import Path

import pytest

from django.apps import apps
from django.conf import settings

from tests.core.test_layers import imports_in

ROOT = Path(__file__).resolve().parents[2]


def portal_apps():
    """The installed apps that live in this repository, the demo itself left out."""
    return [
        Path(config.path)
        for config in apps.get_app_configs()
        if Path(config.path).parent == ROOT and config.name != "demo"
    ]


def app_modules():
    """Every module of the apps and of the project shell (portal/, which is no app)."""
    for app in [*portal_apps(), ROOT / "portal"]:
        yield from sorted(app.rglob("*.py"))


def test_the_apps_of_the_portal_are_all_checked():
    names = {path.name for path in portal_apps()}
    assert {"core", "home", "bookings", "vacancies", "employers", "editors", "search"} <= names


def demo_imports(source):
    """The modules of the `demo` package that `source` imports, with their line numbers."""
    return [(name, line) for line, name in imports_in(source) if name.split(".")[0] == "demo"]


@pytest.mark.parametrize(
    "source",
    [
        "import demo",
        "import demo.home as home_demo",
        "from demo import site",
        "from demo.vacancies import demo_reference_code",
        "def later():\n    from demo.employers import DEMO_EMPLOYER\n",
    ],
)
def test_the_check_finds_an_import_of_the_demo(source):
    assert demo_imports(source)


@pytest.mark.parametrize(
    "source",
    ["import demonstration", "from home.demo_helpers import x", "from . import demo", "x = 'demo'"],
)
def test_the_check_ignores_what_is_not_the_demo_package(source):
    assert not demo_imports(source)


def test_no_module_of_the_apps_imports_the_demo():
    offenders = [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in app_modules()
        for name, line in demo_imports(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_apps_keep_no_demo_modules_of_their_own():
    """Demo content and loaders moved to demo/; an app's demo.py would no longer be loaded."""
    strays = [
        str(path.relative_to(ROOT))
        for path in app_modules()
        if path.stem == "demo" or path.stem.startswith("demo_") or path.stem == "load_demo"
    ]
    assert strays == []


def test_the_demo_app_is_installed_so_load_demo_is_found():
    assert "demo" in settings.INSTALLED_APPS
