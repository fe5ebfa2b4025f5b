"""Copy the front-end files the portal serves from node_modules into core/static/vendor/.

The NL Design System CSS and the fonts are npm packages (installed by `npm ci`, never committed).
The site serves only what it uses: the Utrecht components listed below, bundled into one file,
and one weight of each self-hosted font. core/static/css/portal.css loads the fonts by
unicode-range, so a Dutch or English page downloads no font at all.

Run from the project root: `python scripts/build_assets.py` (the Makefile does this).
"""

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NODE_MODULES = ROOT / "node_modules"
VENDOR = ROOT / "core" / "static" / "vendor"

# Utrecht components used by the portal's templates, in cascade order.
UTRECHT_COMPONENTS = [
    "document",
    "page-header",
    "page-body",
    "page-footer",
    "skip-link",
    "alternate-lang-nav",
    "breadcrumb-nav",
    "link",
    "link-list",
    "heading-1",
    "heading-2",
    "heading-3",
    "paragraph",
    "unordered-list",
    "alert",
    "article",
    "separator",
    "button-link",
]

# Regular weight only: bold is synthesised, which keeps an Arabic or Tigrinya page to one font
# file on a resident's data bundle.
FONT_FILES = [
    "@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2",
    "@fontsource/noto-sans-ethiopic/files/noto-sans-ethiopic-ethiopic-400-normal.woff2",
]

LICENCE_FILES = {
    "utrecht-LICENSE.md": "@utrecht/component-library-css/LICENSE.md",
    "fonts/noto-sans-arabic-LICENSE": "@fontsource/noto-sans-arabic/LICENSE",
    "fonts/noto-sans-ethiopic-LICENSE": "@fontsource/noto-sans-ethiopic/LICENSE",
}


def fail(message):
    sys.stderr.write(f"build_assets: {message}\n")
    raise SystemExit(1)


def component_css(name):
    path = NODE_MODULES / "@utrecht" / f"{name}-css" / "dist" / "index.min.css"
    if not path.exists():
        fail(f"{path.relative_to(ROOT)} is missing; run `npm ci` first.")
    return path.read_text(encoding="utf-8")


def build():
    if not NODE_MODULES.exists():
        fail("node_modules/ is missing; run `npm ci` first.")
    (VENDOR / "fonts").mkdir(parents=True, exist_ok=True)

    bundle = "\n".join(component_css(name) for name in UTRECHT_COMPONENTS)
    header = "/* NL Design System components, @utrecht/component-library-css, EUPL-1.2 */\n"
    (VENDOR / "utrecht.css").write_text(header + bundle, encoding="utf-8")

    for relative in FONT_FILES:
        source = NODE_MODULES / relative
        if not source.exists():
            fail(f"{source.relative_to(ROOT)} is missing; run `npm ci` first.")
        shutil.copyfile(source, VENDOR / "fonts" / source.name)

    for target, relative in LICENCE_FILES.items():
        shutil.copyfile(NODE_MODULES / relative, VENDOR / target)

    (VENDOR / ".built").write_text("built by scripts/build_assets.py\n", encoding="utf-8")
    print(f"build_assets: wrote {VENDOR.relative_to(ROOT)}/")


if __name__ == "__main__":
    build()
