"""Translating pages in code through wagtail-localize, as a translator would in its editor.

Used by the demo content: the translations it makes are ordinary wagtail-localize translations,
so editors and translators can change them in the admin afterwards.
"""

from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from home.models import PageTranslationStatus

# Fields whose source text may stand untranslated (a slug never shows to readers of the page).
UNTRANSLATED_FIELDS = {"slug"}


class IncompleteTranslation(ValueError):
    pass


def translate_page(source_page, language_code, strings, status):
    """Create or update the translation of `source_page`, publish it and record its status.

    `strings` maps each Dutch source text to its translation. Every translatable text of the page
    must be in it: a missing one raises IncompleteTranslation rather than publishing a page that
    mixes two languages.
    """
    page = translate_instance(source_page, language_code, strings)
    PageTranslationStatus.objects.update_or_create(page=page, defaults={"status": status})
    return page


def translate_instance(instance, language_code, strings):
    """Translate a page or a translatable snippet; see translate_page."""
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    locale = Locale.objects.get(language_code=language_code)
    Translation.objects.get_or_create(source=source, target_locale=locale)

    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    missing = []
    for segment in segments:
        text = strings.get(segment.string.data)
        if text is None:
            if segment.context.path not in UNTRANSLATED_FIELDS:
                missing.append(segment.string.data)
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
    if missing:
        raise IncompleteTranslation(f"No {language_code} translation for: {missing}")

    translated, _created = source.create_or_update_translation(locale, publish=True, fallback=True)
    return translated
