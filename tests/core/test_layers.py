"""Dependencies point one way (DESIGN.md, "Layout"): the project shell `portal` imports the
apps, each app imports only the apps below it, `core` imports none, and nothing but tests and
benchmarks imports the demo content. A test per rule, read from the source with `ast`, so an
import that goes up fails here before it tangles the apps."""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# From the bottom up; a package may import itself and the packages listed before it.
LAYERS = [
    "core",
    "home",
    "bookings",
    "vacancies",
    "search",
    "alerts",
    "employers",
    "editors",
    "portal",
]
PACKAGES = {*LAYERS, "demo"}


def imports_in(source):
    """(line, module) of every absolute import in `source`, also those inside functions."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        for name in names:
            yield node.lineno, name


def imports_of(path):
    """The first-party packages a module imports."""
    for line, name in imports_in(path.read_text()):
        if name.split(".")[0] in PACKAGES:
            yield line, name


def modules_of(package):
    return [
        path
        for path in sorted((ROOT / package).rglob("*.py"))
        if "migrations" not in path.relative_to(ROOT).parts
    ]


def allowed_for(package):
    if package == "demo":
        return set(PACKAGES)
    return set(LAYERS[: LAYERS.index(package) + 1])


def upward_imports(package):
    allowed = allowed_for(package)
    return [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in modules_of(package)
        for line, name in imports_of(path)
        if name.split(".")[0] not in allowed
    ]


@pytest.mark.parametrize("package", [*LAYERS, "demo"])
def test_imports_point_down(package):
    assert modules_of(package), f"no modules found in {package}/"
    assert upward_imports(package) == []


def test_the_rule_catches_an_upward_import(tmp_path, monkeypatch):
    """The check itself: a core module that imports an app is reported."""
    module = tmp_path / "core" / "sneaky.py"
    module.parent.mkdir()
    module.write_text("def f():\n    from employers.models import Organisation\n")
    monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
    assert upward_imports("core") == ["core/sneaky.py:2 imports employers.models"]


URL_NAME = re.compile(r"""\{%\s*url\s+["'](\w+):""")


def test_core_templates_name_no_app_urls():
    """The shared templates (header, footer, error pages) link to apps through what the apps
    register, not by naming their URLs."""
    named = [
        f"{path.relative_to(ROOT)} names {match}"
        for path in sorted((ROOT / "core" / "templates").rglob("*.html"))
        for match in URL_NAME.findall(path.read_text())
        if match in PACKAGES
    ]
    assert named == []
