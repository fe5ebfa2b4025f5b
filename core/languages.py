"""The portal's languages, in one place.

Dutch is the source language of all content. Settings, the locale data migration and the language
switcher all read this module, so adding a language starts here (see README, "Add a language").
"""

from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_noop

SOURCE_LANGUAGE = "nl"

LANGUAGES = [
    ("nl", gettext_noop("Dutch")),
    ("en", gettext_noop("English")),
    ("ar", gettext_noop("Arabic")),
    ("fa", gettext_noop("Persian")),
    ("ti", gettext_noop("Tigrinya")),
    ("tr", gettext_noop("Turkish")),
]

# Django ships no Tigrinya; without this entry {% get_language_info %} raises KeyError for "ti".
EXTRA_LANG_INFO = {
    "ti": {"bidi": False, "code": "ti", "name": "Tigrinya", "name_local": "ትግርኛ"},
}

# Languages written right to left. Django's default list has both, stated here so the rule is
# visible next to the languages it is about.
LANGUAGES_BIDI = ["ar", "fa"]


def register_extra_languages():
    for code, info in EXTRA_LANG_INFO.items():
        LANG_INFO.setdefault(code, info)


def language_codes():
    return [code for code, _name in LANGUAGES]


def language_name(code):
    """The portal's (translatable) name of a language, or the code when it is not ours."""
    return dict(LANGUAGES).get(code, code)
