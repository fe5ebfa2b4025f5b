"""Copy the front-end files the portal serves from node_modules into core/static/vendor/.

The NL Design System CSS and the fonts are npm packages (installed by `npm ci`, never committed).
The site serves only what it uses: the Utrecht components listed below, bundled into one file,
and one weight of each self-hosted font, cut down with fontTools to the characters that the
unicode-range of its @font-face rule in core/static/css/portal.css names. Those rules take the
phone's own copy of the font first (local()), and portal.css uses a font only on a page in its
language (`html:lang(ar)`), so a Dutch page downloads no font at all.

Run from the project root: `python scripts/build_assets.py` (the Makefile does this).
"""

import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from fontTools import subset

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
    # Forms: every public form renders its fields through core/templates/includes/form_field.html.
    "form-fieldset",
    "form-field",
    "form-label",
    "form-field-description",
    "form-field-error-message",
    "textbox",
    "textarea",
    "select",
    "checkbox",
    "radio-button",
    "button",
]


@dataclass(frozen=True)
class WebFont:
    """A self-hosted font file: the npm file it is cut from and the OpenType features left out.
    Which characters it keeps is the unicode-range of the @font-face rule in PORTAL_CSS that
    names the file, so the range a browser reads and the letters in the file cannot differ."""

    source: str
    without_features: tuple = ()


# Regular weight only: bold is synthesised, which keeps an Arabic or Tigrinya page to one font
# file on a resident's data bundle. Ethiopic leaves out its kerning: 79 KB of GPOS data, more than
# the letters themselves (35 KB for the file with it, 16 KB without), and Ge'ez syllables read
# well without it, as in most phones' own fonts. Arabic keeps every shaping feature.
WEB_FONTS = {
    "werkroute-arabic-400.woff2": WebFont(
        "@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2"
    ),
    "werkroute-ethiopic-400.woff2": WebFont(
        "@fontsource/noto-sans-ethiopic/files/noto-sans-ethiopic-ethiopic-400-normal.woff2",
        without_features=("kern",),
    ),
}
PORTAL_CSS = ROOT / "core" / "static" / "css" / "portal.css"
FONT_FACE = re.compile(r"@font-face\s*{(?P<body>[^}]*)}")
FONT_URL = re.compile(r'url\("\.\./vendor/fonts/(?P<file>[^"]+)"\)')
UNICODE_RANGE = re.compile(r"unicode-range:\s*(?P<range>[^;}]+)")

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


def font_ranges():
    """{file name: unicode-range} of the web fonts that PORTAL_CSS's @font-face rules name."""
    ranges = {}
    for face in FONT_FACE.finditer(PORTAL_CSS.read_text(encoding="utf-8")):
        url, unicode_range = FONT_URL.search(face["body"]), UNICODE_RANGE.search(face["body"])
        if url and unicode_range:
            ranges[url["file"]] = " ".join(unicode_range["range"].split())
    return ranges


def subset_font(target, font, unicode_range):
    """Write `target` with only the characters of `unicode_range`; returns those it holds."""
    source = NODE_MODULES / font.source
    if not source.exists():
        fail(f"{source.relative_to(ROOT)} is missing; run `npm ci` first.")
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = [
        feature for feature in options.layout_features if feature not in font.without_features
    ]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(unicode_range.replace(" ", "")))
    loaded = subset.load_font(str(source), options)
    subsetter.subset(loaded)
    subset.save_font(loaded, str(VENDOR / "fonts" / target), options)
    return set(loaded.getBestCmap())


def build():
    if not NODE_MODULES.exists():
        fail("node_modules/ is missing; run `npm ci` first.")
    (VENDOR / "fonts").mkdir(parents=True, exist_ok=True)

    bundle = "\n".join(component_css(name) for name in UTRECHT_COMPONENTS)
    header = "/* NL Design System components, @utrecht/component-library-css, EUPL-1.2 */\n"
    (VENDOR / "utrecht.css").write_text(header + bundle, encoding="utf-8")

    ranges = font_ranges()
    if set(ranges) != set(WEB_FONTS):
        fail(
            f"{PORTAL_CSS.relative_to(ROOT)} names fonts {sorted(ranges)}, not {sorted(WEB_FONTS)}"
        )
    for stale in (VENDOR / "fonts").glob("*.woff2"):
        stale.unlink()
    for target, font in WEB_FONTS.items():
        if not subset_font(target, font, ranges[target]):
            fail(f"{target}: the font has no character in {ranges[target]}")

    for target, relative in LICENCE_FILES.items():
        shutil.copyfile(NODE_MODULES / relative, VENDOR / target)

    (VENDOR / ".built").write_text("built by scripts/build_assets.py\n", encoding="utf-8")
    print(f"build_assets: wrote {VENDOR.relative_to(ROOT)}/")


if __name__ == "__main__":
    build()
