"""Translating pages in code through wagtail-localize, as a translator would in its editor.

Used by the demo content: the translations it makes are ordinary wagtail-localize translations,
so editors and translators can change them in the admin afterwards.
"""

from wagtail.models import Locale, Page
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
    """Translate a page or a translatable snippet; see translate_page.

    Run again with nothing changed, a page's translation is kept as it is rather than published
    again as an identical revision: when it was published after its source last changed and
    none of its texts is new or different."""
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    locale = Locale.objects.get(language_code=language_code)
    Translation.objects.get_or_create(source=source, target_locale=locale)
    texts_changed = _store_translated_texts(source, locale, strings)
    if not texts_changed:
        current = _current_page_translation(source, locale)
        if current is not None:
            return current
    translated, _created = source.create_or_update_translation(locale, publish=True, fallback=True)
    return translated


def _store_translated_texts(source, locale, strings):
    """Store the translation of each text of `source`; whether any was new or different."""
    segments = list(StringSegment.objects.filter(source=source).select_related("string", "context"))
    stored = {
        (row.translation_of_id, row.context_id): row
        for row in StringTranslation.objects.filter(
            locale=locale, translation_of__in=[segment.string_id for segment in segments]
        )
    }
    manual = StringTranslation.TRANSLATION_TYPE_MANUAL
    missing = []
    changed = False
    for segment in segments:
        text = strings.get(segment.string.data)
        if text is None:
            if segment.context.path not in UNTRANSLATED_FIELDS:
                missing.append(segment.string.data)
            continue
        row = stored.get((segment.string_id, segment.context_id))
        if row is None:
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                data=text,
                translation_type=manual,
            )
        elif row.data != text or row.translation_type != manual:
            row.data, row.translation_type = text, manual
            row.save()
        else:
            continue
        changed = True
    if missing:
        raise IncompleteTranslation(f"No {locale.language_code} translation for: {missing}")
    return changed


def _current_page_translation(source, locale):
    """The page's translation when it is up to date: a live page of its own (not an alias, no
    newer draft) published after the source last changed. None for snippets, which keep no date."""
    model = source.specific_content_type.model_class()
    if not issubclass(model, Page):
        return None
    translation = model.objects.filter(translation_key=source.object_id, locale=locale).first()
    up_to_date = (
        translation is not None
        and translation.live
        and not translation.alias_of_id
        and not translation.has_unpublished_changes
        and translation.last_published_at is not None
        and translation.last_published_at >= source.last_updated_at
    )
    return translation if up_to_date else None
