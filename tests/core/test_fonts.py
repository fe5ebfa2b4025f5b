"""The web fonts for Arabic and Ge'ez script cost a phone as little as they can (issue 20):
the phone's own Noto font comes first, the web font holds only the letters of the portal's
languages, and only a page in that language uses it - a language name in Arabic letters on a
Dutch page is set in the phone's own fonts and downloads nothing."""

import importlib.util
import re
from pathlib import Path

import polib
import pytest
from fontTools.ttLib import TTFont

from django.conf import settings
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.skeleton

ROOT = Path(settings.BASE_DIR)
# Each family: the page languages that may use it, the Unicode block of its script, and the
# most its web font may weigh (the npm files it is cut from weigh 48.8 and 75.1 KB).
FAMILIES = {
    "Werkroute Arabic": {"languages": {"ar", "fa"}, "block": (0x0600, 0x06FF), "max": 16_000},
    "Werkroute Ethiopic": {"languages": {"ti"}, "block": (0x1200, 0x139F), "max": 24_000},
}


def style_rules(css):
    """(prelude, declarations) of every rule, the rules inside @media and @supports included."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL)
    rules, preludes, text = [], [], ""
    for char in css:
        if char == "{":
            preludes.append(text.strip())
            text = ""
        elif char == "}":
            prelude = preludes.pop()
            if text.strip():
                rules.append((" ".join(prelude.split()), text.strip()))
            text = ""
        else:
            text += char
    return rules


def declarations(body):
    return {
        name.strip(): value.strip()
        for name, _colon, value in (part.partition(":") for part in body.split(";"))
        if value.strip()
    }


def code_points(unicode_range):
    """The characters of a CSS unicode-range ("U+0621-063A, U+060C")."""
    points = set()
    for part in unicode_range.split(","):
        first, _dash, last = part.strip().removeprefix("U+").removeprefix("u+").partition("-")
        points.update(range(int(first, 16), int(last or first, 16) + 1))
    return points


def portal_css():
    return Path(finders.find("css/portal.css")).read_text(encoding="utf-8")


def font_faces():
    """{family: declarations} of the @font-face rules of the theme."""
    faces = [
        declarations(body) for prelude, body in style_rules(portal_css()) if prelude == "@font-face"
    ]
    return {face["font-family"].strip('"'): face for face in faces}


def font_file(face):
    url = re.search(r'url\("\.\./([^"]+\.woff2)"\)', face["src"])
    assert url, f"no WOFF2 file in {face['src']}"
    path = finders.find(url[1])
    assert path, f"{url[1]} missing: run `make assets`"
    return Path(path)


def script_letters(text, block):
    first, last = block
    return {ord(char) for char in text if first <= ord(char) <= last}


def catalogue_text(code):
    entries = polib.pofile(str(ROOT / "locale" / code / "LC_MESSAGES" / "django.po"))
    return "".join(
        entry.msgstr + "".join(entry.msgstr_plural.values())
        for entry in entries.translated_entries()
    )


def test_the_theme_declares_one_face_per_script_font():
    assert set(font_faces()) == set(FAMILIES)


@pytest.mark.parametrize("family", FAMILIES)
def test_a_phone_that_has_the_font_uses_its_own_copy_first(family):
    face = font_faces()[family]
    sources = [source.strip() for source in face["src"].split(",")]
    assert sources[0].startswith("local("), face["src"]
    kinds = [source.split("(")[0] for source in sources]
    # Every local() name before the download, so any of them saves it.
    assert kinds == ["local"] * (len(kinds) - 1) + ["url"], face["src"]
    names = {source[len('local("') : -2] for source in sources[:-1]}
    # The full and PostScript names of the Noto font, as fonts-noto-core and Android name them.
    noto = family.replace("Werkroute", "Noto Sans")
    assert {noto + " Regular", noto.replace(" ", "") + "-Regular"} <= names
    assert "unicode-range" in face


@pytest.mark.parametrize("family", FAMILIES)
def test_the_web_font_holds_exactly_its_unicode_range_and_stays_small(family):
    face = font_faces()[family]
    path = font_file(face)
    assert path.stat().st_size <= FAMILIES[family]["max"], f"{path.name}: {path.stat().st_size} B"
    held = set(TTFont(path).getBestCmap())
    declared = code_points(face["unicode-range"])
    # No character outside the range (bytes no page can use) and none of the range's letters
    # missing (the browser would fetch the file and still fall back to another font).
    assert held <= declared
    block = FAMILIES[family]["block"]
    letters = {point for point in declared if block[0] <= point <= block[1]}
    source_cmap = set(TTFont(font_source(path.name)).getBestCmap())
    assert letters & source_cmap <= held


def font_source(name):
    """The npm font that scripts/build_assets.py cut `name` from."""
    spec = importlib.util.spec_from_file_location("build_assets", ROOT / "scripts/build_assets.py")
    build_assets = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_assets)
    return build_assets.NODE_MODULES / build_assets.WEB_FONTS[name].source


@pytest.mark.parametrize("family", FAMILIES)
def test_every_letter_the_portal_writes_in_the_script_is_in_the_font(family):
    held = set(TTFont(font_file(font_faces()[family])).getBestCmap())
    block = FAMILIES[family]["block"]
    text = "".join(catalogue_text(code) for code in FAMILIES[family]["languages"])
    # The demo's own texts in these languages too (read as text: nothing imports demo/).
    text += "".join(path.read_text(encoding="utf-8") for path in (ROOT / "demo").glob("*.py"))
    missing = script_letters(text, block) - held
    assert not missing, " ".join(f"U+{point:04X} {chr(point)}" for point in sorted(missing))


def test_the_arabic_font_keeps_its_shaping_features():
    font = TTFont(font_file(font_faces()["Werkroute Arabic"]))
    features = {
        table: {record.FeatureTag for record in font[table].table.FeatureList.FeatureRecord}
        for table in ("GSUB", "GPOS")
    }
    assert {"init", "medi", "fina", "rlig"} <= features["GSUB"]
    assert {"mark", "mkmk"} <= features["GPOS"]


def project_stylesheets():
    """Every style sheet of the project's apps, the built vendor bundle included."""
    sheets = [
        path
        for path in ROOT.glob("*/static/**/*.css")
        if "node_modules" not in path.parts and "static_collected" not in path.parts
    ]
    assert any(path.name == "portal.css" for path in sheets)
    return sheets


@pytest.mark.parametrize("family", FAMILIES)
def test_only_a_page_in_the_fonts_language_uses_it(family):
    page_language = re.compile(r"^html(\.[\w-]+)*:lang\((?P<code>[a-z]{2})\)$")
    uses = []
    for path in project_stylesheets():
        for prelude, body in style_rules(path.read_text(encoding="utf-8")):
            if prelude != "@font-face" and family in body:
                uses.append((path.name, prelude))
    assert uses, f"no rule uses {family}"
    for name, prelude in uses:
        for selector in prelude.split(","):
            scoped = page_language.match(selector.strip())
            # Not `:lang(ar)` on any element: a language name in a Dutch page would fetch it.
            assert scoped, f"{name}: {prelude!r} is not scoped to the page's language"
            assert scoped["code"] in FAMILIES[family]["languages"], f"{name}: {prelude!r}"


def test_style_rules_sees_a_rule_inside_a_media_block():
    # The parser the scoping test relies on: a use of the font inside @media counts too.
    css = '@media print { .a :lang(ar) { font-family: "Werkroute Arabic"; } } b { c: d }'
    assert style_rules(css) == [(".a :lang(ar)", 'font-family: "Werkroute Arabic";'), ("b", "c: d")]
