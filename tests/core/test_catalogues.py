"""Every UI string exists in every portal language, and the compiled catalogues match."""

import re
import shutil
from pathlib import Path

import polib
import pytest

from django.conf import settings
from django.core.management import call_command

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
CODES = [code for code, _name in settings.LANGUAGES]
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\w*\}")


def is_translated(entry):
    if entry.msgid_plural:
        return bool(entry.msgstr_plural) and all(entry.msgstr_plural.values())
    return bool(entry.msgstr)


def catalogue(code):
    return polib.pofile(str(LOCALE_DIR / code / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("code", CODES)
def test_every_string_is_translated(code):
    po = catalogue(code)
    assert len(po) > 0
    untranslated = [entry.msgid for entry in po if not is_translated(entry) and not entry.obsolete]
    fuzzy = [entry.msgid for entry in po if "fuzzy" in entry.flags]
    assert untranslated == []
    assert fuzzy == []


@pytest.mark.parametrize("code", CODES)
def test_every_catalogue_has_the_same_strings_as_dutch(code):
    assert {entry.msgid for entry in catalogue(code)} == {entry.msgid for entry in catalogue("nl")}


@pytest.mark.parametrize("code", CODES)
def test_translations_keep_their_placeholders(code):
    for entry in catalogue(code):
        if not entry.msgid_plural:
            found = sorted(PLACEHOLDER.findall(entry.msgstr))
            assert found == sorted(PLACEHOLDER.findall(entry.msgid)), entry.msgid
            continue
        # Plural forms live in msgstr[n]. A form may leave out the count ("one rule"), but
        # none may invent a placeholder, and the last (the general plural) must keep them all.
        expected = sorted(PLACEHOLDER.findall(entry.msgid_plural))
        forms = [entry.msgstr_plural[n] for n in sorted(entry.msgstr_plural)]
        for form in forms:
            assert set(PLACEHOLDER.findall(form)) <= set(expected), entry.msgid
        assert sorted(PLACEHOLDER.findall(forms[-1])) == expected, entry.msgid


@pytest.mark.parametrize("code", CODES)
def test_compiled_catalogue_matches_its_source(code):
    mo_path = LOCALE_DIR / code / "LC_MESSAGES" / "django.mo"
    assert mo_path.exists(), f"run `make messages` to compile {code}"
    compiled = {
        (entry.msgctxt, entry.msgid): entry.msgstr or dict(entry.msgstr_plural)
        for entry in polib.mofile(str(mo_path))
        if entry.msgid
    }
    source = {
        (entry.msgctxt, entry.msgid): entry.msgstr or dict(entry.msgstr_plural)
        for entry in catalogue(code)
        if is_translated(entry)
    }
    assert compiled == source


@pytest.mark.skipif(
    shutil.which("xgettext") is None, reason="GNU gettext (xgettext) is not installed"
)
def test_catalogues_hold_every_ui_string_in_the_code():
    """makemessages finds no string the catalogues lack, nor any they no longer need."""
    po_path = LOCALE_DIR / "nl" / "LC_MESSAGES" / "django.po"
    original = po_path.read_bytes()
    try:
        call_command(
            "makemessages",
            locale=["nl"],
            no_location=True,
            no_obsolete=True,
            no_wrap=True,
            ignore_patterns=[".venv", "node_modules", "static_collected", "tests", "bench"],
            verbosity=0,
        )
        extracted = {entry.msgid for entry in polib.pofile(str(po_path)) if not entry.obsolete}
    finally:
        po_path.write_bytes(original)
    catalogued = {entry.msgid for entry in polib.pofile(str(po_path))}
    assert extracted - catalogued == set(), "new UI strings: run `make messages` and translate"
    assert catalogued - extracted == set(), "strings no longer used: run `make messages`"
