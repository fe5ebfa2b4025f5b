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


# Open Graph locales (og:locale), language_TERRITORY as Facebook, LinkedIn and WhatsApp read them.
# Arabic is Facebook's own "ar_AR" (its one Arabic locale; an ISO country would be ignored).
# Tigrinya has no Facebook locale; ti_ER names the language and Eritrea, where most of our
# Tigrinya readers come from. English is British English, as the portal writes it.
OPEN_GRAPH_LOCALES = {
    "nl": "nl_NL",
    "en": "en_GB",
    "ar": "ar_AR",
    "fa": "fa_IR",
    "ti": "ti_ER",
    "tr": "tr_TR",
}


def open_graph_locale(code):
    """The og:locale of a portal language: its entry above, else the code with an underscore."""
    return OPEN_GRAPH_LOCALES.get(code, code.replace("-", "_"))


def register_extra_languages():
    for code, info in EXTRA_LANG_INFO.items():
        LANG_INFO.setdefault(code, info)


def language_codes():
    return [code for code, _name in LANGUAGES]


def language_name(code):
    """The portal's (translatable) name of a language, or the code when it is not ours."""
    return dict(LANGUAGES).get(code, code)
