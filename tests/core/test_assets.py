"""The front-end files the templates ask for exist, and the fonts are limited to their scripts."""

import re
from pathlib import Path

import pytest

from django.contrib.staticfiles import finders

STYLESHEETS = ["vendor/utrecht.css", "css/portal.css"]


@pytest.mark.parametrize("path", STYLESHEETS)
def test_stylesheet_is_built(path):
    assert finders.find(path), f"{path} missing: run `make assets`"


def test_utrecht_bundle_has_the_components_the_templates_use():
    bundle = Path(finders.find("vendor/utrecht.css")).read_text(encoding="utf-8")
    for selector in [
        ".utrecht-page-header",
        ".utrecht-skip-link",
        ".utrecht-breadcrumb-nav",
        ".utrecht-alert",
        ".utrecht-alternate-lang-nav__heading",
        ".utrecht-link-list",
        # core/templates/includes/form_field.html
        ".utrecht-form-field",
        ".utrecht-form-fieldset",
        ".utrecht-form-label",
        ".utrecht-form-field-description",
        ".utrecht-form-field-error-message",
        ".utrecht-textbox",
        ".utrecht-textarea",
        ".utrecht-select",
        ".utrecht-checkbox",
        ".utrecht-radio-button",
        ".utrecht-button",
    ]:
        assert selector in bundle


def test_the_print_styles_are_a_media_print_block_of_the_theme():
    """Printing (a vacancy's reference code for the Job Office) leaves out the navigation and
    writes out link targets; the rules sit in portal.css, not in a style sheet of their own
    that every first view would download."""
    css = Path(finders.find("css/portal.css")).read_text(encoding="utf-8")
    block = re.search(r"@media print\s*{(.*)}", css, flags=re.DOTALL)
    assert block, "no @media print block in portal.css"
    for rule in [".werkroute-lang-nav", ".werkroute-breadcrumbs", 'a[href^="http"]::after']:
        assert rule in block.group(1)
    assert not finders.find("css/print.css")


def test_every_font_the_theme_declares_is_served_and_limited_by_unicode_range():
    css = Path(finders.find("css/portal.css")).read_text(encoding="utf-8")
    faces = re.findall(r"@font-face\s*{(.*?)}", css, flags=re.DOTALL)
    assert len(faces) == 2
    for face in faces:
        assert "unicode-range" in face
        for url in re.findall(r'url\("\.\./([^"]+)"\)', face):
            assert finders.find(url), f"{url} missing: run `make assets`"
