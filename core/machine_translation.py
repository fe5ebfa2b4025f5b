"""Machine translation for wagtail-localize's editor, chosen by the environment; off by default.

MACHINE_TRANSLATOR=deepl           with DEEPL_AUTH_KEY (a DeepL API key)
MACHINE_TRANSLATOR=libretranslate  with LIBRETRANSLATE_URL (a self-hosted LibreTranslate) and,
                                   if that server asks for one, LIBRETRANSLATE_API_KEY
Anything a machine translated is marked "machine" until a person marks it reviewed
(editors/signals.py).
"""

from django.core.exceptions import ImproperlyConfigured

DEEPL = "wagtail_localize.machine_translators.deepl.DeepLTranslator"
LIBRETRANSLATE = "wagtail_localize.machine_translators.libretranslate.LibreTranslator"


def machine_translator(environ):
    """The WAGTAILLOCALIZE_MACHINE_TRANSLATOR setting for this environment, or None."""
    choice = environ.get("MACHINE_TRANSLATOR", "").strip().lower()
    if not choice:
        return None
    if choice == "deepl":
        return {"CLASS": DEEPL, "OPTIONS": {"AUTH_KEY": _required(environ, "DEEPL_AUTH_KEY")}}
    if choice == "libretranslate":
        return {
            "CLASS": LIBRETRANSLATE,
            "OPTIONS": {
                "LIBRETRANSLATE_URL": _required(environ, "LIBRETRANSLATE_URL"),
                "API_KEY": environ.get("LIBRETRANSLATE_API_KEY", ""),
            },
        }
    raise ImproperlyConfigured(
        f"MACHINE_TRANSLATOR={choice!r} is not known: use 'deepl', 'libretranslate' or nothing."
    )


def _required(environ, name):
    value = environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Machine translation needs the environment variable {name}.")
    return value
