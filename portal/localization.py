"""Finding pages and snippets in the reader's language without a query per object."""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.utils import translation

from wagtail.models import Locale, Page


def localized_pages(pages, locale):
    """The live translation of each page in `locale` (a Locale or its id); else the page itself.

    Wagtail's `page.localized` costs two queries per page; footers and entry lists link to
    several pages on every request, so they are looked up together. None entries stay None.
    """
    keys = {page.translation_key for page in pages if page is not None}
    translations = {
        translated.translation_key: translated
        for translated in Page.objects.live()
        .filter(translation_key__in=keys, locale=locale)
        .select_related("locale")
    }
    return [
        None if page is None else translations.get(page.translation_key, page) for page in pages
    ]


# Locales are a handful of rows that change only when a language is added; templates ask for
# them on every block and card. Keep id <-> code in memory, refreshed when a locale changes.
_locale_codes = {}


def _load_locale_codes():
    if not _locale_codes:
        _locale_codes.update(Locale.objects.values_list("pk", "language_code"))
    return _locale_codes


def forget_locales(**kwargs):
    _locale_codes.clear()


def language_code_of(locale_id):
    codes = _load_locale_codes()
    if locale_id not in codes:
        forget_locales()
        codes = _load_locale_codes()
    return codes.get(locale_id)


def locale_id_of(language_code):
    for locale_id, code in _load_locale_codes().items():
        if code == language_code:
            return locale_id
    return None


def active_locale_id():
    return locale_id_of(translation.get_language() or settings.LANGUAGE_CODE)


def in_active_language(instance):
    """A translatable object (snippet) in the reader's language, or itself if not translated."""
    locale_id = active_locale_id()
    if instance is None or locale_id is None or instance.locale_id == locale_id:
        return instance
    translated = (
        type(instance)
        ._default_manager.filter(translation_key=instance.translation_key, locale_id=locale_id)
        .first()
    )
    return translated or instance


post_save.connect(forget_locales, sender=Locale, dispatch_uid="portal_forget_locales_save")
post_delete.connect(forget_locales, sender=Locale, dispatch_uid="portal_forget_locales_delete")
